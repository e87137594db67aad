#!/usr/bin/env bash
# Builds the benchmarks jar, runs the comparison (every peer on every input, and the error path) in ONE JMH run
# with the GC profiler, and prints the ratio table.
#
#   benchmarks/run.sh                      build (this module and the modules it needs), run, report
#   benchmarks/run.sh --skip-build         run and report with the jar already in benchmarks/target
#   benchmarks/run.sh --report-only        print the table again from the last JSON result
#   benchmarks/run.sh [--skip-build] ARGS  JMH arguments instead of the default selection, e.g.
#                                          'ValidBodyBenchmark.handlekitFull$' -p input=invite4k,invite4kKnown
#
# Output: the JSON result (benchmarks/target/jmh.json, or $JMH_JSON), its log (same name, .txt) and the table
# (same name, .ratios.txt). The default run takes about 7 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
report_only=false
case "${1:-}" in
  --skip-build) build=false; shift ;;
  --report-only) build=false; report_only=true; shift ;;
esac

jar=benchmarks/target/benchmarks.jar
json=${JMH_JSON:-benchmarks/target/jmh.json}
if [ $# -eq 0 ]; then
  set -- 'io\.handlekit\.benchmarks\.(Valid|Invalid)BodyBenchmark\.'
fi

if $build; then
  ./mvnw -q -B -DskipTests -pl benchmarks -am package
fi
if ! $report_only; then
  java -jar "$jar" -prof gc -rf json -rff "$json" "$@" 2>&1 | tee "${json%.json}.txt"
fi
java -cp "$jar" io.handlekit.benchmarks.RatioReport "$json" | tee "${json%.json}.ratios.txt"
