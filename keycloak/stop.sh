#!/usr/bin/env bash
# Stops the local Keycloak started by keycloak/start.sh: politely first (SIGTERM), then SIGKILL
# after KEYCLOAK_STOP_TIMEOUT seconds (default 30). Keycloak's local database is kept.
set -euo pipefail

readonly STOP_TIMEOUT="${KEYCLOAK_STOP_TIMEOUT:-30}"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
PROJECT_ROOT="$(cd -- "${SCRIPT_DIR}/.." && pwd -P)"
readonly SCRIPT_DIR PROJECT_ROOT
readonly WORK_DIR="${PROJECT_ROOT}/target/keycloak"
readonly PID_FILE="${WORK_DIR}/keycloak.pid"

pid=""
if [[ -f "${PID_FILE}" ]]; then
    pid="$(cat "${PID_FILE}")"
    # Ignore a stale pid, or one since reused by an unrelated process.
    if ! [[ "${pid}" =~ ^[0-9]+$ ]] ||
        ! ps -p "${pid}" -o args= 2>/dev/null | grep -Eq 'kc\.sh|-Dkc\.home\.dir='; then
        pid=""
    fi
    rm -f "${PID_FILE}"
fi
if [[ -z "${pid}" ]] && command -v pgrep >/dev/null 2>&1; then
    # No pid file (e.g. `mvn clean` removed target/ under a running Keycloak): look for the Java
    # process of a Keycloak unpacked in this project's target/keycloak, and nothing else.
    pid="$(pgrep -f -- "-Dkc\.home\.dir=${WORK_DIR}/keycloak-" | head -n 1 || true)"
fi
if [[ -z "${pid}" ]]; then
    echo "Keycloak is not running."
    exit 0
fi

echo "Stopping Keycloak (pid ${pid})..."
# The pid is kc.sh, which forwards SIGTERM to its Java process and waits for it, or (after
# Keycloak rebuilt itself on a first start) the Java process itself.
kill -TERM "${pid}" 2>/dev/null || true
waited=0
while kill -0 "${pid}" 2>/dev/null; do
    if ((waited >= STOP_TIMEOUT)); then
        echo "Keycloak did not stop within ${STOP_TIMEOUT} s; killing it."
        # If the pid is kc.sh, Java is its child: kill the child first, then kc.sh itself.
        if command -v pkill >/dev/null 2>&1; then
            pkill -KILL -P "${pid}" 2>/dev/null || true
        fi
        kill -KILL "${pid}" 2>/dev/null || true
        break
    fi
    sleep 1
    waited=$((waited + 1))
done
echo "Keycloak stopped."
