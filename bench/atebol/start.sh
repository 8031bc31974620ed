#!/usr/bin/env bash
# Build the service jar when needed, start it in the background, and measure start-up to first answer.
# Usage: atebol/start.sh standalone|embedded N
#   standalone  on the standalone Neo4j ($NEO4J_URI, the one the peer and the floor use), $ATEBOL_URL
#   embedded    on its own embedded Neo4j (the default deployment), data in run/atebol-embedded-N,
#               Bolt on 127.0.0.1:$ATEBOL_EMBEDDED_BOLT_PORT (generate.sh loads through it), $ATEBOL_EMBEDDED_URL
# The jar: ATEBOL_JAR if set, else built with `./mvnw -q -B -DskipTests package` in ATEBOL_SRC (default: the
# project this bench is in) whenever src/, schema/ or pom.xml are newer than the jar.
# Run as the spring-boot-maven-plugin runs it: JDK 25, the same JVM flags (the pom's jvm.quiet.args and
# jvm.memory.args, read from ATEBOL_SRC's pom.xml; ATEBOL_MEMORY_OPTS replaces the latter, empty: the JVM's
# default heap); ATEBOL_JAVA_OPTS adds JVM flags (after them, so they win), ATEBOL_ARGS adds Spring arguments.
# Loopback only.
# Writes run/atebol-MODE.{pid,log} and run/atebol-MODE.startup.json (seconds to the first answer, RSS).
# ATEBOL_NAME (default atebol-MODE) names another instance of a mode (its pid, log and jar files), with its own
# ATEBOL_PORT, e.g. the same service with the response cache off and on side by side; ATEBOL_START_TIMEOUT (120 s).
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/env.sh"
MODE="${1:?standalone|embedded}"; N="$(bench_n "${2:-10000}")"
mkdir -p "$RUN_DIR"
NAME="${ATEBOL_NAME:-atebol-$MODE}"
PIDFILE="$RUN_DIR/$NAME.pid"; LOG="$RUN_DIR/$NAME.log"
case "$MODE" in
  standalone) PORT="$ATEBOL_PORT"; URL="$ATEBOL_URL"; PORTVAR=ATEBOL_PORT
    DB_ARGS=(--spring.neo4j.uri="$NEO4J_URI") ;;
  embedded) PORT="$ATEBOL_EMBEDDED_PORT"; URL="$ATEBOL_EMBEDDED_URL"; PORTVAR=ATEBOL_EMBEDDED_PORT
    refuse_busy_port "$ATEBOL_EMBEDDED_BOLT_PORT" ATEBOL_EMBEDDED_BOLT_PORT
    DB_ARGS=(--atebol.embedded.data-dir="$RUN_DIR/atebol-embedded-$N" --atebol.embedded.bolt-port="$ATEBOL_EMBEDDED_BOLT_PORT") ;;
  *) echo "mode must be standalone or embedded" >&2; exit 1 ;;
esac
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then echo "$NAME already running (pid $(cat "$PIDFILE"))"; exit 0; fi
refuse_busy_port "$PORT" "$PORTVAR"

