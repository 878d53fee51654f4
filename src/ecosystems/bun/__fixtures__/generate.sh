#!/usr/bin/env bash
# Regenerates the Bun fixture with the real tool: a workspace monorepo installed by `bun install`
# (text bun.lock), with `bun pm ls --all` and the installed trees (all, --production) saved beside.
# Needs network (npm registry) and git. Usage: bash generate.sh   (from anywhere)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BUN_VERSION="${BUN_VERSION:-1.4.5}"
GIT_ROOT=/tmp/steward-fixture-git-bun
WORK="$(mktemp -d /tmp/steward-bun-XXXXXX)"
export npm_config_update_notifier=false
# The npm package `bun` ships the platform binary in an optional dependency; resolve it.
bun_binary() {
  local b
  b="$(dirname "$(readlink -f "$(npx -y -p "bun@$1" which bun)")")/bun.exe"
  [ -x "$b" ] || b="$(npx -y -p "bun@$1" which bun)"
  echo "$b"
}
BUN="$(bun_binary "$BUN_VERSION")"
# Install flags; older Bun versions need others (see the end of the script).
BUN_FLAGS=(--ignore-scripts --linker=hoisted)

# A local bare git repository for the git dependency, with fixed dates so the commit is stable.
make_git_dep() {
  rm -rf "$GIT_ROOT" && mkdir -p "$GIT_ROOT/src"
  (
    cd "$GIT_ROOT/src" && git init -q -b main
    printf '{\n  "name": "gitdep",\n  "version": "1.0.0",\n  "license": "MIT",\n  "main": "index.js"\n}\n' >package.json
    echo 'module.exports = 42;' >index.js
    git add . && GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z' \
      git -c user.name=fixture -c user.email=fixture@example.invalid commit -q -m v1.0.0
    git tag v1.0.0
    git clone -q --bare . "$GIT_ROOT/gitdep.git"
  )
}

# The monorepo: the root (git, tarball and file: deps; dev esbuild with its optional platform
# packages), workspace a (prod ms, an npm: alias, a peer, depends on b), workspace b (dev ms).
write_project() {
  local dir="$1"
  mkdir -p "$dir/packages/a" "$dir/packages/b" "$dir/local-lib"
  printf '{\n  "name": "local-lib",\n  "version": "0.1.0",\n  "license": "MIT"\n}\n' >"$dir/local-lib/package.json"
  cat >"$dir/package.json" <<JSON
{
  "name": "fixture-root",
  "version": "1.0.0",
  "private": true,
  "workspaces": ["packages/*"],
  "dependencies": {
    "gitdep": "git+file://$GIT_ROOT/gitdep.git#v1.0.0",
    "is-number": "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
    "local-lib": "file:./local-lib"
  },
  "devDependencies": {
    "esbuild": "0.24.0"
  }
}
JSON
  cat >"$dir/packages/a/package.json" <<JSON
{
  "name": "@fx/a",
  "version": "1.0.0",
  "dependencies": {
    "@fx/b": "workspace:*",
    "ajv": "^8.17.1",
    "ajv-keywords": "^5.1.0",
    "ms": "^2.1.3",
    "my-ms": "npm:ms@2.0.0"
  }
}
JSON
  cat >"$dir/packages/b/package.json" <<JSON
{
  "name": "@fx/b",
  "version": "1.0.0",
  "dependencies": {
    "is-odd": "^3.0.1"
  },
  "devDependencies": {
    "kind-of": "^6.0.3",
    "ms": "^2.1.3"
  },
  "optionalDependencies": {
    "fsevents": "^2.3.3"
  }
}
JSON
}

# Every package directory under node_modules (nested too), as sorted "name@version" lines in JSON.
list_installed() {
  node -e '
    const fs = require("fs"), path = require("path");
    const out = new Set();
    const visit = (nm) => {
      if (!fs.existsSync(nm)) return;
      for (const e of fs.readdirSync(nm, { withFileTypes: true })) {
        if (e.name.startsWith(".")) continue;
        const dirs = e.name.startsWith("@")
          ? fs.readdirSync(path.join(nm, e.name), { withFileTypes: true }).map((s) => [path.join(e.name, s.name), s])
          : [[e.name, e]];
        for (const [rel, d] of dirs) {
          if (d.isSymbolicLink()) continue; // workspace links
          const pj = path.join(nm, rel, "package.json");
          if (!fs.existsSync(pj)) continue;
          const p = JSON.parse(fs.readFileSync(pj, "utf8"));
          out.add(p.name + "@" + p.version);
          visit(path.join(nm, rel, "node_modules"));
        }
      }
    };
    const root = process.argv[1];
    visit(path.join(root, "node_modules"));
    for (const w of ["packages/a", "packages/b", "local-lib"]) visit(path.join(root, w, "node_modules"));
    process.stdout.write(JSON.stringify([...out].sort(), null, 1) + "\n");
  ' "$1"
}

