#!/usr/bin/env bash
# Stop every bench server (after KEEP_RUNNING=1 or an interrupted run): exactly the PIDs in run/*.pid.
set -euo pipefail
D="$(cd "$(dirname "$0")" && pwd)"
"$D/atebol/stop.sh" all; "$D/peer/stop.sh"; "$D/neo4j/stop.sh"
