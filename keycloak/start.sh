#!/usr/bin/env bash
# Starts a local Keycloak with the demo realm `safepost` (the demo trust's schools) for a laptop demo
# or the automated tests. Not for a school's real sign-in: see keycloak/README.md.
#
#   keycloak/start.sh            start (or reuse) Keycloak on http://127.0.0.1:8180
#   keycloak/start.sh --fresh    throw away Keycloak's local database first and re-import the realm
#
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180), KEYCLOAK_START_TIMEOUT (120 s).
set -euo pipefail

readonly KEYCLOAK_VERSION="26.7.3"
readonly PORT="${KEYCLOAK_PORT:-8180}"
readonly MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
readonly START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-120}"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
PROJECT_ROOT="$(cd -- "${SCRIPT_DIR}/.." && pwd -P)"
readonly SCRIPT_DIR PROJECT_ROOT
readonly WORK_DIR="${PROJECT_ROOT}/target/keycloak"
readonly KC_HOME="${WORK_DIR}/keycloak-${KEYCLOAK_VERSION}"
readonly REALM_FILE="${SCRIPT_DIR}/safepost-realm.json"
readonly PID_FILE="${WORK_DIR}/keycloak.pid"
readonly LOG_FILE="${WORK_DIR}/keycloak.log"
readonly REALM_STAMP="${WORK_DIR}/imported-realm.sha256"
readonly BASE_URL="http://127.0.0.1:${PORT}"
readonly READY_URL="${BASE_URL}/realms/safepost/.well-known/openid-configuration"

fresh=false
for arg in "$@"; do
    case "${arg}" in
        --fresh) fresh=true ;;
        -h | --help)
            sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "start.sh: unknown argument '${arg}' (try --help)" >&2
            exit 2
            ;;
    esac
done

die() {
    echo "start.sh: $*" >&2
    exit 1
}

command -v curl >/dev/null 2>&1 || die "curl is needed to check that Keycloak is up"

http_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

java_major() {
    # Prints the major version of the java binary given, or 0 if it cannot be run.
    local version
    version="$("$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = //p' | head -n 1)" || true
    case "${version}" in
        '' | 1.*) echo 0 ;;
        *) echo "${version%%.*}" ;;
    esac
}

find_java_home() {
    # Keycloak 26 needs Java 21 or newer: $JAVA_HOME if good enough, then known JDK folders.
    local candidate
    local -a candidates=()
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("${JAVA_HOME}")
    candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
    for candidate in /usr/lib/jvm/temurin-2[1-9]*; do
        [[ -d "${candidate}" ]] && candidates+=("${candidate}")
    done
    if [[ -x /usr/libexec/java_home ]]; then
        candidate="$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)"
        [[ -n "${candidate}" ]] && candidates+=("${candidate}")
    fi
    for candidate in "${candidates[@]}"; do
        if [[ -x "${candidate}/bin/java" ]] && (("$(java_major "${candidate}/bin/java")" >= 21)); then
            echo "${candidate}"
            return 0
        fi
    done
    return 1
}

pid_alive() {
    [[ -f "${PID_FILE}" ]] || return 1
    local pid
    pid="$(cat "${PID_FILE}")"
    [[ "${pid}" =~ ^[0-9]+$ ]] && ps -p "${pid}" -o args= 2>/dev/null | grep -Eq 'kc\.sh|-Dkc\.home\.dir='
}

wait_until_ready() {
    local pid="$1" started="$2"
    while :; do
        if [[ "$(http_status "${READY_URL}")" == "200" ]]; then
            echo "Keycloak ${KEYCLOAK_VERSION} is ready after $(($(date +%s) - started)) s: ${BASE_URL}"
            echo "  realm:         ${BASE_URL}/realms/safepost (issuer)"
            echo "  admin console: ${BASE_URL}/admin/ (admin / admin, local only)"
            echo "  log:           ${LOG_FILE}"
            return 0
        fi
        if ! kill -0 "${pid}" 2>/dev/null; then
            echo "start.sh: Keycloak stopped during start-up; the end of ${LOG_FILE}:" >&2
            tail -n 40 "${LOG_FILE}" >&2 || true
            rm -f "${PID_FILE}"
            return 1
        fi
        if (($(date +%s) - started >= START_TIMEOUT)); then
            echo "start.sh: Keycloak did not answer ${READY_URL} within ${START_TIMEOUT} s;" \
                "stopping it. The end of ${LOG_FILE}:" >&2
            tail -n 40 "${LOG_FILE}" >&2 || true
            "${SCRIPT_DIR}/stop.sh" >&2 || true
            return 1
        fi
        sleep 1
    done
}