# A single-package app with a larger real-world graph: express and react in prod; eslint (which
# shares debug, ms and others with express at other versions), a peer plugin and typescript in dev.
write_app() {
  local dir="$1"
  mkdir -p "$dir"
  cat >"$dir/package.json" <<JSON
{
  "name": "fixture-app",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "chalk": "^4.1.2",
    "express": "^4.21.0",
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  },
  "devDependencies": {
    "@types/node": "^20.0.0",
    "eslint": "^8.57.0",
    "eslint-config-prettier": "^9.1.0",
    "typescript": "^5.6.0"
  }
}
JSON
}

# Workspaces needing another version than the root's: bun keys those `<workspace>/<dep>`.
write_conflict() {
  local dir="$1"
  mkdir -p "$dir/packages/a"
  printf '{\n  "name": "fixture-conflict",\n  "workspaces": ["packages/*"],\n  "dependencies": { "ms": "^2.1.3" }\n}\n' >"$dir/package.json"
  printf '{\n  "name": "@fx/a",\n  "version": "1.0.0",\n  "dependencies": { "debug": "2.6.9", "ms": "^1.0.0" }\n}\n' >"$dir/packages/a/package.json"
}

# A dependency patched with `bun patch` (recorded under patchedDependencies).
write_patched() {
  local dir="$1"
  mkdir -p "$dir"
  printf '{\n  "name": "fixture-patched",\n  "version": "2.0.0",\n  "dependencies": { "debug": "2.6.9", "ms": "2.1.3" }\n}\n' >"$dir/package.json"
}
patch_ms() {
  "$BUN" patch ms@2.1.3 >/dev/null
  echo '// patched by the fixture' >>node_modules/ms/index.js
  "$BUN" patch --commit node_modules/ms >/dev/null
}

# The inputs a scan needs: the lockfile, patches and every package.json outside node_modules.
copy_project() {
  local from="$1" to="$2"
  rm -rf "$to" && mkdir -p "$to"
  (cd "$from" && find . \( -name package.json -o -name '*.patch' \) -not -path '*/node_modules/*' && echo bun.lock) |
    while read -r f; do mkdir -p "$to/$(dirname "$f")" && cp "$from/$f" "$to/$f"; done
}

# $1 = fixture name, $2 = the project writer, $3 = an optional step after the first install.
generate() {
  local name="$1" writer="$2" after="${3:-}"
  local p="$WORK/$name"
  "$writer" "$p"
  (cd "$p" && "$BUN" install "${BUN_FLAGS[@]}" >/dev/null)
  [ -z "$after" ] || (cd "$p" && "$after")
  local out="$HERE/bun-$name"
  copy_project "$p" "$out"
  (cd "$p" && "$BUN" pm ls --all) | sed "1s|^$p|<fixture>|" >"$out/bun-pm-ls-all.txt"
  list_installed "$p" >"$out/installed-all.json"
  local q="$WORK/$name-prod"
  copy_project "$out" "$q"
  (cd "$q" && "$BUN" install --production --frozen-lockfile "${BUN_FLAGS[@]}" >/dev/null)
  list_installed "$q" >"$out/installed-production.json"
}

make_git_dep
generate monorepo write_project
generate app write_app
generate conflict write_conflict
generate patched write_patched patch_ms
# Older text lockfiles: Bun 1.2 writes lockfileVersion 1; Bun 1.1 writes version 0, and only when
# asked to (its default is the binary bun.lockb). Neither knows --linker (hoisted is their only way).
BUN="$(bun_binary 1.2.23)"
BUN_FLAGS=(--ignore-scripts)
generate 1.2-monorepo write_project
BUN="$(bun_binary 1.1.45)"
BUN_FLAGS=(--ignore-scripts --save-text-lockfile)
generate 1.1-monorepo write_project
rm -rf "$WORK"
echo "fixtures written under $HERE"
