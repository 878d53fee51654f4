#!/usr/bin/env bash
# Regenerates the installed-tree fixtures with the real package managers, then strips every
# installed package down to its package.json (symbolic links kept) so the fixtures stay small.
# Also saves what the package managers themselves report, for the golden tests to compare with.
#   npm-tree/   npm install --no-package-lock: workspaces, a scoped package, a nested duplicate
#               version, an optional platform package (rollup's native binary for this machine)
#   pnpm-tree/  pnpm install without a lockfile: the .pnpm virtual store with symbolic links
#   yarn-tree/  Yarn classic install --no-lockfile (hoisted like npm; npm ls reads it for comparison)
# Needs Node, npm and network access to the npm registry. Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

write_npm_project() {
  mkdir -p "$1/packages/util"
  cat >"$1/package.json" <<'JSON'
{
  "name": "installed-npm-fixture",
  "version": "1.0.0",
  "private": true,
  "license": "MIT",
  "workspaces": ["packages/*"],
  "dependencies": {
    "@tootallnate/once": "2.0.0",
    "@fixture/util": "1.0.0",
    "debug": "4.3.4",
    "ms": "2.0.0"
  },
  "devDependencies": {
    "rollup": "4.24.0"
  }
}
JSON
  cat >"$1/packages/util/package.json" <<'JSON'
{
  "name": "@fixture/util",
  "version": "1.0.0",
  "license": "MIT",
  "dependencies": {
    "ms": "2.1.3"
  }
}
JSON
}

write_pnpm_project() {
  mkdir -p "$1"
  cat >"$1/package.json" <<'JSON'
{
  "name": "installed-pnpm-fixture",
  "version": "1.0.0",
  "private": true,
  "license": "MIT",
  "dependencies": {
    "@tootallnate/once": "2.0.0",
    "debug": "4.3.4",
    "ms": "2.0.0"
  },
  "devDependencies": {
    "is-odd": "3.0.1"
  }
}
JSON
}

write_yarn_project() {
  write_pnpm_project "$1"
  sed -i 's/installed-pnpm-fixture/installed-yarn-fixture/' "$1/package.json"
}

# Keep only each installed package's own package.json; drop .bin, metadata and empty directories.
strip_tree() {
  node - "$1" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
function isPackageRoot(dir) {
  const parent = path.basename(path.dirname(dir));
  const grand = path.basename(path.dirname(path.dirname(dir)));
  return parent === 'node_modules' || (parent.startsWith('@') && grand === 'node_modules');
}
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue; // kept as is: links into the virtual store, workspace links
    if (e.isDirectory()) {
      if (e.name === '.bin') fs.rmSync(p, { recursive: true });
      else walk(p);
    } else if (!(e.name === 'package.json' && isPackageRoot(dir))) fs.rmSync(p);
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}
// Every node_modules directory of the project: the root's and each workspace's.
function findTrees(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    if (e.name === 'node_modules') walk(p);
    else findTrees(p);
  }
}
findTrees(process.argv[2]);
JS
}

export npm_config_omit_lockfile_registry_resolved=false
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# --- npm ---
npm_dir="$work/npm-tree"
write_npm_project "$npm_dir"
(cd "$npm_dir" && npm install --ignore-scripts --no-package-lock --cache "$work/npm-cache" >/dev/null)
(cd "$npm_dir" && npm ls --all --json >npm-ls.json || true)
(cd "$npm_dir" && npm ls --all --json --omit=dev >npm-ls-prod.json || true)
strip_tree "$npm_dir"
rm -rf "$here/npm-tree" && mkdir -p "$here/npm-tree"
cp -a "$npm_dir/." "$here/npm-tree/"
mkdir -p "$here/expected" && mv "$here/npm-tree/npm-ls.json" "$here/npm-tree/npm-ls-prod.json" "$here/expected/"
mv "$here/expected/npm-ls.json" "$here/expected/npm-tree.npm-ls.json"
mv "$here/expected/npm-ls-prod.json" "$here/expected/npm-tree.npm-ls-prod.json"

# --- pnpm ---
pnpm_dir="$work/pnpm-tree"
write_pnpm_project "$pnpm_dir"
(cd "$pnpm_dir" && npx -y pnpm@9 install --ignore-scripts --no-lockfile --store-dir "$work/pnpm-store" \
  --config.package-import-method=copy >/dev/null)
(cd "$pnpm_dir" && npx -y pnpm@9 ls --depth Infinity --json >"$here/expected/pnpm-tree.pnpm-ls.json")
(cd "$pnpm_dir" && npx -y pnpm@9 ls --depth Infinity --json --prod >"$here/expected/pnpm-tree.pnpm-ls-prod.json")
# Temp paths differ per run; keep the saved reports stable.
sed -i "s#$work#<work>#g" "$here/expected/pnpm-tree.pnpm-ls.json" "$here/expected/pnpm-tree.pnpm-ls-prod.json"
rm -f "$pnpm_dir/pnpm-lock.yaml"
strip_tree "$pnpm_dir"
rm -rf "$here/pnpm-tree" && mkdir -p "$here/pnpm-tree"
cp -a "$pnpm_dir/." "$here/pnpm-tree/"
# --- Yarn classic ---
yarn_dir="$work/yarn-tree"
write_yarn_project "$yarn_dir"
(cd "$yarn_dir" && npx -y yarn@1 install --no-lockfile --ignore-scripts --cache-folder "$work/yarn-cache" >/dev/null)
(cd "$yarn_dir" && npm ls --all --json >"$here/expected/yarn-tree.npm-ls.json" || true)
(cd "$yarn_dir" && npm ls --all --json --omit=dev >"$here/expected/yarn-tree.npm-ls-prod.json" || true)
strip_tree "$yarn_dir"
rm -rf "$here/yarn-tree" && mkdir -p "$here/yarn-tree"
cp -a "$yarn_dir/." "$here/yarn-tree/"
echo "fixtures written to $here"
