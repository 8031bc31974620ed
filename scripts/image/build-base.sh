#!/usr/bin/env bash
# Builds the base of the service's image without a Docker daemon or a container registry (neither is
# reachable here): a minimal Debian 12 (bookworm) root made by mmdebstrap from Debian's packages, a Java
# runtime made by jlink from the local JDK 25, a non-root user (atebol, 10001) and a /data folder it owns,
# written as a docker-save tar (target/image/base.tar) that Jib uses as its base (mvn -Pimage package).
# Its config carries the health check, which Jib keeps in the image it builds on it (Docker format).
#
#   scripts/image/build-base.sh        # needs root (mmdebstrap, chown) and Debian's package mirror
#
# Env: JDK (/usr/lib/jvm/temurin-25-jdk-amd64), SUITE (bookworm), OUT (target/image).
set -euo pipefail
cd "$(dirname "$0")/../.."
JDK="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SUITE="${SUITE:-bookworm}"
OUT="${OUT:-target/image}"
ROOT="$OUT/rootfs"
[ "$(id -u)" = 0 ] || { echo "run as root: mmdebstrap builds the root file system and chown sets its owners" >&2; exit 1; }
command -v mmdebstrap > /dev/null || { apt-get update -qq && apt-get install -y -qq mmdebstrap > /dev/null; }
[ -x "$JDK/bin/jlink" ] || { echo "no jlink at $JDK (set JDK)" >&2; exit 1; }
rm -rf "$OUT/rootfs" "$OUT/base.tar" "$OUT/layer.tar"
mkdir -p "$OUT"

# 1. Debian's essential packages (libc, coreutils, bash, dpkg, ...) plus zlib, from the configured mirror
mmdebstrap --quiet --variant=essential --include=zlib1g,libgcc-s1,netbase --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' "$SUITE" "$ROOT"
rm -rf "$ROOT"/var/cache/apt/* "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/log/*

# 2. the Java runtime: the modules Spring Boot, Tomcat, graphql-java and the embedded Neo4j use
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi
MODULES+=,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql
MODULES+=,java.transaction.xa,java.xml,java.xml.crypto,jdk.attach,jdk.crypto.cryptoki,jdk.httpserver,jdk.jcmd
MODULES+=,jdk.jfr,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --output "$ROOT/opt/java"

# 3. the user the service runs as, and its data folder
echo 'atebol:x:10001:10001:Atebol:/data:/usr/sbin/nologin' >> "$ROOT/etc/passwd"
echo 'atebol:x:10001:' >> "$ROOT/etc/group"
echo 'atebol:!:20000::::::' >> "$ROOT/etc/shadow"
mkdir -p "$ROOT/data"
chown 10001:10001 "$ROOT/data"

# 4. one layer, reproducible (sorted, numeric owners, fixed times), and the docker-save tar around it
tar --sort=name --numeric-owner --mtime=@0 --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$ROOT" -cf "$OUT/layer.tar" .
python3 scripts/image/base-tar.py "$OUT/layer.tar" "$OUT/base.tar"
rm -f "$OUT/layer.tar"
echo "base image: $OUT/base.tar ($(du -h "$OUT/base.tar" | cut -f1)); Java $("$ROOT/opt/java/bin/java" -version 2>&1 | head -1)"
