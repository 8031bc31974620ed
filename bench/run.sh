#!/usr/bin/env bash
# The whole benchmark in one command: bench/run.sh [10k|100k|1m]
#  1. the standalone Neo4j (store run/neo4j-N, persistent) and the generated graph (loaded once per N and seed)
#  2. the service twice: on that Neo4j (atebol, like for like) and on its embedded Neo4j loaded with the same
#     graph (atebol-embedded, the default deployment), each with its start-up time to first answer and RSS
#  3. the peer (Neo4j GraphQL Library) on the standalone Neo4j
#  4. verification: every scenario answers on every target (200, no GraphQL errors, non-empty data)
#  5. run-matrix.sh: prewarm, then each scenario x target, REPEAT runs, interleaved
#  6. the results table: printed and in results/<stamp>/summary.md (+ raw/, summary.csv, env.txt, service-*.json)
# Everything it started is stopped at the end (KEEP_RUNNING=1 leaves the servers up); loopback only; every
# run bounded in time.
# Env (see run-matrix.sh): TARGETS SCENARIOS CONCURRENCY DURATION WARMUP REPEAT PREWARM, ports (env.sh),
#   ATEBOL_SRC / ATEBOL_JAR (which service to measure), VERIFY_ONLY=1 (stop after step 4), KEEP_RUNNING=1.
# Quick correctness check: DURATION=3 WARMUP=1 REPEAT=1 PREWARM=0 bench/run.sh 10k
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/env.sh"
SIZE="${1:-10k}"; N="$(bench_n "$SIZE")"
export BENCH_N="$N"
TARGETS="${TARGETS:-floor floor-tx atebol atebol-embedded peer}"; export TARGETS
OUT="${OUT:-$BENCH/results/$(date -u +%Y%m%dT%H%M%SZ)-$SIZE}"; export OUT
mkdir -p "$OUT" "$RUN_DIR"
has() { [[ " $TARGETS " == *" $1 "* ]]; }
STARTED=()
cleanup() {
  local rc=$?
  if [ "${KEEP_RUNNING:-0}" = 1 ]; then echo "KEEP_RUNNING=1: leaving ${STARTED[*]:-nothing} running (stop with bench/stop.sh)"; exit $rc; fi
  for ((i=${#STARTED[@]}-1; i>=0; i--)); do
    case "${STARTED[$i]}" in
      neo4j) "$BENCH/neo4j/stop.sh" ;;
      peer) "$BENCH/peer/stop.sh" ;;
      atebol-*) "$BENCH/atebol/stop.sh" "${STARTED[$i]#atebol-}" ;;
    esac
  done
  exit $rc
}
trap cleanup EXIT
# a server we start is stopped at the end; one already running (e.g. KEEP_RUNNING before) is reused and left alone
start() {  # name command...
  local name="$1"; shift
  local pidfile="$RUN_DIR/$name.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then "$@"; return; fi
  "$@"; STARTED+=("$name")
}

echo "### bench N=$N ($SIZE) seed=$BENCH_SEED asOf=$BENCH_AS_OF targets: $TARGETS -> $OUT"
command -v node >/dev/null || { echo "node (20+) is needed" >&2; exit 1; }
[ -x "$JAVA25" ] || { echo "JDK 25 not found at $JAVA25_HOME (set JAVA25_HOME)" >&2; exit 1; }
[ -d "$BENCH/load/node_modules" ] || (cd "$BENCH/load" && npm ci --no-audit --no-fund)
bench_build_java

if has atebol || has atebol-embedded; then
  # the floor and the peer must run the Cypher of the service being measured
  node "$BENCH/load/sync-cypher.mjs" --src "$ATEBOL_SRC" || {
    echo "the floor / peer Cypher is not the Cypher of the service in $ATEBOL_SRC: node load/sync-cypher.mjs --src $ATEBOL_SRC --write" >&2
    exit 1; }
fi

echo "--- 1. standalone Neo4j and the graph"
start neo4j "$BENCH/neo4j/start.sh" "$N"
timeout 3600 "$BENCH/generate.sh" "$N" 2>&1 | tee "$OUT/generate.log"   # pipefail: a failed load stops here

echo "--- 2. the service"
service_json() {  # mode -> OUT/service-MODE-N.json (start-up record; RSS after the runs is added at the end)
  cp "$RUN_DIR/atebol-$1.startup.json" "$OUT/service-$1-$N.json"
}
if has atebol; then
  start atebol-standalone "$BENCH/atebol/start.sh" standalone "$N"
  service_json standalone
fi
if has atebol-embedded; then
  start atebol-embedded "$BENCH/atebol/start.sh" embedded "$N"
  # load the same graph through the embedded Neo4j's Bolt port; restart when it was loaded now, so that the
  # start-up measured is the one of a seeded service
  NEO4J_URI="bolt://127.0.0.1:$ATEBOL_EMBEDDED_BOLT_PORT" timeout 3600 "$BENCH/generate.sh" "$N" 2>&1 \
    | tee "$OUT/generate-embedded.log"
  if grep -q '^LOAD entities' "$OUT/generate-embedded.log"; then
    "$BENCH/atebol/stop.sh" embedded
    "$BENCH/atebol/start.sh" embedded "$N"
  fi
  service_json embedded
fi

if has peer; then
  echo "--- 3. the peer"
  start peer "$BENCH/peer/start.sh"
fi

echo "--- 4. verification (every scenario on every target: HTTP 200, no errors, non-empty data)"
: > "$OUT/verify.log"; FAILED=0
verify() { if ! "$@" >> "$OUT/verify.log" 2>&1; then FAILED=1; fi; }
for t in $TARGETS; do
  case "$t" in
    floor) for sc in $(node -e 'console.log(Object.keys(require(process.argv[1])).join(" "))' "$BENCH/load/scenarios.json"); do
        verify timeout 120 "$BENCH/load/floor.sh" --scenario "$sc" --verify-only
      done ;;
    floor-*) ;;   # the same Cypher as floor, verified once
    *) verify timeout 300 node "$BENCH/load/run.mjs" --target "$t" --n "$N" --verify-only ;;
  esac
done
cut -c1-220 "$OUT/verify.log"
if [ "$FAILED" != 0 ]; then echo "verification failed: see $OUT/verify.log" >&2; exit 1; fi
[ "${VERIFY_ONLY:-0}" = 1 ] && { echo "VERIFY_ONLY=1: done"; exit 0; }

echo "--- 5. the matrix"
"$BENCH/run-matrix.sh"

echo "--- 6. results"
for m in standalone embedded; do
  f="$OUT/service-$m-$N.json"; pid="$(cat "$RUN_DIR/atebol-$m.pid" 2>/dev/null || true)"
  if [ -f "$f" ] && [ -n "$pid" ]; then
    node -e 'const fs=require("fs"); const s=JSON.parse(fs.readFileSync(process.argv[1])); s.rssMiBAfterRuns=Number(process.argv[2])||null; fs.writeFileSync(process.argv[1], JSON.stringify(s)+"\n")' "$f" "$(rss_mib "$pid")"
  fi
done
node "$BENCH/load/summarize.mjs" "$OUT" --md "$OUT/summary.md" --csv "$OUT/summary.csv"
echo "results in $OUT (summary.md, summary.csv, raw/)"
