#!/usr/bin/env bash
# Makes Java 25's AOT cache for a packaged jar (docs/decisions/0042-start-time-and-memory.md):
# extracts the jar (the cache needs plain jars on the class path, not the nested ones of java -jar),
# then a training run starts the application on a scratch data dir up to the refreshed context and
# exits, and the JVM writes the classes it loaded and linked, and their profiles, into the cache.
#
#   src/benchmark/aot-cache.sh target/safepost.jar target/aot   # then: java -XX:AOTCache=target/aot/safepost.aot -jar target/aot/safepost.jar
#
# JAVA_OPTS: the JVM options the portal will run with (the training run uses the same, as the cache expects).
set -euo pipefail
jar=$1
dest=$2
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
name=$(basename "$jar" .jar)
rm -rf "$dest"
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dest"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
VAADIN_USAGE_STATS_ENABLED=false "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$dest/$name.aot" \
  -Dspring.context.exit=onRefresh -Djava.io.tmpdir="$scratch" -jar "$dest/$name.jar" \
  --server.port=0 --safepost.data-dir="$scratch/data" --baseline.data-dir="$scratch/data" >"$dest/training.log" 2>&1
ls -l "$dest/$name.aot"
