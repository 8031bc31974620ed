#!/usr/bin/env bash
# Stop the peer started by peer/start.sh: exactly the PID in run/peer.pid.
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
stop_pidfile "$RUN_DIR/peer.pid" peer 10
