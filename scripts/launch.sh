#!/usr/bin/env bash
# Starts the packaged service (target/atebol-*.jar) the fast way; scripts/run.sh builds the jar first and
# then calls this. Arguments go to the service (--server.port=9090, --atebol.embedded.data-dir=...).
#
#  1. The jar is extracted once per build (Spring Boot's `-Djarmode=tools extract`) into target/run/app/:
#     a JDK class cache only works with plain jars on the class path, not with a jar inside a jar.
#  2. On a JDK 25 or newer, a JDK AOT cache (JEP 483 and 514) of the classes the service loads and links
#     while it starts and answers (Spring, the embedded Neo4j and its Cypher planner, graphql-java) halves
#     the start-up. The first start of a build records it, which makes that start slower; the JVM writes
#     the cache when the service stops (Ctrl-C or SIGTERM; not `kill -9`). Later starts of the same build
#     with the same JDK and JVM flags use it. A cache that does not fit (another build, JDK or flag) is
#     recorded again, never used half-way. On JDK 21 to 24 the service starts without a cache.
#
# Memory (docs/operations.md, "Memory"): the heap is fixed (ATEBOL_HEAP, default 256m: the live heap after a
# full GC was 170 MiB after the 30-minute soak of reads and edits, cached answers included) and touched at start, so the
# resident set does not creep up as the collector grows it; the embedded Neo4j's page cache (off-heap) is
# sized to the store on disk (1.5 x its size, at least 64 MB, at most 2 GB) unless
# --atebol.embedded.page-cache or ATEBOL_EMBEDDED_PAGE_CACHE says otherwise; glibc keeps 2 malloc arenas
# (MALLOC_ARENA_MAX) instead of one per core and thread, whose slack otherwise adds to the resident set.
#
# Env: JAVA (the java to run; default: the newest JDK 21+ under JAVA_HOME, /usr/lib/jvm, SDKMAN, macOS's
#   JavaVirtualMachines, or on the PATH), JAVA_OPTS (more JVM flags, after the defaults: they win),
#   ATEBOL_HEAP (256m), ATEBOL_AOT_CACHE=0 (no cache), JAR (the jar to start), RUN_DIR (where the extracted
#   jar and the cache live: <the jar's folder>/run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

JAR="${JAR:-$(ls "$ROOT"/target/atebol-*.jar 2>/dev/null | head -1 || true)}"
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No service jar in $ROOT/target: build it with ./mvnw -DskipTests package (scripts/run.sh does)" >&2; exit 1; }
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
RUN_DIR="${RUN_DIR:-$(dirname "$JAR")/run}"

java_major() {  # java binary -> its feature version (the JDK's release file, else the binary itself)
  local home release v
  home="$(cd "$(dirname "$1")/.." && pwd)"
  release="$home/release"
  if [ -f "$release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  else
    v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
  fi
  echo "${v:-0}"
}

find_java() {  # the newest JDK 21+ among the usual places
  local best="" best_major=0 candidate major
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java \
      "$HOME"/.sdkman/candidates/java/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
      "$(command -v java || true)"; do
    [ -x "$candidate" ] || continue
    major="$(java_major "$candidate")"
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] || { echo "No JDK 21 or newer found (JAVA_HOME, /usr/lib/jvm, SDKMAN, PATH): install one, e.g. Temurin 25, or set JAVA" >&2; exit 1; }
  echo "$best"
}

JAVA="${JAVA:-$(find_java)}"
MAJOR="$(java_major "$JAVA")"
[ "$MAJOR" -ge 21 ] || { echo "$JAVA is Java $MAJOR; the service needs 21 or newer (set JAVA)" >&2; exit 1; }

