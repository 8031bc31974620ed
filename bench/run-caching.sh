#!/usr/bin/env bash
# The caching runs: the service before the lighter path and the cache (BASELINE_JAR), the service with the
# response cache off (uncached) and on (cached, POST; and GET revalidated with If-None-Match: 304), beside the
# driver floor (auto-commit and read transactions) and the Neo4j GraphQL Library, on one standalone Neo4j, in one
# window; then the mixed run (reads while an edit lands every second).
#   BASELINE_JAR=path/to/old.jar bench/run-caching.sh [10k]
# Phases (each a folder under OUT): cold/ (right after start-up: no prewarm, one run of each scenario x target),
# warm/ (after PREWARM s of load per scenario and target, REPEAT runs), mixed.json (load/mixed.mjs).
# Env: TARGETS (all seven; e.g. "floor atebol-baseline atebol-uncached" for fewer), SCENARIOS (lookup chain orgchart search) DURATION (15) WARMUP (5) REPEAT (2) PREWARM (45) MIXED_DURATION (60)
#      ATEBOL_BASELINE_PORT ATEBOL_UNCACHED_PORT ATEBOL_CACHED_PORT (18082-18084), the ports of env.sh,
#      ATEBOL_START_TIMEOUT (300), SKIP_COLD=1, SKIP_MIXED=1, KEEP_RUNNING=1,
#      BASELINE_ARGS (Spring arguments of the baseline, e.g. --atebol.cache.enabled=false for a baseline with a cache),
#      STEADY=1 (after the prewarm, warm each service until its CPU per request stops falling: run-matrix.sh).
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/env.sh"
SIZE="${1:-10k}"; N="$(bench_n "$SIZE")"; export BENCH_N="$N"
: "${BASELINE_JAR:?BASELINE_JAR: a service jar built from the commit to compare with}"
ATEBOL_BASELINE_PORT="${ATEBOL_BASELINE_PORT:-18082}"; ATEBOL_UNCACHED_PORT="${ATEBOL_UNCACHED_PORT:-18083}"
ATEBOL_CACHED_PORT="${ATEBOL_CACHED_PORT:-18084}"
export ATEBOL_BASELINE_URL="http://127.0.0.1:$ATEBOL_BASELINE_PORT/graphql"
export ATEBOL_UNCACHED_URL="http://127.0.0.1:$ATEBOL_UNCACHED_PORT/graphql"
export ATEBOL_CACHED_URL="http://127.0.0.1:$ATEBOL_CACHED_PORT/graphql"
export ATEBOL_START_TIMEOUT="${ATEBOL_START_TIMEOUT:-300}"
export SCENARIOS="${SCENARIOS:-lookup chain orgchart search}"
export TARGETS="${TARGETS:-floor floor-tx atebol-baseline atebol-uncached atebol-cached atebol-get304 peer}"
OUT="${OUT:-$BENCH/results/$(date -u +%Y%m%dT%H%M%SZ)-caching-$SIZE}"; mkdir -p "$OUT"
# an editor account for the mixed run (BCrypt of "edit-test passphrase", the tests' account; loopback only)
EDITOR=(--atebol.editing.enabled=true --atebol.security.editors[0].username=bench
  '--atebol.security.editors[0].password-hash=$2a$04$0K9OkDWC4SXU.1rL3RZG8.FqHPQ95uJvmynTgcSvzEAo1I.dmXyXS')
NEO4J_WAS_RUNNING=0
[ -f "$RUN_DIR/neo4j.pid" ] && kill -0 "$(cat "$RUN_DIR/neo4j.pid")" 2>/dev/null && NEO4J_WAS_RUNNING=1
cleanup() {
  local rc=$?
  if [ "${KEEP_RUNNING:-0}" != 1 ]; then
    for s in atebol-cached atebol-uncached atebol-baseline; do "$BENCH/atebol/stop.sh" "$s" || true; done
    "$BENCH/peer/stop.sh" || true
    [ "$NEO4J_WAS_RUNNING" = 1 ] || "$BENCH/neo4j/stop.sh" || true
  fi
  exit $rc
}
trap cleanup EXIT
[ -d "$BENCH/load/node_modules" ] || (cd "$BENCH/load" && npm ci --no-audit --no-fund)
bench_build_java
echo "### caching runs N=$N -> $OUT (load $(cut -d' ' -f1-3 /proc/loadavg))"
"$BENCH/neo4j/start.sh" "$N"
timeout 3600 "$BENCH/generate.sh" "$N" > "$OUT/generate.log" 2>&1
ATEBOL_NAME=atebol-baseline ATEBOL_PORT="$ATEBOL_BASELINE_PORT" ATEBOL_URL="$ATEBOL_BASELINE_URL" ATEBOL_JAR="$BASELINE_JAR" \
  ATEBOL_ARGS="${BASELINE_ARGS:-}" ATEBOL_VERSION="baseline $(basename "$BASELINE_JAR")" "$BENCH/atebol/start.sh" standalone "$N"
ATEBOL_NAME=atebol-uncached ATEBOL_PORT="$ATEBOL_UNCACHED_PORT" ATEBOL_URL="$ATEBOL_UNCACHED_URL" ATEBOL_ARGS="--atebol.cache.enabled=false" \
  "$BENCH/atebol/start.sh" standalone "$N"
ATEBOL_NAME=atebol-cached ATEBOL_PORT="$ATEBOL_CACHED_PORT" ATEBOL_URL="$ATEBOL_CACHED_URL" ATEBOL_ARGS="${EDITOR[*]}" \
  "$BENCH/atebol/start.sh" standalone "$N"
case " $TARGETS " in *" peer "*) "$BENCH/peer/start.sh" ;; esac
for s in baseline uncached cached; do cp "$RUN_DIR/atebol-$s.startup.json" "$OUT/service-$s.json"; done
if [ "${SKIP_COLD:-0}" != 1 ]; then
  echo "--- cold: right after start-up"
  OUT="$OUT/cold" PREWARM=0 STEADY=0 REPEAT=1 DURATION="${DURATION:-15}" WARMUP=0 "$BENCH/run-matrix.sh"
fi
echo "--- warm: after ${PREWARM:-45} s of load per scenario and target$([ "${STEADY:-0}" = 1 ] && echo ", then until steady")"
OUT="$OUT/warm" PREWARM="${PREWARM:-45}" REPEAT="${REPEAT:-2}" DURATION="${DURATION:-15}" WARMUP="${WARMUP:-5}" \
  "$BENCH/run-matrix.sh"
if [ "${SKIP_MIXED:-0}" != 1 ]; then
  echo "--- mixed: reads at concurrency 8 while an edit lands every second (load $(cut -d' ' -f1 /proc/loadavg))"
  node "$BENCH/load/mixed.mjs" --url "$ATEBOL_CACHED_URL" --n "$N" --duration "${MIXED_DURATION:-60}" \
    --out "$OUT/mixed.json" | tail -30
fi
echo "results in $OUT"
