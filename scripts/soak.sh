#!/usr/bin/env bash
# Soak test: holds a concurrency of clients on a mix of reads and edits against the packaged service for
# a set time, then checks that every edit the service acknowledged is in the graph. Loopback only,
# bounded in time (--minutes) and in requests (--max-requests). Reports throughput, errors, and memory
# (resident set and heap after a full GC) at the start and at the end.
#
#   ./mvnw -q -B -DskipTests package && scripts/soak.sh --minutes 10 --concurrency 32
#
# Options: --minutes N (10)  --concurrency N (32)  --edit-share F (0.2: the share of requests that are
# edits)  --max-requests N (2000000)  --port N (18095)  --keep (keep the data folder and log).
# The service starts as the run command starts it (scripts/launch.sh: its heap and page-cache defaults),
# with Native Memory Tracking on (-XX:NativeMemoryTracking=summary) and without the AOT cache; JAVA_OPTS
# adds or overrides JVM flags. Every minute it records the resident set and NMT's committed memory per
# category to memory.csv in the work folder (kept with --keep).
# It starts its own service on a fresh embedded data folder (seeded at start-up), with editing on and
# a soak editor account whose password is random and whose BCrypt hash is made by the service's own
# --hash-password command; nothing of the developer's configuration is used or changed.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=10 CONCURRENCY=32 EDIT_SHARE=0.2 MAX_REQUESTS=2000000 PORT=18095 KEEP=
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --edit-share) EDIT_SHARE="$2"; shift 2 ;;
    --max-requests) MAX_REQUESTS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
JAR="${JAR:-$(ls target/atebol-*.jar 2>/dev/null | head -1 || true)}"
[ -n "$JAR" ] || { echo "no jar in target/: run ./mvnw -q -B -DskipTests package first" >&2; exit 2; }
JDK="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JDK/bin/java"; JCMD="$JDK/bin/jcmd"
[ -x "$JAVA" ] || { echo "no JDK 25 at $JDK (set JDK=...)" >&2; exit 2; }
JVM_OPTS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
WORK=$(mktemp -d /tmp/atebol-soak-XXXX)
PID=
cleanup() {
  [ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ -z "$KEEP" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
HASH=$(printf '%s\n' "$PASSWORD" | "$JAVA" $JVM_OPTS -jar "$JAR" --hash-password 2>/dev/null | grep -o '\$2[aby]\$[0-9][0-9]\$[./0-9A-Za-z]\{53\}' | head -1)
[ -n "$HASH" ] || { echo "could not make a BCrypt hash with --hash-password" >&2; exit 1; }

echo "# soak: $MINUTES min, concurrency $CONCURRENCY, edit share $EDIT_SHARE; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA="$JAVA" JAR="$JAR" RUN_DIR="$WORK/run" ATEBOL_AOT_CACHE=0 \
  JAVA_OPTS="-XX:NativeMemoryTracking=summary ${JAVA_OPTS:-}" scripts/launch.sh --server.address=127.0.0.1 --server.port="$PORT" \
  --atebol.embedded.data-dir="$WORK/data" --atebol.embedded.bolt-port=0 \
  --atebol.editing.enabled=true --atebol.security.editors[0].username=soak \
  --atebol.security.editors[0].password-hash="$HASH" > "$WORK/service.log" 2>&1 &
PID=$!
python3 scripts/soak/soak.py --url "http://127.0.0.1:$PORT/graphql" --user soak --password "$PASSWORD" \
  --minutes "$MINUTES" --concurrency "$CONCURRENCY" --edit-share "$EDIT_SHARE" \
  --max-requests "$MAX_REQUESTS" --pid "$PID" --jcmd "$JCMD" --memory-csv "$WORK/memory.csv" \
  || { tail -30 "$WORK/service.log"; exit 1; }
"$JCMD" "$PID" VM.native_memory summary > "$WORK/nmt-end.txt" 2>&1 || true
echo "# memory per minute: $WORK/memory.csv; NMT at the end: $WORK/nmt-end.txt"
