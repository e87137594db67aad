#!/usr/bin/env bash
# Measures the throughput of `handlekit lint --ndjson` on generated request logs, against the validator's own speed.
#
#   cli/bench-ndjson.sh [SIZE_MB] [FORMAT] [LOGS]      defaults: 100 MB, json, "mixed valid95"
#
# Generates (once) a log of SIZE_MB megabytes of each kind in LOGS, in $TMPDIR (/tmp), never in the repository:
#   mixed    ten kinds of line in turn: seven valid, three invalid (MockScid, an empty XUID, a trailing comma), one
#            valid kind with an unknown property (a warning): 60 % of lines without findings;
#   valid95  twenty kinds in turn, nineteen valid and one with a finding (the four faults above in turn): 95 % of
#            lines without findings, as real traffic is.
# For each log it then prints, in one JVM and in turns (cli/src/bench/NdjsonThroughput.java), the MB/s of a loop calling
# HandlesValidator.validateRequest(byte[]) on the log's lines on one thread, and of the lint library's run over the
# file with --jobs 1 and --jobs 2 (reading included, report in FORMAT to nowhere), with the ratios; then the whole
# command (java -jar, JVM start included) with --jobs 1 and --jobs 2: wall time, MB/s, CPU and peak RSS (GNU time).
# The load average of the machine (uptime) is printed with each figure: on a shared machine, read the ratios.
# Not run by the build. Needs cli/target/handlekit.jar (./mvnw -q -B -DskipTests package -pl cli -am).
# ROUNDS (environment, default 3) sets the in-process rounds; HEAP (default: the JVM's) a -Xmx for the command runs.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/handlekit.jar"
size_mb="${1:-100}"
format="${2:-json}"
logs="${3:-mixed valid95}"
rounds="${ROUNDS:-3}"
heap="${HEAP:-}"

if [ ! -f "$jar" ]; then
  echo "bench-ndjson: $jar is missing; build it with ./mvnw -q -B -DskipTests package -pl cli -am" >&2
  exit 2
fi

load() { uptime | sed 's/.*load average: /load /'; }

generate() { # KIND FILE
  local kind="$1" file="$2" bytes_wanted=$((size_mb * 1000 * 1000))
  if [ -f "$file" ] && [ "$(wc -c < "$file")" -ge "$bytes_wanted" ]; then
    return
  fi
  echo "bench-ndjson: generating $file ($size_mb MB, $kind)..." >&2
  # A counter in every line, so that no two lines are equal; a blank line now and then.
  awk -v wanted="$bytes_wanted" -v kind="$kind" '
    function valid(k, i) {
      if (k == 0) return "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1}"
      if (k == 1) return "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"invitedXuid\":\"" sprintf("%.0f", 2814679796296491 + i) "\",\"inviteAttributes\":{\"titleId\":\"1234567\"}}"
      if (k == 2) return "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"invitedXuid\":\"3210\",\"inviteAttributes\":{\"titleId\":\"1234567\",\"context\":\"lobby=" i "&mode=ranked\",\"contextString\":\"///invite_ranked\",\"senderString\":\"Matchmaking\"}}"
      if (k == 3) return "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"mode-" i "\"},\"version\":1}"
      if (k == 4) return "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"s-" i "\"},\"version\":1,\"invitedXuid\":\"" i "\",\"inviteAttributes\":{\"titleId\":\"" (i % 100000) "\"}}"
      return "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" toupper(scid) "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"}}"
    }
    function fault(k, i) {
      if (k == 0) return "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1}"
      if (k == 1) return "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"invitedXuid\":\"\",\"inviteAttributes\":{\"titleId\":\"1234\"}}"
      if (k == 2) return "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\",},\"version\":1}"
      return "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"traceId\":" i "}"
    }
    BEGIN {
      scid = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862"; total = 0; i = 0; f = 0
      while (total < wanted) {
        i++
        if (kind == "mixed") {
          k = i % 10
          if (k == 3) line = fault(0, i); else if (k == 5) line = fault(1, i); else if (k == 7) line = fault(2, i)
          else if (k == 6) line = fault(3, i); else line = valid(k % 6, i)
        } else {
          if (i % 20 == 0) { line = fault(f % 4, i); f++ } else line = valid(i % 6, i)
        }
        print line; total += length(line) + 1
        if (i % 1000 == 0) { print ""; total += 1 }
      }
    }' > "$file"
}

command_run() { # LOG JOBS
  local file="$1" jobs="$2" metrics start end status=0 bytes
  bytes="$(wc -c < "$file")"
  metrics="$(mktemp)"
  start="$(date +%s.%N)"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$metrics" java ${heap:+-Xmx$heap} -jar "$jar" lint --ndjson --jobs "$jobs" --format "$format" "$file" > /dev/null || status=$?
  else
    java ${heap:+-Xmx$heap} -jar "$jar" lint --ndjson --jobs "$jobs" --format "$format" "$file" > /dev/null || status=$?
  fi
  end="$(date +%s.%N)"
  # Exit code 1 is expected: the logs hold invalid bodies on purpose.
  if [ "$status" -ne 1 ]; then
    echo "bench-ndjson: unexpected exit code $status (expected 1)" >&2
    rm -f "$metrics"
    exit 2
  fi
  awk -v b="$bytes" -v s="$start" -v e="$end" -v j="$jobs" -v l="$(load)" 'BEGIN {
    t = e - s; printf "command --jobs %s: %.1f MB in %.2f s = %.1f MB/s (wall time, JVM start included; %s)", j, b / 1e6, t, b / 1e6 / t, l
  }'
  if [ -s "$metrics" ]; then
    awk -F': ' '/Maximum resident set size/ { rss = $2 } /Percent of CPU/ { cpu = $2 }
                END { printf "; CPU %s, peak RSS %.0f MB", cpu, rss / 1024 }' "$metrics"
  fi
  echo
  rm -f "$metrics"
}

echo "bench-ndjson: java: $(java -version 2>&1 | head -1); $(nproc) processors" >&2
for kind in $logs; do
  log="${TMPDIR:-/tmp}/handlekit-bench-${kind}-${size_mb}mb.ndjson"
  generate "$kind" "$log"
  echo "== $kind: $log, $(wc -c < "$log") bytes, $(wc -l < "$log") lines, format $format"
  echo "in-process ($(load)):"
  java -Xmx2g -cp "$jar" "$here/src/bench/NdjsonThroughput.java" "$log" "$rounds" "$format"
  command_run "$log" 1
  command_run "$log" 2
done
