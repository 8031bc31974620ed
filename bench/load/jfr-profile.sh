#!/usr/bin/env bash
# Profile the running service (atebol/start.sh standalone|embedded) with JFR CPU-time sampling under load:
# per scenario, WARMUP s of unrecorded load, then a JFR recording of DURATION s of load (the run's req/s and
# CPU ms per request in OUT/raw, as run.mjs measures them), summarised by bench.JfrSummary (share of CPU
# samples per category: GraphQL execution, executor hops, limits, driver logging, Security, async dispatch...).
#   bench/load/jfr-profile.sh standalone|embedded OUT [scenario ...]     (default: lookup chain orgchart search)
# Env: DURATION (30) WARMUP (20) CONCURRENCY (8) BENCH_N (10000), the ports of env.sh.
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
MODE="${1:?standalone|embedded}"; OUT="${2:?output folder}"; shift 2
SCENARIOS=("$@"); [ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(lookup chain orgchart search)
D="${DURATION:-30}"; W="${WARMUP:-20}"; C="${CONCURRENCY:-8}"; N="$(bench_n "${BENCH_N:-10000}")"
PID="$(cat "$RUN_DIR/atebol-$MODE.pid")"; NEO4J_PID="$(cat "$RUN_DIR/neo4j.pid" 2>/dev/null || true)"
TARGET=atebol; [ "$MODE" = embedded ] && TARGET=atebol-embedded
WATCH="server:$PID"; [ "$MODE" = standalone ] && WATCH="neo4j:$NEO4J_PID,server:$PID"
JCMD="$JAVA25_HOME/bin/jcmd"
bench_build_java
mkdir -p "$OUT/raw"
for sc in "${SCENARIOS[@]}"; do
  echo "== $sc: warm-up ${W}s (load $(cut -d' ' -f1-3 /proc/loadavg))"
  node "$BENCH/load/run.mjs" --target "$TARGET" --n "$N" --scenario "$sc" --concurrency "$C" --duration "$W" --warmup 0 \
    --label warm --out-dir "$OUT/warm" > /dev/null
  "$JCMD" "$PID" JFR.start name="prof-$sc" settings=profile "jdk.CPUTimeSample#enabled=true" \
    "jdk.CPUTimeSample#throttle=2ms" filename="$OUT/$sc.jfr" > /dev/null
  node "$BENCH/load/run.mjs" --target "$TARGET" --n "$N" --scenario "$sc" --concurrency "$C" --duration "$D" --warmup 0 \
    --label jfr --out-dir "$OUT/raw" --watch-pids "$WATCH" > /dev/null
  "$JCMD" "$PID" JFR.stop name="prof-$sc" > /dev/null
  "$JAVA25" -cp "$(bench_cp)" bench.JfrSummary "$OUT/$sc.jfr" --top 30 > "$OUT/$sc.summary.txt"
  node -e '
    const fs = require("fs"); const dir = process.argv[1];
    for (const f of fs.readdirSync(dir).filter((f) => f.includes(process.argv[2]))) {
      const r = JSON.parse(fs.readFileSync(dir + "/" + f));
      console.log(`   ${f}: ${r.throughputRps} req/s, p50 ${r.latencyMs.p50} ms, CPU ms/req ${JSON.stringify(r.cpuMsPerRequest)}, `
        + `errors ${r.errors}, other CPU ${r.otherCpuSeconds} s, load ${r.loadAvg1m.before}`);
    }' "$OUT/raw" "-$sc-" || true
  head -18 "$OUT/$sc.summary.txt"
done
