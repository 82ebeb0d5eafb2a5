#!/usr/bin/env bash
# Times the packaged portal's start against the baseline app's, and reads its idle memory
# (docs/performance.md, "Start" and "Memory"). Figures under target/benchmarks/start-time/.
#
#   src/benchmark/start-time.sh                       # 5 fresh starts and 5 restarts of each, then memory
#   START_RUNS=3 START_MODES=restart src/benchmark/start-time.sh
#   START_VARIANTS=safepost,safepost-x,baseline START_SAFEPOST_X_JVM="-XX:+UseSerialGC" src/benchmark/start-time.sh
#
# Builds target/safepost.jar if it is missing (./mvnw package -DskipTests) and the baseline app's jar.
# START_AOT=true also extracts the jar and makes the AOT cache the Dockerfile ships, as variant safepost-aot.
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

props=()
if [[ "${START_AOT:-false}" == true ]]; then
  src/benchmark/aot-cache.sh target/safepost.jar target/start-time/aot
  props+=("-Dstart.safepost-aot.jar=target/start-time/aot/safepost.jar"
          "-Dstart.safepost-aot.jvm=-XX:AOTCache=target/start-time/aot/safepost.aot")
fi
props+=("-Dstart.runs=${START_RUNS:-5}" "-Dstart.modes=${START_MODES:-fresh,restart}"
        "-Dstart.variants=${START_VARIANTS:-safepost,baseline}" "-Dstart.memory=${START_MEMORY:-true}")
# START_<VARIANT>_JVM and START_<VARIANT>_ARGS (variant's name upper-cased, '-' as '_') add options to a variant.
for variant in ${START_VARIANTS//,/ }; do
  key=$(echo "START_${variant}" | tr 'a-z-' 'A-Z_')
  jvm="${key}_JVM"; args="${key}_ARGS"
  [[ -n "${!jvm:-}" ]] && props+=("-Dstart.${variant}.jvm=${!jvm}")
  [[ -n "${!args:-}" ]] && props+=("-Dstart.${variant}.args=${!args}")
done
exec "$JAVA" "${props[@]}" src/benchmark/java/app/safepost/packaging/StartTimeBenchmark.java
