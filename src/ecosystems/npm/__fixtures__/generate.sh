#!/usr/bin/env bash
# Regenerates the npm lockfile fixtures with the real npm (the registry must be reachable).
# Each fixture is a tiny project: the script writes its package.json files, lets npm lock and
# install it in a temporary copy (--ignore-scripts), saves `npm ls --all --json` with and without
# --omit=dev, and keeps only the manifests, the lockfile and the ls outputs (no node_modules).
# Usage: bash src/ecosystems/npm/__fixtures__/generate.sh [FIXTURE...]   (npm 7+ on PATH; npm 6
# comes via npx). With names, only those fixtures are regenerated.
set -euo pipefail
ONLY=("$@")
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# A fixed place for the git bare repository and the packed tarball, so lockfiles are reproducible.
SCRATCH=/tmp/steward-npm-fixtures
export npm_config_omit_lockfile_registry_resolved=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=fixture@example.invalid
export GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=fixture@example.invalid
export GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z'

rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"

# --- shared inputs: a git dependency in a local bare repository, a package with bundled deps ---
make_git_dep() {
  local src="$SCRATCH/git-dep-src"
  mkdir -p "$src"
  cat >"$src/package.json" <<'JSON'
{ "name": "git-dep", "version": "1.0.0", "license": "MIT", "dependencies": { "is-number": "^7.0.0" } }
JSON
  (cd "$src" && git init -q -b main && git add . && git commit -q -m init && git tag v1.0.0)
  git clone -q --bare "$src" "$SCRATCH/git-dep.git"
}

make_bundling_tarball() {
  local src="$SCRATCH/bundle-demo"
  mkdir -p "$src"
  cat >"$src/package.json" <<'JSON'
{ "name": "bundle-demo", "version": "1.0.0", "license": "ISC",
  "dependencies": { "ms": "2.1.2" }, "bundleDependencies": ["ms"] }
JSON
  (cd "$src" && npm install --ignore-scripts --no-package-lock >/dev/null && npm pack --pack-destination "$SCRATCH" >/dev/null)
}

# --- manifests ---
write_workspaces() { # $1 = project dir
  mkdir -p "$1/packages/app" "$1/packages/lib" "$1/packages/tool"
  cat >"$1/package.json" <<'JSON'
{
  "name": "ws-root",
  "version": "1.0.0",
  "private": true,
  "workspaces": ["packages/*"],
  "dependencies": { "ms": "^2.1.3" },
  "devDependencies": { "is-number": "^7.0.0" }
}
JSON
  cat >"$1/packages/app/package.json" <<'JSON'
{
  "name": "@ws/app",
  "version": "1.0.0",
  "dependencies": { "@ws/lib": "^1.0.0", "debug": "^4.3.4" },
  "devDependencies": { "left-pad": "^1.3.0" }
}
JSON
  cat >"$1/packages/lib/package.json" <<'JSON'
{
  "name": "@ws/lib",
  "version": "1.0.0",
  "license": "MIT",
  "dependencies": { "left-pad": "^1.3.0" },
  "devDependencies": { "is-odd": "^3.0.1" }
}
JSON
  cat >"$1/packages/tool/package.json" <<'JSON'
{
  "name": "@ws/tool",
  "version": "0.1.0",
  "dependencies": { "debug": "2.6.9" },
  "devDependencies": { "@ws/app": "^1.0.0" }
}
JSON
}

write_features() {
  mkdir -p "$1/local-lib" "$1/vendor"
  cp "$SCRATCH/bundle-demo-1.0.0.tgz" "$1/vendor/"
  cat >"$1/package.json" <<JSON
{
  "name": "features",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "lodash-alias": "npm:lodash@^4.17.21",
    "ajv-keywords": "^5.1.0",
    "esbuild": "0.20.2",
    "bundle-demo": "file:vendor/bundle-demo-1.0.0.tgz",
    "local-lib": "file:local-lib",
    "git-dep": "git+file://$SCRATCH/git-dep.git#v1.0.0",
    "is-number": "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz"
  },
  "devDependencies": { "semver": "^7.6.0" },
  "optionalDependencies": { "is-odd": "^3.0.1" }
}
JSON
  cat >"$1/local-lib/package.json" <<'JSON'
{ "name": "local-lib", "version": "0.3.0", "license": "Apache-2.0", "dependencies": { "left-pad": "^1.3.0" } }
JSON
}

