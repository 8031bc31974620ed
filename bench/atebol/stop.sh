#!/usr/bin/env bash
# Stop the service started by atebol/start.sh MODE: exactly the PID in run/atebol-MODE.pid.
# Usage: atebol/stop.sh standalone|embedded|all|atebol-NAME (an instance started with ATEBOL_NAME)
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
for m in $( [ "${1:-all}" = all ] && echo standalone embedded || echo "$1" ); do
  name="atebol-${m#atebol-}"
  stop_pidfile "$RUN_DIR/$name.pid" "$name" 30
done
