#!/usr/bin/env bash
# Stops the local Keycloak started by keycloak/start.sh: politely first (SIGTERM), then SIGKILL
# after KEYCLOAK_STOP_TIMEOUT seconds (default 30). Keycloak's local database is kept.
set -euo pipefail

readonly STOP_TIMEOUT="${KEYCLOAK_STOP_TIMEOUT:-30}"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
PROJECT_ROOT="$(cd -- "${SCRIPT_DIR}/.." && pwd -P)"
readonly SCRIPT_DIR PROJECT_ROOT
readonly PID_FILE="${PROJECT_ROOT}/target/keycloak/keycloak.pid"

if [[ ! -f "${PID_FILE}" ]]; then
    echo "Keycloak is not running (no ${PID_FILE})."
    exit 0
fi

pid="$(cat "${PID_FILE}")"
if ! [[ "${pid}" =~ ^[0-9]+$ ]] || ! kill -0 "${pid}" 2>/dev/null; then
    echo "Keycloak is not running (stale pid file removed)."
    rm -f "${PID_FILE}"
    exit 0
fi

# Guard against a pid that has since been reused by an unrelated process.
if ! ps -p "${pid}" -o args= 2>/dev/null | grep -q 'kc\.sh\|keycloak'; then
    echo "Process ${pid} is not Keycloak; removing the stale pid file and leaving it alone."
    rm -f "${PID_FILE}"
    exit 0
fi

echo "Stopping Keycloak (pid ${pid})..."
# kc.sh forwards SIGTERM to its Java process and waits for it.
kill -TERM "${pid}" 2>/dev/null || true
waited=0
while kill -0 "${pid}" 2>/dev/null; do
    if ((waited >= STOP_TIMEOUT)); then
        echo "Keycloak did not stop within ${STOP_TIMEOUT} s; killing it."
        # kc.sh runs Keycloak as its child: kill the child first, then kc.sh itself.
        if command -v pkill >/dev/null 2>&1; then
            pkill -KILL -P "${pid}" 2>/dev/null || true
        fi
        kill -KILL "${pid}" 2>/dev/null || true
        break
    fi
    sleep 1
    waited=$((waited + 1))
done
rm -f "${PID_FILE}"
echo "Keycloak stopped."
