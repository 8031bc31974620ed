# Shared settings for the bench scripts (source it). Override any of these from the environment.
# Ports: never 7687 / 8080 / 4000 (other processes on this box use them); every script refuses a busy port.
BENCH="${BENCH:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
ROOT="${ROOT:-$(cd "$BENCH/.." && pwd)}"                 # the project (pom.xml, mvnw, src/)
# Neo4j 2026.x and the service need JDK 21+; this box has Temurin 25 next to the default Java 17.
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA25="$JAVA25_HOME/bin/java"
JVM_QUIET_OPTS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"

NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-17687}"              # the standalone Neo4j (peer, floor, atebol)
NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:$NEO4J_BOLT_PORT}"
NEO4J_HEAP="${NEO4J_HEAP:-2g}"
NEO4J_PAGECACHE_MB="${NEO4J_PAGECACHE_MB:-1024}"
PEER_PORT="${PEER_PORT:-14000}"
PEER_URL="${PEER_URL:-http://127.0.0.1:$PEER_PORT/graphql}"
export NEO4J_URI PEER_URL
ATEBOL_PORT="${ATEBOL_PORT:-18080}"                      # the service on the standalone Neo4j
ATEBOL_EMBEDDED_PORT="${ATEBOL_EMBEDDED_PORT:-18081}"    # the service on its embedded Neo4j
ATEBOL_EMBEDDED_BOLT_PORT="${ATEBOL_EMBEDDED_BOLT_PORT:-17688}"  # its Bolt port (the generator loads through it)
ATEBOL_URL="${ATEBOL_URL:-http://127.0.0.1:$ATEBOL_PORT/graphql}"
ATEBOL_EMBEDDED_URL="${ATEBOL_EMBEDDED_URL:-http://127.0.0.1:$ATEBOL_EMBEDDED_PORT/graphql}"
ATEBOL_SRC="${ATEBOL_SRC:-$ROOT}"                        # the project whose service jar is built and measured
export ATEBOL_URL ATEBOL_EMBEDDED_URL
BENCH_SEED="${BENCH_SEED:-42}"
BENCH_AS_OF="${BENCH_AS_OF:-2021-06-30}"                 # the past date of the *-asof scenarios
RUN_DIR="$BENCH/run"

bench_build_java() {
  # Build the tools once; rebuild only when sources or pom changed. Uses the project's Maven wrapper.
  local d="$BENCH/tools"
  if [ ! -f "$d/target/.built" ] || [ -n "$(find "$d/src" "$d/pom.xml" -newer "$d/target/.built" 2>/dev/null | head -1)" ]; then
    echo "building bench/tools (JDK 25, log: run/build-tools.log)..." >&2
    mkdir -p "$RUN_DIR"
    if ! JAVA_HOME="$JAVA25_HOME" "$ROOT/mvnw" -q -B -f "$d/pom.xml" package -DskipTests > "$RUN_DIR/build-tools.log" 2>&1; then
      grep -v '^WARNING' "$RUN_DIR/build-tools.log" | tail -30 >&2; echo "build failed" >&2; return 1
    fi
    touch "$d/target/.built"
  fi
}

bench_cp() {
  echo "$BENCH/tools/target/classes:$(cat "$BENCH/tools/target/classpath.txt")"
}

# N from "10k" / "100k" / "1m" / a number
bench_n() {
  case "${1,,}" in
    *k) echo $(( ${1%[kK]} * 1000 )) ;;
    *m) echo $(( ${1%[mM]} * 1000000 )) ;;
    *) echo "$1" ;;
  esac
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

refuse_busy_port() {  # port name-of-env-var
  if port_busy "$1"; then echo "port $1 is already in use (by something else?); set $2 to a free port" >&2; return 1; fi
}

# Resident memory (MiB) of a pid, from /proc
rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null; }

# Stop exactly the pid in a pidfile: TERM, then KILL after a grace period. Never by name.
stop_pidfile() {  # pidfile name [grace-seconds]
  local pidfile="$1" name="$2" grace="${3:-30}" pid
  [ -f "$pidfile" ] || { echo "$name: not running (no $pidfile)"; return 0; }
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 $((grace * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then echo "$name: still alive after ${grace} s, KILL $pid"; kill -KILL "$pid"; fi
    echo "$name: stopped pid $pid"
  else
    echo "$name: pid $pid not running"
  fi
  rm -f "$pidfile"
}

# Wait for "^READY" in a log while the pid lives; print the READY line
wait_ready() {  # pid log name timeout-seconds
  local pid="$1" log="$2" name="$3" timeout="$4"
  for _ in $(seq 1 $((timeout * 4))); do
    if grep -q '^READY' "$log"; then grep '^READY' "$log" | tail -1; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited; log:" >&2; tail -30 "$log" >&2; return 1; fi
    sleep 0.25
  done
  echo "$name not READY after $timeout s; see $log (still running as pid $pid)" >&2; return 1
}
