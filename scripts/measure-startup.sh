#!/usr/bin/env bash
# Measures the packaged service: time from launch to the first GraphQL answer, and resident memory
# (RSS from /proc) after start-up and after a burst of queries. Loopback only, bounded in time.
#
#   ./mvnw -q -DskipTests package && scripts/measure-startup.sh [runs]
#
# Each run starts on a fresh data folder (so it includes the migrations and the seed load), then once
# more on the same folder (the seed is already there: the usual restart).
# Env: JAVA (default: the JDK 25 under /usr/lib/jvm, else `java`), PORT (18081), JVM_OPTS (default: the pom's flags).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PORT="${PORT:-18081}"
JAR=$(ls target/atebol-*.jar | head -1)
JAVA="${JAVA:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin/java 2>/dev/null || command -v java)}"
# the pom's jvm.memory.args (bounded heap, serial collector), as spring-boot:run and the benchmark use them
MEMORY_OPTS="$(sed -n 's:.*<jvm.memory.args>\(.*\)</jvm.memory.args>.*:\1:p' pom.xml | head -1)"
JVM_OPTS="${JVM_OPTS:---enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow $MEMORY_OPTS}"
QUERY='{"query":"{ __typename }"}'
WORK=$(mktemp -d /tmp/atebol-startup-XXXX)
trap 'rm -rf "$WORK"' EXIT

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

one_run() {  # data-dir label
  local data="$1" label="$2" start pid ms
  start=$(date +%s%N)
  "$JAVA" $JVM_OPTS -jar "$JAR" --server.port="$PORT" --atebol.embedded.data-dir="$data" \
    --atebol.embedded.bolt-port=0 > "$WORK/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -sf -m 2 -H 'content-type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql" > /dev/null; then
      break
    fi
    kill -0 "$pid" 2>/dev/null || { echo "service exited; see $WORK/$label.log"; tail -20 "$WORK/$label.log"; exit 1; }
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local rss_start rss_after
  rss_start=$(rss_mib "$pid")
  for _ in $(seq 1 200); do
    curl -sf -m 5 -H 'content-type: application/json' \
      -d '{"query":"{ search(text: \"health board\") { entity { id name reportsTo { to { name } } } } accountabilityChain(from: \"cluster-north-powys\") { routes { steps { entity { name } } } } }"}' \
      "http://127.0.0.1:$PORT/graphql" > /dev/null || true
  done
  rss_after=$(rss_mib "$pid")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  printf "%-14s first answer %6.1f s   RSS after start %5s MiB   after 200 queries %5s MiB\n" \
    "$label" "$(echo "$ms/1000" | bc -l)" "$rss_start" "$rss_after"
}

echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
for i in $(seq 1 "$RUNS"); do
  one_run "$WORK/data-$i" "fresh-$i"
  one_run "$WORK/data-$i" "restart-$i"
done
