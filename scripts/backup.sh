#!/usr/bin/env bash
# Backup and restore of the whole graph (docs/operations.md, "Backup and restore"): the packaged service's
# `backup` command, started as scripts/launch.sh starts the service (the newest JDK 21+, no AOT cache).
#
#   scripts/backup.sh create backups/atebol-$(date -u +%Y%m%dT%H%M%SZ).atebol.gz --uri=bolt://127.0.0.1:7687
#   scripts/backup.sh verify FILE
#   scripts/backup.sh restore FILE --atebol.embedded.data-dir=/srv/atebol/new-data
#
# The jar is target/atebol-*.jar (./mvnw -DskipTests package, or scripts/run.sh, builds it); JAR= names another.
set -euo pipefail
exec "$(dirname "$0")/launch.sh" backup "$@"
