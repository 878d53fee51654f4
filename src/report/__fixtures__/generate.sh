#!/usr/bin/env bash
# Regenerates the reporter fixtures with the real npm: writes each project's package.json files,
# runs `npm install --package-lock-only --ignore-scripts` (no node_modules, no scripts) and keeps the
# manifests and the lockfile. Needs the npm registry. Usage: bash generate.sh
#  - workspace-npm: workspaces, a scoped name, dev/optional/peer edges, an npm: alias, an os-limited
#    optional package, a git dependency (local bare repo), two versions of one package, a
#    non-SPDX license string ("Public Domain") and a compound expression ("(MIT AND Zlib)").
#  - manifest-only: a package.json without lockfile, so versions stay unresolved ranges.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export PATH="$here/../../../.tools/node_modules/.bin:$PATH"
export npm_config_omit_lockfile_registry_resolved=false
work="$(mktemp -d /tmp/steward-report-fixtures.XXXXXX)"
trap 'rm -rf "$work"' EXIT

gitrepo="/tmp/steward-report-git/greet.git"
make_git_repo() {
  rm -rf /tmp/steward-report-git && mkdir -p /tmp/steward-report-git/src
  (
    cd /tmp/steward-report-git/src
    git init -q -b main .
    printf '{\n  "name": "greet",\n  "version": "1.2.0",\n  "license": "Apache-2.0"\n}\n' >package.json
    echo 'module.exports = () => "hi";' >index.js
    git add . && GIT_COMMITTER_DATE=2024-01-01T00:00:00Z git -c user.name=fixture \
      -c user.email=fixture@example.invalid -c commit.gpgsign=false commit -q \
      --date=2024-01-01T00:00:00Z -m init
    git clone -q --bare . "$gitrepo"
  )
}

pkg() { mkdir -p "$(dirname "$1")" && cat >"$1"; }

write_workspace() {
  local d="$1"
  pkg "$d/package.json" <<JSON
{
  "name": "fixture-root",
  "version": "1.0.0",
  "private": true,
  "license": "MIT",
  "workspaces": ["packages/*"],
  "dependencies": {
    "@isaacs/string-locale-compare": "^1.1.0",
    "greet": "git+file://$gitrepo",
    "ms": "^2.1.3",
    "noop3": "npm:lodash.noop@^3.0.1",
    "react-dom": "18.3.1"
  },
  "devDependencies": { "is-number": "^7.0.0" },
  "optionalDependencies": { "fsevents": "^2.3.3" }
}
JSON
  pkg "$d/packages/a/package.json" <<'JSON'
{
  "name": "@fixture/a",
  "version": "0.1.0",
  "license": "ISC",
  "dependencies": { "@fixture/b": "^0.2.0", "ms": "2.0.0" }
}
JSON
  pkg "$d/packages/b/package.json" <<'JSON'
{
  "name": "@fixture/b",
  "version": "0.2.0",
  "dependencies": { "jsonify": "0.0.1" },
  "devDependencies": { "pako": "1.0.11" }
}
JSON
}

write_manifest_only() {
  pkg "$1/package.json" <<'JSON'
{
  "name": "manifest-only",
  "version": "2.0.0",
  "dependencies": { "@scope/unpinned": "^1.0.0", "left-pad": "~1.3.0" },
  "devDependencies": { "typescript": ">=5" }
}
JSON
}

make_git_repo
rm -rf "$here/workspace-npm" "$here/manifest-only"
write_workspace "$work/workspace-npm"
(cd "$work/workspace-npm" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund >/dev/null)
write_workspace "$here/workspace-npm"
cp "$work/workspace-npm/package-lock.json" "$here/workspace-npm/package-lock.json"
npm --version >"$here/workspace-npm/npm-version.txt"
write_manifest_only "$here/manifest-only"
echo "fixtures written to $here"
