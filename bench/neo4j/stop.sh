#!/usr/bin/env bash
# Stop the Neo4j started by neo4j/start.sh: exactly the PID in run/neo4j.pid (TERM, KILL after 60 s).
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
stop_pidfile "$RUN_DIR/neo4j.pid" neo4j 60
