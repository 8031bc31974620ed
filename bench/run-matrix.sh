#!/usr/bin/env bash
# Every scenario against every target, interleaved (per scenario: each target in turn), REPEAT times, after an
# unrecorded prewarm pass. Needs the servers up and the graph loaded (run.sh does all of it).
# Env: BENCH_N (10k)  CONCURRENCY (8)  DURATION (20)  WARMUP (5)  REPEAT (2)  PREWARM (10, 0 = none)
#      SCENARIOS (all eight of load/scenarios.json)
#      TARGETS ("floor floor-tx atebol atebol-embedded peer"): floor = Java driver auto-commit, floor-tx = Java
#               driver executeRead, floor-executable = driver.executableQuery (how the service runs a read); any
#               other name is a folder under load/targets (its URL and pid file from its target.json)
#      OUT (results/<UTC stamp>)
#      STEADY (0; 1 = after the prewarm, warm each service until its CPU per request has stopped falling:
#               STEADY_SLICE s slices (5) until the median of the last three is at most STEADY_TOLERANCE % (5)
#               below the median of the three before, at most STEADY_MAX slices (12); load/steady.mjs. The
#               trails go to OUT/steady.txt. The floor is a new JVM per run, so with STEADY=1 each measured
#               floor run warms itself the same way before it measures: FloorBench --steady-slice, its trail in
#               the run's JSON and in OUT/runs.log; the floor skips the prewarm, which would warm a JVM that exits.)
# Output: OUT/raw/*.json, OUT/prewarm/*.json, OUT/summary.{md,csv}, OUT/env.txt, OUT/runs.log (the runs' stderr)
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/env.sh"
N="$(bench_n "${BENCH_N:-10000}")"; C="${CONCURRENCY:-8}"; D="${DURATION:-20}"; W="${WARMUP:-5}"; R="${REPEAT:-2}"; PW="${PREWARM:-10}"
SCENARIOS="${SCENARIOS:-$(node -e 'console.log(Object.keys(require(process.argv[1])).join(" "))' "$BENCH/load/scenarios.json")}"
TARGETS="${TARGETS:-floor floor-tx atebol atebol-embedded peer}"
OUT="${OUT:-$BENCH/results/$(date -u +%Y%m%dT%H%M%SZ)}"; mkdir -p "$OUT/raw"
NEO4J_PID="$(cat "$RUN_DIR/neo4j.pid" 2>/dev/null || true)"
bench_build_java
export BENCH_N="$N"
{ echo "# host: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -r); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# N=$N concurrency=$C duration=${D}s warmup=${W}s repeat=$R prewarm=${PW}s steady=${STEADY:-0}"
  echo "# targets: $TARGETS"
  echo "# scenarios: $SCENARIOS"
  echo "# service: $(cat "$RUN_DIR"/atebol-*.version 2>/dev/null | sort -u | tr "\n" " ")"; } | tee "$OUT/env.txt"

target_json() { node -e 'const t=require(process.argv[1]); console.log(t[process.argv[2]] ?? "")' "$BENCH/load/targets/$1/target.json" "$2"; }

run_one() {  # target scenario label duration warmup outdir
  local t="$1" sc="$2" label="$3" dur="$4" warm="$5" out="$6" limit pidfile tpid watch
  limit=$((dur + warm + 90))
  echo "== $label / $sc / $t  (load $(cut -d' ' -f1 /proc/loadavg))"
  case "$t" in
    floor|floor-tx|floor-executable)
      local tx=auto; [ "$t" = floor-tx ] && tx=managed; [ "$t" = floor-executable ] && tx=executable
      local steady=()
      if [ "${STEADY:-0}" = 1 ]; then
        steady=(--steady-slice "${STEADY_SLICE:-5}" --steady-max "${STEADY_MAX:-12}" --steady-tolerance "${STEADY_TOLERANCE:-5}")
        limit=$((limit + ${STEADY_SLICE:-5} * ${STEADY_MAX:-12}))
      fi
      timeout "$limit" "$BENCH/load/floor.sh" --scenario "$sc" --tx "$tx" --concurrency "$C" --duration "$dur" --warmup "$warm" \
        "${steady[@]}" --label "$label" --watch-pids "neo4j:$NEO4J_PID" --out "$out/$t-$sc-$label.json" > /dev/null 2>> "$OUT/runs.log" \
        || { tail -5 "$OUT/runs.log" >&2; return 1; } ;;
    *)
      pidfile="$(target_json "$t" pidFile)"; tpid="$( [ -n "$pidfile" ] && cat "$RUN_DIR/$pidfile" 2>/dev/null || true)"
      if [ "$(target_json "$t" neo4jInProcess)" = true ]; then watch="${tpid:+server:$tpid}"
      else watch="neo4j:$NEO4J_PID${tpid:+,server:$tpid}"; fi
      timeout "$limit" node "$BENCH/load/run.mjs" --target "$t" --n "$N" --scenario "$sc" --concurrency "$C" \
        --duration "$dur" --warmup "$warm" --label "$label" --out-dir "$out" --watch-pids "$watch" > /dev/null 2>> "$OUT/runs.log" \
        || { tail -5 "$OUT/runs.log" >&2; return 1; } ;;
  esac
}

warm_until_steady() {  # target scenario
  local t="$1" sc="$2" i=0
  case "$t" in floor|floor-tx|floor-executable) return 0 ;; esac
  [ -n "$(target_json "$t" pidFile)" ] || return 0
  while [ "$i" -lt "${STEADY_MAX:-12}" ]; do
    i=$((i + 1))
    run_one "$t" "$sc" "steady$i" "${STEADY_SLICE:-5}" 0 "$OUT/steady"
    node "$BENCH/load/steady.mjs" "$OUT/steady" "$t" "$sc" "${STEADY_TOLERANCE:-5}" && break
  done
  node "$BENCH/load/steady.mjs" "$OUT/steady" "$t" "$sc" "${STEADY_TOLERANCE:-5}" --report | tee -a "$OUT/steady.txt" || true
}

if [ "$PW" -gt 0 ] || [ "${STEADY:-0}" = 1 ]; then
  for sc in $SCENARIOS; do for t in $TARGETS; do
    case "$t" in floor|floor-tx|floor-executable) continue ;; esac
    if [ "$PW" -gt 0 ]; then run_one "$t" "$sc" prewarm "$PW" 0 "$OUT/prewarm"; fi
    if [ "${STEADY:-0}" = 1 ]; then warm_until_steady "$t" "$sc"; fi
  done; done
fi
for rep in $(seq 1 "$R"); do
  for sc in $SCENARIOS; do
    for t in $TARGETS; do
      run_one "$t" "$sc" "r$rep" "$D" "$W" "$OUT/raw"
    done
  done
done
node "$BENCH/load/summarize.mjs" "$OUT" --md "$OUT/summary.md" --csv "$OUT/summary.csv" > /dev/null
echo "results in $OUT"
