#!/usr/bin/env bash
# Cold start: a new JVM that reads one assessment document, loads the cqa rubric, validates,
# scores and prints the total (ColdStartLibrary), against a new JVM that only parses the same
# document with Jackson and prints something from it (ColdStartJackson). Builds nothing: run
#   ./mvnw -B -pl assessment-benchmarks -am package -DskipTests
# first. Writes the document once (untimed), then runs each program RUNS times (default 7),
# alternating, and prints the median wall time of each and their ratio.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/target/benchmarks.jar}"
runs="${RUNS:-7}"
java="${JAVA:-java}"
pkg=io.github.assessmentkit.benchmarks

if [[ ! -f "$jar" ]]; then
  echo "no $jar; build it first: ./mvnw -B -pl assessment-benchmarks -am package -DskipTests" >&2
  exit 1
fi

doc="$(mktemp --suffix=.json)"
trap 'rm -f "$doc"' EXIT
"$java" -cp "$jar" "$pkg.ColdStartDocument" "$doc"

# wall time of one run, in milliseconds
time_ms() {
  local start end
  start=$(date +%s%N)
  "$java" -cp "$jar" "$@" "$doc" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
library=()
jackson=()
for ((i = 1; i <= runs; i++)); do
  library+=("$(time_ms "$pkg.ColdStartLibrary")")
  jackson+=("$(time_ms "$pkg.ColdStartJackson")")
done

lib_median=$(printf '%s\n' "${library[@]}" | median)
jackson_median=$(printf '%s\n' "${jackson[@]}" | median)

echo "load average before the runs: $load"
echo "document:        $(wc -c < "$doc") bytes"
echo "ColdStartLibrary runs (ms): ${library[*]}"
echo "ColdStartJackson runs (ms): ${jackson[*]}"
echo "ColdStartLibrary median: ${lib_median} ms"
echo "ColdStartJackson median: ${jackson_median} ms"
awk -v l="$lib_median" -v j="$jackson_median" 'BEGIN { printf "ratio library / jackson: %.2f\n", l / j }'
