#!/usr/bin/env bash
# Start the peer (Neo4j GraphQL Library + Apollo) on 127.0.0.1:$PEER_PORT over $NEO4J_URI, in the background.
# PID -> run/peer.pid, log -> run/peer.log
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
mkdir -p "$RUN_DIR"
PIDFILE="$RUN_DIR/peer.pid"; LOG="$RUN_DIR/peer.log"
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then echo "peer already running (pid $(cat "$PIDFILE"))"; exit 0; fi
refuse_busy_port "$PEER_PORT" PEER_PORT
[ -d "$BENCH/peer/node_modules" ] || (cd "$BENCH/peer" && npm ci --no-audit --no-fund)
: > "$LOG"
NODE_ENV=production NEO4J_URI="$NEO4J_URI" PEER_PORT="$PEER_PORT" nohup node "$BENCH/peer/server.js" > "$LOG" 2>&1 < /dev/null &
PID=$!; echo "$PID" > "$PIDFILE"
wait_ready "$PID" "$LOG" peer 60 || { kill -TERM "$PID" 2>/dev/null; rm -f "$PIDFILE"; exit 1; }
echo "pid $PID (pidfile $PIDFILE)"
