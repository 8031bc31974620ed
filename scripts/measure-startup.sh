#!/usr/bin/env bash
# Measures the packaged service as scripts/run.sh starts it (scripts/launch.sh: extracted jar, the pom's JVM
# flags, the JDK AOT cache on JDK 25+): time from launch to the first GraphQL answer, and resident memory
# (RSS from /proc) after start-up and after a burst of queries. Loopback only, bounded in time.
#
#   ./mvnw -q -DskipTests package && scripts/measure-startup.sh [runs]
#
# When the build has no AOT cache yet, a first, unmeasured start records it (as the first scripts/run.sh
# does). Each measured run then starts on a fresh data folder (so it includes the migrations and the seed
# load), then once more on the same folder (the seed is already there: the usual restart).
# Env: ATEBOL_AOT_CACHE=0 (measure without the cache), JAVA, JAVA_OPTS (see scripts/launch.sh), PORT (18081).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PORT="${PORT:-18081}"
QUERY='{"query":"{ __typename }"}'
WORK=$(mktemp -d /tmp/atebol-startup-XXXX)
trap 'rm -rf "$WORK"' EXIT

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

one_run() {  # data-dir label
  local data="$1" label="$2" start pid ms
  start=$(date +%s%N)
  scripts/launch.sh --server.port="$PORT" --atebol.embedded.data-dir="$data" \
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
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true   # a recording start writes the AOT cache here
  printf "%-14s first answer %6.1f s   RSS after start %5s MiB   after 200 queries %5s MiB\n" \
    "$label" "$(echo "$ms/1000" | bc -l)" "$rss_start" "$rss_after"
}

echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), AOT cache ${ATEBOL_AOT_CACHE:-1}"
jar_sum="$(sha256sum target/atebol-*.jar | head -1 | cut -d' ' -f1)"
if [ "${ATEBOL_AOT_CACHE:-1}" != 0 ] && { [ ! -f target/run/atebol.aot ] || [ "$(cat target/run/jar.sha256 2>/dev/null)" != "$jar_sum" ]; }; then
  one_run "$WORK/data-recording" "recording"   # not a measured run: the JVM records the cache
fi
for i in $(seq 1 "$RUNS"); do
  one_run "$WORK/data-$i" "fresh-$i"
  one_run "$WORK/data-$i" "restart-$i"
done
