#!/usr/bin/env bash
# The README's run command: builds the service (./mvnw package, without the tests; Maven only redoes what
# changed) and starts it with scripts/launch.sh: extracted jar, JDK AOT cache on JDK 25+ (the first start
# of a build records the cache and is slower; later starts take about half the time of spring-boot:run).
# Arguments go to the service:  scripts/run.sh --server.port=9090 --atebol.embedded.data-dir=/srv/atebol
# Data: ./data (embedded Neo4j), as with ./mvnw spring-boot:run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dmaven.test.skip=true package
exec scripts/launch.sh "$@"
