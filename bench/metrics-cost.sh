#!/usr/bin/env bash
# What metrics cost (docs/operations.md, "What metrics cost"): three instances of the packaged service on the
# seeded graph, each on its own data folder: metrics off (no observations, every meter filtered out), the
# default (request-level observations, Prometheus), and data-fetcher observations on; then
# load/metrics-cost.mjs runs the lookup and chain scenarios against them, interleaved. Loopback only, ports
# 18240-18245; stops what it started.
#
#   bench/metrics-cost.sh [DURATION=15 WARMUP=5 REPEAT=3 in the environment]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${JAR:-$(ls target/atebol-*.jar | head -1)}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
WORK=$(mktemp -d "$PWD/target/metrics-cost-XXXX")
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
start() {  # name port args...
  local name="$1" port="$2"; shift 2
  "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -Xms256m -Xmx256m \
    -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" --atebol.embedded.bolt-port=0 \
    --atebol.embedded.data-dir="$WORK/$name" "$@" > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  TARGETS="${TARGETS:+$TARGETS,}$name=http://127.0.0.1:$port/graphql@$!"
}
TARGETS=
start off 18240 --management.observations.enable.graphql=false --management.observations.enable.http=false \
  --management.metrics.enable.all=false
start on 18241
start fetchers 18242 --atebol.metrics.data-fetchers=true
for port in 18240 18241 18242; do
  for _ in $(seq 1 900); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" && break
    sleep 1
  done
done
node bench/load/metrics-cost.mjs --targets "$TARGETS" --duration "${DURATION:-15}" --warmup "${WARMUP:-5}" --repeat "${REPEAT:-3}"