# The jar's mtime is the reproducible-build timestamp, so staleness is judged against a stamp written after each
# build; and the service runs from its own copy (run/atebol-MODE.jar), so a rebuild never pulls a jar out from
# under a running service.
SRC_JAR="${ATEBOL_JAR:-}"
if [ -z "$SRC_JAR" ]; then
  STAMP="$RUN_DIR/atebol-build.stamp"
  find_jar() { ls "$ATEBOL_SRC"/target/atebol-*.jar 2>/dev/null | grep -v -e '-plain.jar$' -e '.original$' | head -1; }
  SRC_JAR="$(find_jar || true)"
  if [ -z "$SRC_JAR" ] || [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$ATEBOL_SRC" ] \
      || [ -n "$(find "$ATEBOL_SRC/src/main" "$ATEBOL_SRC/schema" "$ATEBOL_SRC/pom.xml" -newer "$STAMP" 2>/dev/null | head -1)" ]; then
    echo "building the service in $ATEBOL_SRC (./mvnw -q -B -DskipTests package, log: run/build-atebol.log)..." >&2
    if ! (cd "$ATEBOL_SRC" && ./mvnw -q -B -DskipTests package) > "$RUN_DIR/build-atebol.log" 2>&1; then
      grep -v '^WARNING' "$RUN_DIR/build-atebol.log" | tail -30 >&2; echo "build failed" >&2; exit 1
    fi
    echo "$ATEBOL_SRC" > "$STAMP"
    SRC_JAR="$(find_jar)"
  fi
fi
JAR="$RUN_DIR/$NAME.jar"
if [ -z "${ATEBOL_MEMORY_OPTS+set}" ]; then
  ATEBOL_MEMORY_OPTS="$(sed -n 's:.*<jvm.memory.args>\(.*\)</jvm.memory.args>.*:\1:p' "$ATEBOL_SRC/pom.xml" 2>/dev/null | head -1)"
fi
echo "JVM flags: ${ATEBOL_MEMORY_OPTS:-(default heap)} ${ATEBOL_JAVA_OPTS:-}"
cp "$SRC_JAR" "$JAR"
VERSION="${ATEBOL_VERSION:-}"; [ -n "$VERSION" ] || VERSION="$(cat "$ATEBOL_SRC/COPIED_FROM" 2>/dev/null || git -C "$ATEBOL_SRC" describe --always --dirty 2>/dev/null || echo '?')"
echo "$VERSION" > "$RUN_DIR/$NAME.version"
echo "jar: $SRC_JAR ($VERSION) -> $JAR"

# the first answer: an entity lookup (a known id once the graph is loaded; any 200 without errors counts)
PARAMS="$BENCH/data/generated/params-$N.json"
PROBE_ID="$( [ -f "$PARAMS" ] && node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).lookupIds[0])' "$PARAMS" || echo none)"
PROBE="{\"query\":\"query(\$id: ID!) { entity(id: \$id) { id name } }\",\"variables\":{\"id\":\"$PROBE_ID\"}}"

: > "$LOG"
T0="$(date +%s.%N)"
# without the NEO4J_* variables the service would read from the environment (application.yaml: uri: ${NEO4J_URI:}),
# which env.sh exports for the other tools: the embedded mode would silently use the standalone Neo4j
nohup env -u NEO4J_URI -u NEO4J_USERNAME -u NEO4J_PASSWORD -u NEO4J_DATABASE \
  "$JAVA25" $JVM_QUIET_OPTS ${ATEBOL_MEMORY_OPTS:-} ${ATEBOL_JAVA_OPTS:-} -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$PORT" "${DB_ARGS[@]}" \
  --atebol.seed.load-on-startup=false ${ATEBOL_ARGS:-} > "$LOG" 2>&1 < /dev/null &
PID=$!; echo "$PID" > "$PIDFILE"
ANSWER=""
for _ in $(seq 1 $(( ${ATEBOL_START_TIMEOUT:-120} * 10 ))); do   # ATEBOL_START_TIMEOUT s
  if ! kill -0 "$PID" 2>/dev/null; then echo "$NAME exited; log:" >&2; tail -40 "$LOG" >&2; rm -f "$PIDFILE"; exit 1; fi
  ANSWER="$(curl -s -m 2 -X POST "$URL" -H 'content-type: application/json' -d "$PROBE" 2>/dev/null || true)"
  if [[ "$ANSWER" == *'"data"'* && "$ANSWER" != *'"errors"'* ]]; then break; fi
  ANSWER=""; sleep 0.1
done
if [ -z "$ANSWER" ]; then echo "$NAME gave no answer within ${ATEBOL_START_TIMEOUT:-120} s; see $LOG (pid $PID)" >&2; kill -TERM "$PID"; rm -f "$PIDFILE"; exit 1; fi
T1="$(date +%s.%N)"
# make sure the service uses the database this mode means
case "$MODE" in
  standalone) WANT="server uri '$NEO4J_URI'" ;;
  embedded) WANT="Bolt on bolt://127.0.0.1:$ATEBOL_EMBEDDED_BOLT_PORT" ;;
esac
if ! grep -q "$WANT" "$LOG"; then
  echo "$NAME: the log does not show \"$WANT\": it is not on the database this mode means; see $LOG" >&2
  kill -TERM "$PID"; rm -f "$PIDFILE"; exit 1
fi
SECS="$(awk -v a="$T0" -v b="$T1" 'BEGIN{printf "%.2f", b-a}')"
RSS="$(rss_mib "$PID")"
STARTED="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$LOG" | head -1 || true)"
printf '{"mode":"%s","n":%s,"pid":%s,"version":"%s","jvmFlags":"%s","secondsToFirstAnswer":%s,"rssMiBAtFirstAnswer":%s,"spring":"%s","probe":%s}\n' \
  "$MODE" "$N" "$PID" "$VERSION" "${ATEBOL_MEMORY_OPTS:-} ${ATEBOL_JAVA_OPTS:-}" "$SECS" "${RSS:-null}" "$STARTED" "$(node -e 'console.log(JSON.stringify(process.argv[1]))' "${ANSWER:0:200}")" \
  > "$RUN_DIR/$NAME.startup.json"
echo "READY $URL  first answer after $SECS s, RSS $RSS MiB ($STARTED) pid $PID"
