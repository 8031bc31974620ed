#!/usr/bin/env bash
# Load the generated governance graph of N entities into the Neo4j at $NEO4J_URI (skipped when the store already
# holds it: a :BenchGraph marker with the same n, seed and generator version) and write the parameter pools
# data/generated/params-N.json. Usage: generate.sh N [SEED] [--force]
# bench.GenerateGraph (tools/): deterministic for (N, seed); the schema comes from the service's own migrations.
# Env: NEO4J_URI (env.sh: the standalone Neo4j; run.sh points it at the embedded one's Bolt port to load that),
#      GEN_HEAP (JVM heap of the generator, default 4g: 1M entities take ~1.4 GB in memory), ATEBOL_SRC.
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/env.sh"
N="$(bench_n "${1:?N: 10k, 100k, 1m or a number}")"; shift
SEED="$BENCH_SEED"
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then SEED="$1"; shift; fi
FORCE=()
for a in "$@"; do case "$a" in --force) FORCE=(--force) ;; *) echo "unknown argument $a" >&2; exit 1 ;; esac; done
bench_build_java
mkdir -p "$BENCH/data/generated"
exec "$JAVA25" -Xmx"${GEN_HEAP:-4g}" $JVM_QUIET_OPTS -cp "$(bench_cp)" bench.GenerateGraph \
  --uri "$NEO4J_URI" --n "$N" --seed "$SEED" --as-of "$BENCH_AS_OF" \
  --migrations "$ATEBOL_SRC/src/main/resources/neo4j/migrations" \
  --params-out "$BENCH/data/generated/params-$N.json" "${FORCE[@]}"
