#!/usr/bin/env bash
# Measures the throughput of the handlekit-spark job in local mode, at local[1] and local[2], on a generated log.
#
#   SPARK_HOME=/opt/spark spark/bench-spark.sh [SIZE_MB] [LOG]          default: 100 MB, mixed
#   SPARK_CLASSPATH='/path/a.jar:/path/b.jar' spark/bench-spark.sh [SIZE_MB] [LOG]
#
# Spark's jars without an installation, from the local repository:
#   ./mvnw -q -B -pl spark -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=provided \
#     -Dmdep.outputFile=/tmp/spark.cp
#   SPARK_CLASSPATH="$(cat /tmp/spark.cp)" spark/bench-spark.sh 100 valid95
#
# The log is one that cli/bench-ndjson.sh generates in $TMPDIR (/tmp), never in the repository: `mixed` (60 % of
# its lines without findings) or `valid95` (95 %, as real traffic is); that script is run first when the log is
# missing, and prints the figures of `handlekit lint --ndjson` on the same log. The job runs as spark-submit runs it in local mode: Spark's jars, then the shaded
# jar; findings are written as Parquet into a fresh directory under $TMPDIR. Prints the wall time (JVM and Spark
# start included) and MB/s per run, and the machine load before each. Not run by the build. Needs
# spark/target/handlekit-spark-job.jar and cli/target/handlekit.jar
# (./mvnw -q -B -DskipTests package -pl spark -am).
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/handlekit-spark-job.jar"
size_mb="${1:-100}"
kind="${2:-mixed}"
log="${TMPDIR:-/tmp}/handlekit-bench-${kind}-${size_mb}mb.ndjson"

if [ ! -f "$jar" ]; then
  echo "bench-spark: $jar is missing; build it with ./mvnw -q -B -DskipTests package -pl spark -am" >&2
  exit 2
fi
if [ -n "${SPARK_CLASSPATH:-}" ]; then
  spark_cp="$SPARK_CLASSPATH"
elif [ -n "${SPARK_HOME:-}" ]; then
  spark_cp="$SPARK_HOME/jars/*"
else
  echo "bench-spark: set SPARK_HOME (a Spark 4.x installation) or SPARK_CLASSPATH (Spark's jars)" >&2
  exit 2
fi
if [ ! -f "$log" ] || [ "$(wc -c < "$log")" -lt $((size_mb * 1000 * 1000)) ]; then
  "$here/../cli/bench-ndjson.sh" "$size_mb" json "$kind"
fi

bytes="$(wc -c < "$log")"
echo "bench-spark: $log: $bytes bytes; java: $(java -version 2>&1 | head -1)" >&2
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"

for threads in 1 2; do
  out="$(mktemp -d)/findings"
  echo "bench-spark: local[$threads]; load before: $(uptime | sed 's/.*load average: //')" >&2
  start="$(date +%s.%N)"
  status=0
  # shellcheck disable=SC2086
  java $opens -Dspark.master="local[$threads]" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
    -Dspark.driver.bindAddress=127.0.0.1 -cp "$spark_cp:$jar" io.handlekit.spark.job.Main -o "$out" "$log" \
    > "$out.summary" 2> "$out.log" || status=$?
  end="$(date +%s.%N)"
  if [ "$status" -ne 1 ]; then # 1: the log holds invalid bodies on purpose
    echo "bench-spark: unexpected exit code $status (expected 1); see $out.log" >&2
    exit 2
  fi
  head -1 "$out.summary" >&2
  awk -v b="$bytes" -v s="$start" -v e="$end" -v n="$threads" 'BEGIN {
    t = e - s; printf "local[%d]: %.1f MB in %.2f s = %.1f MB/s (wall time, JVM and Spark start included)\n", n, b / 1e6, t, b / 1e6 / t
  }'
  rm -rf "$(dirname "$out")"
done
