#!/usr/bin/env bash
# Stop the service started by atebol/start.sh MODE: exactly the PID in run/atebol-MODE.pid.
# Usage: atebol/stop.sh standalone|embedded|all
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
for m in $( [ "${1:-all}" = all ] && echo standalone embedded || echo "$1" ); do
  stop_pidfile "$RUN_DIR/atebol-$m.pid" "atebol-$m" 30
done