# quiet native access, the serial collector (the pom's choice: least CPU and memory on two cores), and a
# fixed heap touched at start
OPTS=(--enable-native-access=ALL-UNNAMED)
[ "$MAJOR" -ge 23 ] && OPTS+=(--sun-misc-unsafe-memory-access=allow)
HEAP="${ATEBOL_HEAP:-256m}"
OPTS+=(-XX:+UseSerialGC "-Xms$HEAP" "-Xmx$HEAP" -XX:+AlwaysPreTouch)
[ -n "${JAVA_OPTS:-}" ] && { read -r -a EXTRA <<< "$JAVA_OPTS"; OPTS+=("${EXTRA[@]}"); }
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# the page cache, sized to the store (unless set): the store files of the embedded data folder
PAGE_CACHE_SET=
DATA_DIR="${ATEBOL_EMBEDDED_DATA_DIR:-./data}"
for arg in "$@"; do
  case "$arg" in
    --atebol.embedded.page-cache=*|--spring.neo4j.uri=?*) PAGE_CACHE_SET=1 ;;
    --atebol.embedded.data-dir=*) DATA_DIR="${arg#*=}" ;;
  esac
done
[ -n "${ATEBOL_EMBEDDED_PAGE_CACHE:-}${NEO4J_URI:-}" ] && PAGE_CACHE_SET=1
SIZING=()
if [ -z "$PAGE_CACHE_SET" ]; then
  STORE_MB=$(du -sm "$DATA_DIR/databases" 2>/dev/null | cut -f1 || true)
  PAGE_MB=$(( ${STORE_MB:-0} * 3 / 2 ))
  [ "$PAGE_MB" -lt 64 ] && PAGE_MB=64
  [ "$PAGE_MB" -gt 2048 ] && PAGE_MB=2048
  SIZING=(--atebol.embedded.page-cache="${PAGE_MB}MB")
fi

# 1. the extracted jar, once per build (the build is reproducible: same sources, same bytes)
JAR_SUM="$(sha256sum "$JAR" | cut -d' ' -f1)"
if [ "$(cat "$RUN_DIR/jar.sha256" 2>/dev/null || true)" != "$JAR_SUM" ]; then
  rm -rf "$RUN_DIR"
  mkdir -p "$RUN_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$RUN_DIR/app" > /dev/null
  echo "$JAR_SUM" > "$RUN_DIR/jar.sha256"
fi
APP_JAR="$RUN_DIR/app/$(basename "$JAR")"

# 2. the AOT cache
CACHE="$RUN_DIR/atebol.aot"
AOT=()
if [ "${ATEBOL_AOT_CACHE:-1}" != 0 ] && [ "$MAJOR" -ge 25 ]; then
  # only errors: the JVM notes every class it leaves out (signed jars, for one) as a warning
  QUIET_AOT=(-Xlog:aot*=error -Xlog:cds*=error)
  # a cache is checked once for each JDK and set of flags (the JVM maps it and says whether it fits: ~2 s)
  KEY="$JAVA $(cat "$(dirname "$JAVA")/../release" 2>/dev/null | grep '^JAVA_VERSION=' || true) ${OPTS[*]}"
  if [ -f "$CACHE" ] && [ "$(cat "$CACHE.checked" 2>/dev/null || true)" != "$KEY" ]; then
    if "$JAVA" "${OPTS[@]}" "${QUIET_AOT[@]}" -XX:AOTCache="$CACHE" -XX:AOTMode=on -cp "$APP_JAR" -version \
        > "$RUN_DIR/aot-check.log" 2>&1; then
      echo "$KEY" > "$CACHE.checked"
    else
      echo "The AOT cache does not fit this JDK or these JVM flags ($(grep -m1 error "$RUN_DIR/aot-check.log" || true)): recording it again" >&2
      rm -f "$CACHE" "$CACHE.checked"
    fi
  fi
  # a one-off command (seed validate, --hash-password, ...) runs briefly: it would record a poor cache
  ONE_OFF=0
  for arg in "$@"; do case "$arg" in --hash-password) ONE_OFF=1 ;; --*) ;; *) ONE_OFF=1 ;; esac; done
  if [ -f "$CACHE" ]; then
    AOT=(-XX:AOTCache="$CACHE" "${QUIET_AOT[@]}")
  elif [ "$ONE_OFF" = 1 ]; then
    AOT=()
  else
    echo "First start of this build: recording the JDK AOT cache (this start is slower; the cache is written when the service stops, and later starts use it)" >&2
    rm -f "$CACHE.checked"
    AOT=(-XX:AOTCacheOutput="$CACHE" "${QUIET_AOT[@]}")
  fi
fi

exec "$JAVA" "${OPTS[@]}" "${AOT[@]}" -jar "$APP_JAR" "$@" "${SIZING[@]}"
