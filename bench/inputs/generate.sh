#!/usr/bin/env bash
# Regenerates the benchmark inputs with the real package managers (needs the npm registry).
#   npm-v3-large/     : one app depending on ~30 large toolchains -> ~7,000-entry package-lock.json v3
#   pnpm-v9-monorepo/ : the same dependencies spread over 8 workspaces -> pnpm-lock.yaml v9
# The package.json files are kept; only the lockfiles are regenerated.
set -euo pipefail
cd "$(dirname "$0")"
export npm_config_omit_lockfile_registry_resolved=false
(cd npm-v3-large && rm -f package-lock.json &&
  npm install --package-lock-only --ignore-scripts --no-audit --no-fund --legacy-peer-deps)
(cd pnpm-v9-monorepo && rm -f pnpm-lock.yaml &&
  npx -y pnpm@9 install --lockfile-only --ignore-scripts --config.strict-peer-dependencies=false)