write_legacy() {
  mkdir -p "$1/local-lib"
  cat >"$1/local-lib/package.json" <<'JSON'
{ "name": "local-lib", "version": "0.3.0", "license": "Apache-2.0", "dependencies": { "left-pad": "^1.3.0" } }
JSON
  cat >"$1/package.json" <<'JSON'
{
  "name": "legacy",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "debug": "2.6.9",
    "ms": "^2.1.3",
    "pad": "npm:left-pad@^1.3.0",
    "is-odd": "^3.0.1",
    "local-lib": "file:local-lib"
  },
  "devDependencies": { "is-number": "^7.0.0", "semver": "^7.6.0" },
  "optionalDependencies": { "is-even": "^1.0.0" }
}
JSON
}

write_realistic() { # a mid-sized real dependency tree: hundreds of packages, nesting, peers
  cat >"$1/package.json" <<'JSON'
{
  "name": "realistic",
  "version": "1.0.0",
  "private": true,
  "dependencies": { "express": "^4.21.0", "webpack": "^5.95.0" },
  "devDependencies": { "jest": "^29.7.0", "eslint": "^8.57.0", "typescript": "^5.6.0" }
}
JSON
}

# npm ls output trimmed to what the golden tests read: versions, the tree, and `resolved` only
# where it names a different package than the key (an alias).
strip_ls() {
  node -e '
    const fs = require("fs");
    const keep = (key, n) => {
      const out = {};
      if (n.version !== undefined) out.version = n.version;
      const m = /^https?:\/\/[^/]+\/((?:@[^/]+(?:\/|%2f))?[^/]+)\/-\//i.exec(n.resolved || "");
      if (m && decodeURIComponent(m[1]) !== key) out.resolved = n.resolved;
      if (n.dependencies) out.dependencies = Object.fromEntries(Object.entries(n.dependencies).map(([k, v]) => [k, keep(k, v)]));
      return out;
    };
    for (const f of process.argv.slice(1)) {
      const doc = JSON.parse(fs.readFileSync(f, "utf8"));
      fs.writeFileSync(f, JSON.stringify({ name: doc.name, ...keep(doc.name, doc) }, null, 1) + "\n");
    }' "$@"
}

# --- lock, install, record ---
# gen NAME WRITER LOCKFILE-VERSION
gen() {
  local name="$1" writer="$2" lockver="$3"
  if [ ${#ONLY[@]} -gt 0 ] && [[ " ${ONLY[*]} " != *" $name "* ]]; then return; fi
  local work="$SCRATCH/work-$name" out="$HERE/$name"
  rm -rf "$work" "$out" && mkdir -p "$work"
  "$writer" "$work"
  if [ "$lockver" = 1 ]; then
    (cd "$work" && npx -y npm@6 install --package-lock-only --ignore-scripts --no-audit >/dev/null)
    cp "$work/package-lock.json" "$SCRATCH/lock-$name.json"
    (cd "$work" && npm install --ignore-scripts --no-save >/dev/null)
    cp "$SCRATCH/lock-$name.json" "$work/package-lock.json"
  else
    (cd "$work" && npm install --ignore-scripts --lockfile-version "$lockver" >/dev/null)
  fi
  (cd "$work" && { npm ls --all --json >npm-ls.json || true; } && { npm ls --all --json --omit=dev >npm-ls-prod.json || true; })
  strip_ls "$work/npm-ls.json" "$work/npm-ls-prod.json"
  node -e 'const o={platform:process.platform,arch:process.arch,libc:process.report.getReport().header.glibcVersionRuntime?"glibc":"musl",npm:process.argv[1]};require("fs").writeFileSync(process.argv[2],JSON.stringify(o,null,2)+"\n")' \
    "$(npm --version)" "$work/npm-ls-platform.json"
  mkdir -p "$out"
  (cd "$work" && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json -o -name 'npm-ls*.json' \) -print) |
    while read -r f; do mkdir -p "$out/$(dirname "$f")" && cp "$work/$f" "$out/$f"; done
  echo "generated $name"
}

make_git_dep
make_bundling_tarball
gen workspaces-v3 write_workspaces 3
gen workspaces-v2 write_workspaces 2
gen features-v3 write_features 3
gen features-v2 write_features 2
gen legacy-v1 write_legacy 1
gen realistic-v3 write_realistic 3
