#!/usr/bin/env bash
# The floor: the scenario's Cypher (load/targets/floor/<query>.cypher) through the Neo4j Java driver, closed loop,
# --concurrency threads, no HTTP and no GraphQL. Extra args go to bench.FloorBench (see its header), e.g.
#   load/floor.sh --scenario chain --tx managed --concurrency 8 --duration 20 --warmup 5 --out results/raw/x.json
#   load/floor.sh --scenario chain --verify-only
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
bench_build_java
N="$(bench_n "${BENCH_N:-10000}")"
cd "$BENCH"
exec "$JAVA25" -Xmx1g $JVM_QUIET_OPTS -cp "$(bench_cp)" bench.FloorBench --uri "$NEO4J_URI" \
  --params "$BENCH/data/generated/params-$N.json" --scenarios "$BENCH/load/scenarios.json" \
  --cypher-dir "$BENCH/load/targets/floor" "$@"
