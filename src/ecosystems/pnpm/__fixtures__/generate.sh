#!/usr/bin/env bash
# Regenerates the pnpm fixtures with the real pnpm: builds each project in a temp directory, runs
# `pnpm install --ignore-scripts`, and keeps only the package.json files, pnpm-workspace.yaml, the
# lockfile and `pnpm list` outputs (full, --prod, --dev; recursive). Needs network (npm registry).
# Usage: bash generate.sh [fixture-name...]   (default: all)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export PATH="$here/../../../../.tools/node_modules/.bin:$PATH"
work="$(mktemp -d /tmp/steward-pnpm-fixtures.XXXXXX)"
store="/tmp/steward-pnpm-store"
trap 'rm -rf "$work"' EXIT

# A local bare git repository for the git dependency (pnpm is given git+file://).
gitrepo="/tmp/steward-pnpm-git/greet.git"
make_git_repo() {
  rm -rf /tmp/steward-pnpm-git && mkdir -p /tmp/steward-pnpm-git/src
  (
    cd /tmp/steward-pnpm-git/src
    git init -q -b main .
    printf '{\n  "name": "greet",\n  "version": "1.2.0",\n  "main": "index.js",\n  "dependencies": { "is-number": "^7.0.0" }\n}\n' >package.json
    echo 'module.exports = () => "hi";' >index.js
    git add . && GIT_COMMITTER_DATE=2024-01-01T00:00:00Z git -c user.name=fixture -c user.email=fixture@example.invalid \
      -c commit.gpgsign=false commit -q --date=2024-01-01T00:00:00Z -m init
    git clone -q --bare . "$gitrepo"
  )
}

pkg() { mkdir -p "$(dirname "$1")" && cat >"$1"; }

# The monorepo: workspace: links, a catalog (v9), peers at two react versions, an alias, esbuild's
# optional platform packages, file:/link: folders, a tarball URL, a git repo and a patched package.
# $1 = lockfile generation: 6 (pnpm 8: no catalogs) or 9; $2 = where pnpm reads patchedDependencies:
# package.json (pnpm 8 and 9) or pnpm-workspace.yaml (pnpm 10 and later).
write_monorepo() {
  local gen="$1" patches_in="$2" d="$3"
  local picocolors='"catalog:"' react17='"catalog:react17"'
  if [ "$gen" = 6 ]; then picocolors='"^1.0.0"'; react17='"17.0.2"'; fi
  local pnpmfield='' greet=''
  # pnpm 8 cannot write a v6 lockfile for a git+file:// dependency ("… is an invalid relative
  # dependency path"), so the v6 fixture has no git dependency.
  if [ "$gen" = 9 ]; then greet='"greet": "git+file://'"$gitrepo"'",'; fi
  if [ "$patches_in" = package.json ]; then
    pnpmfield=', "pnpm": { "patchedDependencies": { "ms@2.1.3": "patches/ms@2.1.3.patch" } }'
  fi
  pkg "$d/package.json" <<JSON
{
  "name": "mono-root",
  "version": "0.0.0",
  "private": true,
  "dependencies": {
    "esbuild": "0.19.12",
    "string-width-cjs": "npm:string-width@^4.2.0",
    "is-number": "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
    $greet
    "local-pkg": "file:./vendor/local-pkg",
    "linked-dir": "link:./vendor/linked-dir"
  },
  "devDependencies": {
    "@mono/lib": "workspace:*",
    "typescript": "5.4.5"
  },
  "optionalDependencies": {
    "fsevents": "2.3.3"
  }$pnpmfield
}
JSON
  pkg "$d/packages/lib/package.json" <<JSON
{
  "name": "@mono/lib",
  "version": "1.0.0",
  "dependencies": { "ms": "2.1.3", "picocolors": $picocolors },
  "peerDependencies": { "react": ">=17" },
  "devDependencies": { "react": "18.2.0", "is-odd": "3.0.1" }
}
JSON
  pkg "$d/packages/app/package.json" <<JSON
{
  "name": "@mono/app",
  "version": "1.0.0",
  "dependencies": {
    "@mono/lib": "workspace:^",
    "react": "18.2.0",
    "react-dom": "18.2.0",
    "use-sync-external-store": "1.2.0",
    "picocolors": $picocolors
  },
  "devDependencies": { "ms": "2.1.3", "@mono/ui": "workspace:*" }
}
JSON
  pkg "$d/packages/legacy/package.json" <<JSON
{
  "name": "@mono/legacy",
  "version": "1.0.0",
  "dependencies": {
    "react": $react17,
    "react-dom": "17.0.2",
    "use-sync-external-store": "1.2.0",
    "@mono/lib": "workspace:*"
  }
}
JSON
  pkg "$d/packages/ui/package.json" <<JSON
{
  "name": "@mono/ui",
  "version": "1.0.0",
  "dependencies": { "is-odd": "3.0.1" },
  "devDependencies": { "@types/react": "18.2.0" }
}
JSON
  pkg "$d/vendor/local-pkg/package.json" <<'JSON'
{ "name": "local-pkg", "version": "0.3.0", "dependencies": { "is-even": "1.0.0" } }
JSON
  pkg "$d/vendor/linked-dir/package.json" <<'JSON'
{ "name": "linked-dir", "version": "0.1.0" }
JSON
  mkdir -p "$d/patches"
  cat >"$d/patches/ms@2.1.3.patch" <<'PATCH'
diff --git a/patched.txt b/patched.txt
new file mode 100644
index 0000000..1111111
--- /dev/null
+++ b/patched.txt
@@ -0,0 +1 @@
+patched for a steward fixture
PATCH
  {
    echo 'packages:'
    echo '  - packages/*'
    if [ "$gen" = 9 ]; then
      echo 'catalog:'
      echo '  picocolors: ^1.0.0'
      echo 'catalogs:'
      echo '  react17:'
      echo '    react: 17.0.2'
    fi
    if [ "$patches_in" = pnpm-workspace.yaml ]; then
      echo 'patchedDependencies:'
      echo '  ms@2.1.3: patches/ms@2.1.3.patch'
    fi
  } >"$d/pnpm-workspace.yaml"
}

