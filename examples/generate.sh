#!/usr/bin/env bash
# Regenerates the real package-lock.json of each example project with npm (no install, no
# scripts). The package.json files are the examples themselves; the lockfile is npm's output.
# Needs Node, npm and network access to the npm registry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export npm_config_omit_lockfile_registry_resolved=false
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
cd "$here/workspace-monorepo"
rm -f package-lock.json
npm install --package-lock-only --ignore-scripts >/dev/null
echo "wrote $here/workspace-monorepo/package-lock.json"