fetch_distribution() {
    # Through Maven, so that Maven Central (or the school's mirror in settings.xml) is the only
    # source and the zip is cached in ~/.m2 for every later clean build.
    local dist_dir="${WORK_DIR}/dist"
    local artifact="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip"
    local zip="${dist_dir}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
    local unpack="${WORK_DIR}/unpack.$$"
    echo "Fetching Keycloak ${KEYCLOAK_VERSION} through Maven (${artifact})..."
    mkdir -p "${dist_dir}"
    # Maven 3.9 warns about sun.misc.Unsafe on Java 24 and later; the warning is harmless.
    if (("$(java_major "${JAVA_HOME}/bin/java")" >= 24)); then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    fi
    if ! (cd "${PROJECT_ROOT}" && ./mvnw -q -B dependency:copy -Dartifact="${artifact}" \
        -DoutputDirectory="${dist_dir}"); then
        # The project's own pom may be broken half-way through a change; a minimal pom is enough.
        echo "The project pom could not be used; fetching with a minimal pom instead..." >&2
        cat >"${WORK_DIR}/fetch-pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.safepost</groupId>
  <artifactId>keycloak-fetch</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
</project>
POM
        (cd "${PROJECT_ROOT}" && ./mvnw -q -B -f "${WORK_DIR}/fetch-pom.xml" \
            org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="${artifact}" -DoutputDirectory="${dist_dir}") ||
            die "could not fetch ${artifact} through Maven"
    fi
    [[ -f "${zip}" ]] || die "Maven did not produce ${zip}"

    echo "Unpacking into ${KC_HOME}..."
    rm -rf "${unpack}"
    mkdir -p "${unpack}"
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "${zip}" -d "${unpack}"
    else
        (cd "${unpack}" && "${JAVA_HOME}/bin/jar" xf "${zip}")
        chmod +x "${unpack}/keycloak-${KEYCLOAK_VERSION}"/bin/*.sh
    fi
    [[ -x "${unpack}/keycloak-${KEYCLOAK_VERSION}/bin/kc.sh" ]] || die "unexpected layout in ${zip}"
    mv "${unpack}/keycloak-${KEYCLOAK_VERSION}" "${KC_HOME}"
    rm -rf "${unpack}" "${dist_dir}" "${WORK_DIR}/fetch-pom.xml"
}

realm_checksum() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "${REALM_FILE}" | cut -d ' ' -f 1
    else
        shasum -a 256 "${REALM_FILE}" | cut -d ' ' -f 1
    fi
}

# Something already answering: ours (started earlier) or another Keycloak with the realm.
if [[ "$(http_status "${READY_URL}")" == "200" ]]; then
    echo "Keycloak is already answering on ${BASE_URL} (realm safepost); nothing to do."
    exit 0
fi
if pid_alive; then
    echo "Keycloak (pid $(cat "${PID_FILE}")) is still starting; waiting for it..."
    wait_until_ready "$(cat "${PID_FILE}")" "$(date +%s)"
    exit $?
fi
if [[ "$(http_status "${BASE_URL}/")" != "000" ]]; then
    die "something else is listening on port ${PORT}; stop it or set KEYCLOAK_PORT"
fi

JAVA_HOME="$(find_java_home)" ||
    die "Keycloak ${KEYCLOAK_VERSION} needs Java 21 or newer; set JAVA_HOME to such a JDK"
export JAVA_HOME

started="$(date +%s)"
mkdir -p "${WORK_DIR}"
[[ -x "${KC_HOME}/bin/kc.sh" ]] || fetch_distribution

# --import-realm skips a realm that already exists in Keycloak's local database, so a changed
# realm file (or --fresh) means starting from an empty database.
checksum="$(realm_checksum)"
if [[ "${fresh}" == true ]] ||
    [[ ! -f "${REALM_STAMP}" ]] || [[ "$(cat "${REALM_STAMP}")" != "${checksum}" ]]; then
    if [[ -d "${KC_HOME}/data/h2" ]]; then
        echo "Discarding Keycloak's local database so that the realm file is imported afresh."
    fi
    rm -rf "${KC_HOME}/data/h2"
fi
mkdir -p "${KC_HOME}/data/import"
cp "${REALM_FILE}" "${KC_HOME}/data/import/safepost-realm.json"
echo "${checksum}" >"${REALM_STAMP}"

echo "Starting Keycloak ${KEYCLOAK_VERSION} on ${BASE_URL} with ${JAVA_HOME}..."
# The bootstrap admin exists only in this local copy (master realm, admin / admin).
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup "${KC_HOME}/bin/kc.sh" start-dev \
    --import-realm \
    --http-host=127.0.0.1 \
    --http-port="${PORT}" \
    --hostname="${BASE_URL}" \
    --health-enabled=true \
    --http-management-host=127.0.0.1 \
    --http-management-port="${MANAGEMENT_PORT}" \
    </dev/null >"${LOG_FILE}" 2>&1 &
pid=$!
echo "${pid}" >"${PID_FILE}"

wait_until_ready "${pid}" "${started}"
echo "  health:        http://127.0.0.1:${MANAGEMENT_PORT}/health/ready"
echo "  stop with:     keycloak/stop.sh"