# A single-package project (no workspace file): prod, dev and optional deps with shared subtrees.
write_single() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{
  "name": "single",
  "version": "1.0.0",
  "dependencies": { "debug": "4.3.4", "chalk": "4.1.2" },
  "devDependencies": { "supports-color": "7.2.0", "is-odd": "3.0.1" },
  "optionalDependencies": { "is-even": "1.0.0" }
}
JSON
}

# Peers that only a devDependency provides: react-dom (peer react) and debug (optional peer
# supports-color) are prod dependencies, react and supports-color dev ones, as in many libraries.
write_peer_from_dev() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{
  "name": "peer-from-dev",
  "version": "1.0.0",
  "peerDependencies": { "react": "^18.0.0" },
  "dependencies": { "react-dom": "18.2.0", "debug": "4.3.4" },
  "devDependencies": { "react": "18.2.0", "supports-color": "7.2.0" }
}
JSON
}

# pnpm 11 and later write config dependencies into a first YAML document of the lockfile ("env
# lockfile"); the project's own lockfile is the second document.
write_config_deps() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{ "name": "config-deps", "version": "1.0.0", "dependencies": { "is-odd": "3.0.1" } }
JSON
  printf 'configDependencies:\n  is-number: 7.0.0\n' >"$d/pnpm-workspace.yaml"
}

# A web app and a tools package with real, peer-heavy toolchains (next, testing-library, vitest,
# babel, eslint with typescript-eslint, jest): hundreds of packages, many peer variants.
write_webapp() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{ "name": "webapp", "version": "0.0.0", "private": true, "devDependencies": { "typescript": "5.4.5", "prettier": "3.2.5" } }
JSON
  printf 'packages:\n  - packages/*\n' >"$d/pnpm-workspace.yaml"
  pkg "$d/packages/web/package.json" <<'JSON'
{
  "name": "web",
  "version": "1.0.0",
  "dependencies": { "next": "14.1.4", "react": "18.2.0", "react-dom": "18.2.0", "swr": "2.2.5", "tools": "workspace:*" },
  "devDependencies": { "@testing-library/react": "14.2.2", "vitest": "1.4.0", "@vitejs/plugin-react": "4.2.1", "jsdom": "24.0.0" }
}
JSON
  pkg "$d/packages/tools/package.json" <<'JSON'
{
  "name": "tools",
  "version": "1.0.0",
  "dependencies": { "@babel/core": "7.24.3", "@babel/preset-env": "7.24.3", "debug": "4.3.4", "ws": "8.16.0" },
  "devDependencies": {
    "eslint": "8.57.0",
    "@typescript-eslint/eslint-plugin": "7.4.0",
    "@typescript-eslint/parser": "7.4.0",
    "jest": "29.7.0",
    "babel-jest": "29.7.0",
    "typescript": "5.4.5"
  }
}
JSON
}

# overrides rewrite an importer's specifier in the lockfile and excludeLinksFromLockfile leaves a
# link: dependency out: the lockfile is still consistent with package.json.
write_overrides() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{ "name": "overrides", "version": "1.0.0", "dependencies": { "is-odd": "^3.0.0", "x": "link:./x" } }
JSON
  pkg "$d/x/package.json" <<'JSON'
{ "name": "x", "version": "1.0.0" }
JSON
  printf 'overrides:\n  is-odd: 3.0.0\nexcludeLinksFromLockfile: true\n' >"$d/pnpm-workspace.yaml"
}

# An injected workspace dependency (dependenciesMeta.injected): app gets a copy of lib, keyed
# `lib@file:packages/lib(react@18.2.0)`, with lib's peer resolved from app.
write_injected() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{ "name": "injected-root", "private": true }
JSON
  printf 'packages:\n  - packages/*\n' >"$d/pnpm-workspace.yaml"
  pkg "$d/packages/app/package.json" <<'JSON'
{
  "name": "app",
  "version": "1.0.0",
  "dependencies": { "lib": "workspace:*", "react": "18.2.0" },
  "dependenciesMeta": { "lib": { "injected": true } }
}
JSON
  pkg "$d/packages/lib/package.json" <<'JSON'
{
  "name": "lib",
  "version": "2.0.0",
  "dependencies": { "is-odd": "3.0.1" },
  "peerDependencies": { "react": "*" },
  "devDependencies": { "react": "17.0.2", "ms": "2.1.3" }
}
JSON
}

