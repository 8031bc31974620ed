#!/usr/bin/env bash
# Start the standalone Neo4j for N entities in the background (bench.Neo4jServer: the service's own embedded
# API and Neo4j version in a separate JVM, Bolt on 127.0.0.1:$NEO4J_BOLT_PORT, no auth, no HTTP).
# Usage: neo4j/start.sh N      store: run/neo4j-N (persistent: a loaded graph survives restarts)
# PID -> run/neo4j.pid, log -> run/neo4j.log
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
N="$(bench_n "${1:-10000}")"
mkdir -p "$RUN_DIR"
PIDFILE="$RUN_DIR/neo4j.pid"; LOG="$RUN_DIR/neo4j.log"
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  if grep -q "store .*/neo4j-$N," "$LOG"; then echo "neo4j already running (pid $(cat "$PIDFILE")) on the N=$N store"; exit 0; fi
  echo "neo4j already running (pid $(cat "$PIDFILE")) on another store: neo4j/stop.sh first" >&2; exit 1
fi
refuse_busy_port "$NEO4J_BOLT_PORT" NEO4J_BOLT_PORT
bench_build_java
: > "$LOG"
nohup "$JAVA25" -Xms"$NEO4J_HEAP" -Xmx"$NEO4J_HEAP" $JVM_QUIET_OPTS -cp "$(bench_cp)" bench.Neo4jServer \
  --bolt-port "$NEO4J_BOLT_PORT" --store-dir "$RUN_DIR/neo4j-$N" --pagecache-mb "$NEO4J_PAGECACHE_MB" \
  > "$LOG" 2>&1 < /dev/null &
PID=$!
echo "$PID" > "$PIDFILE"
wait_ready "$PID" "$LOG" neo4j 180 || { kill -TERM "$PID" 2>/dev/null; rm -f "$PIDFILE"; exit 1; }
grep '^neo4j' "$LOG"; echo "pid $PID (pidfile $PIDFILE)"
