#!/usr/bin/env bash
# Times the packaged portal's start against the baseline app's, and reads its idle memory
# (docs/performance.md, "Start" and "Memory"). Figures under target/benchmarks/start-time/.
#
#   src/benchmark/start-time.sh                       # 5 fresh starts and 5 restarts of each, then memory
#   START_RUNS=3 START_MODES=restart src/benchmark/start-time.sh
#   START_VARIANTS=safepost,safepost-x,baseline START_SAFEPOST_X_JVM="-XX:+UseSerialGC" src/benchmark/start-time.sh
#   # the image's way, as shipped (JVM options from the Dockerfile's JAVA_OPTS):
#   START_VARIANTS=safepost,safepost-aot,baseline START_SAFEPOST_AOT_JVM="-XX:+UseG1GC -XX:MinHeapSize=64m ..." \
#     START_SAFEPOST_AOT_ENV=MALLOC_ARENA_MAX=2 src/benchmark/start-time.sh
#
# Builds target/safepost.jar if it is missing (./mvnw package -DskipTests) and the baseline app's jar.
# A variant named safepost-aot runs the jar with the AOT cache the Dockerfile makes (src/benchmark/aot-cache.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
export VAADIN_USAGE_STATS_ENABLED=false
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

if [[ ! -f target/safepost.jar ]]; then
  ./mvnw -B -ntp -o -q package -DskipTests
fi
if [[ ! -f src/benchmark/baseline-app/target/start-baseline.jar ]]; then
  # Offline first; the baseline needs a few artifacts Safepost's build does not fetch.
  ./mvnw -B -ntp -o -q package -f src/benchmark/baseline-app/pom.xml \
    || ./mvnw -B -ntp -q package -f src/benchmark/baseline-app/pom.xml
fi

props=("-Dstart.runs=${START_RUNS:-5}" "-Dstart.modes=${START_MODES:-fresh,restart}"
       "-Dstart.variants=${START_VARIANTS:-safepost,baseline}" "-Dstart.memory=${START_MEMORY:-true}")
# START_<VARIANT>_JVM, _ARGS and _ENV (variant's name upper-cased, '-' as '_') give a variant JVM options,
# arguments and environment variables (NAME=value), e.g. the image's: START_SAFEPOST_JVM="$JAVA_OPTS".
for variant in ${START_VARIANTS//,/ }; do
  key=$(echo "START_${variant}" | tr 'a-z-' 'A-Z_')
  jvm="${key}_JVM"; args="${key}_ARGS"; env="${key}_ENV"
  options="${!jvm:-}"
  if [[ "$variant" == safepost-aot ]]; then
    # The image's AOT cache, made for target/safepost.jar with the variant's own options.
    JAVA_OPTS="$options" src/benchmark/aot-cache.sh target/safepost.jar target/start-time/aot
    props+=("-Dstart.safepost-aot.jar=target/start-time/aot/safepost.jar")
    options="$options -XX:AOTCache=target/start-time/aot/safepost.aot"
  fi
  [[ -n "$options" ]] && props+=("-Dstart.${variant}.jvm=${options}")
  [[ -n "${!args:-}" ]] && props+=("-Dstart.${variant}.args=${!args}")
  [[ -n "${!env:-}" ]] && props+=("-Dstart.${variant}.env=${!env}")
done
exec "$JAVA" "${props[@]}" src/benchmark/java/app/safepost/packaging/StartTimeBenchmark.java