# The same optional peer, found in a devDependency's subtree instead of being the importer's own
# devDependency: pnpm 12 then lists it as prod under debug.
write_peer_from_dev_subtree() {
  local d="$1"
  pkg "$d/package.json" <<'JSON'
{ "name": "peer-from-dev-subtree", "version": "1.0.0", "dependencies": { "debug": "4.3.4" }, "devDependencies": { "chalk": "4.1.2" } }
JSON
}

# Runs pnpm in a temp copy and keeps the outputs. $1 name, $2 pnpm version, $3 writer + args.
generate() {
  local name="$1" pnpm="$2"
  shift 2
  local d="$work/$name"
  rm -rf "$d" && mkdir -p "$d"
  "$@" "$d"
  # Pin the package manager as corepack users do; Steward reads it for version-specific behaviour.
  local version
  version="$(npx -y "pnpm@$pnpm" --version)"
  node -e '
    const fs = require("fs");
    const p = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    p.packageManager = "pnpm@" + process.argv[2];
    fs.writeFileSync(process.argv[1], JSON.stringify(p, null, 2) + "\n");
  ' "$d/package.json" "$version"
  (
    cd "$d"
    timeout 300 npx -y "pnpm@$pnpm" install --ignore-scripts --store-dir "$store" --reporter=silent
    # pnpm 11+ may print "Installing config dependencies..." before the JSON: keep the JSON only.
    list() { npx -y "pnpm@$pnpm" list -r --depth Infinity --json "$@" | sed -n '/^\[/,$p'; }
    list >list.json
    list --prod >list-prod.json
    list --dev >list-dev.json
    npx -y "pnpm@$pnpm" --version >pnpm-version.txt
  )
  local out="$here/$name"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$d" && find . -path ./node_modules -prune -o -path '*/node_modules' -prune -o \
    \( -name package.json -o -name pnpm-workspace.yaml -o -name pnpm-lock.yaml -o -name 'list*.json' \
    -o -name pnpm-version.txt \) -print) | while read -r f; do
    mkdir -p "$out/$(dirname "$f")" && cp "$d/$f" "$out/$f"
  done
  # Absolute temp paths become <root> so the files are stable; fields the tests do not read
  # (resolved URLs, dedupe counts) are dropped and the JSON is written compactly to keep it small.
  sed -i "s#$d#<root>#g" "$out"/list*.json
  for f in "$out"/list*.json; do
    node -e '
      const fs = require("fs");
      const drop = (o) => { for (const k of ["resolved", "dedupedDependenciesCount"]) delete o[k]; return o; };
      const walk = (deps) => { for (const v of Object.values(deps || {})) { drop(v); walk(v.dependencies); } };
      const list = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      for (const imp of list) for (const f of ["dependencies", "devDependencies", "optionalDependencies", "unsavedDependencies"]) walk(imp[f]);
      fs.writeFileSync(process.argv[1], "[\n" + list.map((i) => JSON.stringify(i)).join(",\n") + "\n]\n");
    ' "$f"
  done
}

make_git_repo
all=(monorepo-pnpm8 monorepo-pnpm9 monorepo-pnpm10 monorepo-pnpm12 single-pnpm11 single-pnpm8 peer-from-dev-pnpm10 peer-from-dev-pnpm12 peer-from-dev-subtree-pnpm12 config-deps-pnpm12 webapp-pnpm10 overrides-pnpm10 injected-pnpm10)
sel=("${@:-${all[@]}}")
for name in "${sel[@]}"; do
  case "$name" in
    monorepo-pnpm8) generate "$name" 8 write_monorepo 6 package.json ;;
    monorepo-pnpm9) generate "$name" 9 write_monorepo 9 package.json ;;
    monorepo-pnpm10) generate "$name" 10 write_monorepo 9 pnpm-workspace.yaml ;;
    monorepo-pnpm12) generate "$name" 12 write_monorepo 9 pnpm-workspace.yaml ;;
    single-pnpm11) generate "$name" 11 write_single ;;
    single-pnpm8) generate "$name" 8 write_single ;;
    peer-from-dev-pnpm10) generate "$name" 10 write_peer_from_dev ;;
    peer-from-dev-pnpm12) generate "$name" 12 write_peer_from_dev ;;
    peer-from-dev-subtree-pnpm12) generate "$name" 12 write_peer_from_dev_subtree ;;
    config-deps-pnpm12) generate "$name" 12 write_config_deps ;;
    webapp-pnpm10) generate "$name" 10 write_webapp ;;
    overrides-pnpm10) generate "$name" 10 write_overrides ;;
    injected-pnpm10) generate "$name" 10 write_injected ;;
    *) echo "unknown fixture $name" >&2 && exit 1 ;;
  esac
  echo "generated $name"
done
