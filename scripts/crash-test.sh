#!/usr/bin/env bash
# Crash safety, repeatable: starts the service with the run command (scripts/run.sh, which builds it;
# the restarts use scripts/launch.sh, the same launch without the build) on one data folder, runs edits
# at concurrency 1 and then 4, SIGKILLs the service at a random moment while they run, restarts it on the
# same folder and checks through the API that every acknowledged edit is there and none is half-applied
# (scripts/crash/crash.py says how). Reports the kills, the edits, and the time from restart to the first
# answer and to the first acknowledged edit; ends with a SIGTERM, which must stop it cleanly.
#
#   scripts/crash-test.sh                     # 12 kills at concurrency 1, 12 at concurrency 4
#   scripts/crash-test.sh --kills 3 --concurrency 1
#
# Options: --kills N (12, per concurrency)  --concurrency LIST (1,4)  --port N (18210)  --bolt-port N (18211)
# --keep (keep the data folder and the log). JAR=path/to/atebol.jar tests that jar with scripts/launch.sh
# instead of building with scripts/run.sh (for a machine where another build is using target/). Loopback only; every run stops by itself. The first start of a
# new build records the JDK AOT cache (scripts/launch.sh) and is stopped with SIGTERM so that the cache is
# written; the timed restarts use it, as the run command does.
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=12 CONCURRENCY=1,4 PORT=18210 BOLT=18211 KEEP=
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) KILLS="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --bolt-port) BOLT="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d "$PWD/target/crash-test-XXXX")
PID=
cleanup() {
  [ -n "$PID" ] && kill -TERM -- -"$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ -z "$KEEP" ]; then rm -rf "$WORK/data"; fi
  echo "log: $WORK/service.log"
}
trap cleanup EXIT

PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
ARGS=(--server.address=127.0.0.1 --server.port="$PORT" --atebol.embedded.bolt-port="$BOLT"
  --atebol.embedded.data-dir="$WORK/data" --atebol.editing.enabled=true
  --atebol.security.editors[0].username=crash)

# the first start: build (scripts/run.sh) and, on a new build, record the AOT cache
echo "# building and starting once with ${JAR:+scripts/launch.sh on }${JAR:-scripts/run.sh} ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
RUN=(scripts/run.sh)
[ -n "${JAR:-}" ] && { export JAR; RUN=(scripts/launch.sh); }
HASH=$(printf '%s\n' "$PASSWORD" | "${RUN[@]}" --hash-password 2>/dev/null | grep -o '\$2[aby]\$[0-9][0-9]\$[./0-9A-Za-z]\{53\}' | head -1)
[ -n "$HASH" ] || { echo "could not make a BCrypt hash with --hash-password" >&2; exit 1; }
ARGS+=(--atebol.security.editors[0].password-hash="$HASH")
setsid "${RUN[@]}" "${ARGS[@]}" >> "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$PORT/graphql" && break
  sleep 1
done
kill -TERM -- -"$PID"; wait "$PID" || true; PID=

# exec: crash.py starts this through /bin/sh, which otherwise stays the parent of the JVM; the final SIGTERM
# would then end only the shell, crash.py would see its -15 instead of the service's exit status and return
# while the service was still shutting down, and the cleanup would delete the data folder under it
printf -v START '%q ' scripts/launch.sh "${ARGS[@]}"
START="exec $START"
python3 scripts/crash/crash.py --start "$START" --url "http://127.0.0.1:$PORT/graphql" --user crash \
  --password "$PASSWORD" --kills "$KILLS" --concurrency "$CONCURRENCY" --log "$WORK/service.log"
