#!/usr/bin/env bash
# Measures the throughput of `handlekit lint --ndjson` on a generated request log.
#
#   cli/bench-ndjson.sh [SIZE_MB] [FORMAT]      defaults: 100 MB, json
#
# Generates (once) a log of SIZE_MB megabytes of mixed bodies, about 70 % valid and 30 % not, in $TMPDIR (/tmp),
# never in the repository; then runs the shaded jar over it with its report sent to /dev/null, and prints the
# wall time, MB/s and peak RSS. Not run by the build. Needs cli/target/handlekit.jar
# (./mvnw -q -B -DskipTests package -pl cli -am) and, for the peak RSS, GNU time at /usr/bin/time.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/handlekit.jar"
size_mb="${1:-100}"
format="${2:-json}"
log="${TMPDIR:-/tmp}/handlekit-bench-${size_mb}mb.ndjson"

if [ ! -f "$jar" ]; then
  echo "bench-ndjson: $jar is missing; build it with ./mvnw -q -B -DskipTests package -pl cli -am" >&2
  exit 2
fi

bytes_wanted=$((size_mb * 1000 * 1000))
if [ ! -f "$log" ] || [ "$(wc -c < "$log")" -lt "$bytes_wanted" ]; then
  echo "bench-ndjson: generating $log ($size_mb MB)..." >&2
  # Ten kinds of line in turn, with a counter so that no two lines are equal: seven valid (activities and
  # invites as XSAPI sends them, one with every invite attribute), three invalid (MockScid, an empty XUID, a
  # trailing comma), plus a warning (an unknown property) on one valid kind; a blank line now and then.
  awk -v wanted="$bytes_wanted" 'BEGIN {
    scid = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862"; total = 0; i = 0
    while (total < wanted) {
      i++; k = i % 10
      if (k == 0) line = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1}"
      else if (k == 1) line = "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"invitedXuid\":\"" (2814679796296491 + i) "\",\"inviteAttributes\":{\"titleId\":\"1234567\"}}"
      else if (k == 2) line = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"invitedXuid\":\"3210\",\"inviteAttributes\":{\"titleId\":\"1234567\",\"context\":\"lobby=" i "&mode=ranked\",\"contextString\":\"///invite_ranked\",\"senderString\":\"Matchmaking\"}}"
      else if (k == 3) line = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1}"
      else if (k == 4) line = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"mode-" i "\"},\"version\":1}"
      else if (k == 5) line = "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"invitedXuid\":\"\",\"inviteAttributes\":{\"titleId\":\"1234\"}}"
      else if (k == 6) line = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"},\"version\":1,\"traceId\":" i "}"
      else if (k == 7) line = "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\",},\"version\":1}"
      else if (k == 8) line = "{\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" scid "\",\"templateName\":\"deathmatch\",\"name\":\"s-" i "\"},\"version\":1,\"invitedXuid\":\"" i "\",\"inviteAttributes\":{\"titleId\":\"" (i % 100000) "\"}}"
      else line = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" toupper(scid) "\",\"templateName\":\"deathmatch\",\"name\":\"session-" i "\"}}"
      print line; total += length(line) + 1
      if (i % 1000 == 0) { print ""; total += 1 }
    }
  }' > "$log"
fi

bytes="$(wc -c < "$log")"
lines="$(wc -l < "$log")"
echo "bench-ndjson: $log: $bytes bytes, $lines lines; java: $(java -version 2>&1 | head -1)" >&2

metrics="$(mktemp)"
trap 'rm -f "$metrics"' EXIT
start="$(date +%s.%N)"
status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$metrics" java -jar "$jar" lint --ndjson --format "$format" "$log" > /dev/null || status=$?
else
  java -jar "$jar" lint --ndjson --format "$format" "$log" > /dev/null || status=$?
fi
end="$(date +%s.%N)"

# Exit code 1 is expected: the log holds invalid bodies on purpose.
if [ "$status" -ne 1 ]; then
  echo "bench-ndjson: unexpected exit code $status (expected 1)" >&2
  exit 2
fi
awk -v b="$bytes" -v s="$start" -v e="$end" -v f="$format" 'BEGIN {
  t = e - s; printf "format %s: %.1f MB in %.2f s = %.1f MB/s (wall time, JVM start included)\n", f, b / 1e6, t, b / 1e6 / t
}'
if [ -s "$metrics" ]; then
  awk -F': ' '/Maximum resident set size/ { printf "peak RSS: %.0f MB\n", $2 / 1024 }
              /Percent of CPU/ { print "CPU: " $2 }' "$metrics"
fi
