#!/usr/bin/env bash
# Regenerates the Yarn fixtures with the real tools: a workspace monorepo and an app installed by
# Yarn classic (1.22), Yarn 4 and Yarn 3, with each tool's own listing saved beside the lockfile.
# Needs network (npm registry) and git. Usage: bash generate.sh   (from anywhere)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CLASSIC_VERSION="${CLASSIC_VERSION:-1.22.22}"
BERRY_VERSION="${BERRY_VERSION:-4.18.1}"
BERRY3_VERSION="${BERRY3_VERSION:-3.8.6}"
BERRY2_VERSION="${BERRY2_VERSION:-2.4.2}"
GIT_ROOT=/tmp/steward-fixture-git
WORK="$(mktemp -d /tmp/steward-yarn-XXXXXX)"
export npm_config_update_notifier=false YARN_ENABLE_TELEMETRY=0 YARN_ENABLE_GLOBAL_CACHE=true

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

# Yarn Berry refuses git+file: URLs ("Invalid URL"), so it reaches the same bare repository
# through a git daemon on 127.0.0.1, stopped when the script ends.
GIT_PORT="${GIT_PORT:-19418}"
start_git_daemon() {
  git daemon --reuseaddr --base-path="$GIT_ROOT" --export-all --listen=127.0.0.1 --port="$GIT_PORT" \
    "$GIT_ROOT" >/dev/null 2>&1 &
  GIT_DAEMON_PID=$!
  trap 'kill "$GIT_DAEMON_PID" 2>/dev/null || true' EXIT
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    git ls-remote "git://127.0.0.1:$GIT_PORT/gitdep.git" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "git daemon did not start" >&2 && return 1
}

# The monorepo: the root (git, tarball and file: deps; dev esbuild with its optional platform
# packages), workspace a (prod ms, an npm: alias, a peer, depends on b), workspace b (dev ms,
# resolve, which Berry patches with a built-in patch:).
# $1 = how a refers to the workspace b ("1.0.0" for classic, "workspace:*" for Berry); $2 = git URL;
# $3 = the directory.
write_project() {
  local bref="$1" giturl="$2" dir="$3"
  mkdir -p "$dir/packages/a" "$dir/packages/b" "$dir/local-lib"
  printf '{\n  "name": "local-lib",\n  "version": "0.1.0",\n  "license": "MIT"\n}\n' >"$dir/local-lib/package.json"
  mkdir -p "$dir/local-link" && printf '{\n  "name": "local-link",\n  "version": "0.2.0"\n}\n' >"$dir/local-link/package.json"
  # Portals (Berry only) are links whose own dependencies Yarn installs.
  local portal=""
  if [[ "$bref" == workspace:* ]]; then
    mkdir -p "$dir/local-portal"
    printf '{\n  "name": "local-portal",\n  "version": "0.3.0",\n  "dependencies": { "is-odd": "^3.0.1" }\n}\n' >"$dir/local-portal/package.json"
    portal=$',\n    "local-portal": "portal:./local-portal"'
  fi
  cat >"$dir/package.json" <<JSON
{
  "name": "fixture-root",
  "version": "1.0.0",
  "private": true,
  "workspaces": ["packages/*"],
  "dependencies": {
    "gitdep": "$giturl",
    "is-number": "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
    "local-lib": "file:./local-lib",
    "local-link": "link:./local-link"$portal
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
    "@fx/b": "$bref",
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
    "is-odd": "^3.0.1",
    "resolve": "^1.22.8"
  },
  "devDependencies": {
    "kind-of": "^6.0.3",
    "ms": "^2.1.3"
  }
}
JSON
}

# Every package directory under node_modules (nested too), as sorted "name@version" lines in JSON.
list_installed() {
  node -e '
    const fs = require("fs"), path = require("path");
    const out = new Set();
    const root = fs.realpathSync(process.argv[1]);
    const visit = (nm) => {
      if (!fs.existsSync(nm)) return;
      for (const e of fs.readdirSync(nm, { withFileTypes: true })) {
        if (e.name.startsWith(".")) continue;
        const dirs = e.name.startsWith("@")
          ? fs.readdirSync(path.join(nm, e.name), { withFileTypes: true }).map((s) => [path.join(e.name, s.name), s])
          : [[e.name, e]];
        for (const [rel, d] of dirs) {
          // Workspace members are linked, not installed; other links (link:, portal:) count.
          if (d.isSymbolicLink() && fs.realpathSync(path.join(nm, rel)).startsWith(path.join(root, "packages"))) continue;
          const pj = path.join(nm, rel, "package.json");
          if (!fs.existsSync(pj)) continue;
          const p = JSON.parse(fs.readFileSync(pj, "utf8"));
          out.add(p.name + "@" + p.version);
          visit(path.join(nm, rel, "node_modules"));
        }
      }
    };
    visit(path.join(root, "node_modules"));
    for (const w of ["packages/a", "packages/b", "local-lib"]) visit(path.join(root, w, "node_modules"));
    process.stdout.write(JSON.stringify([...out].sort(), null, 1) + "\n");
  ' "$1"
}

# A single-package app with a larger real-world graph: express and react in prod; eslint (which
# shares debug, ms and others with express at other versions), a peer plugin and typescript
# (which Berry patches) in dev.
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

# A small app for Yarn 2, which on Node 24 fails on the app above (express's registry metadata:
# "Invalid Version: 1.0.0beta") and on file: dependencies (util.isDate is gone).
write_small() {
  local dir="$1"
  mkdir -p "$dir"
  printf '{\n  "name": "fixture-small",\n  "version": "1.0.0",\n  "dependencies": { "debug": "2.6.9", "resolve": "^1.22.8" },\n  "devDependencies": { "kind-of": "^6.0.3" }\n}\n' >"$dir/package.json"
}

# A package with a user patch made by `yarn patch` / `yarn patch-commit -s` (Berry only).
write_patched() {
  local dir="$1"
  mkdir -p "$dir"
  printf '{\n  "name": "fixture-patched",\n  "version": "2.0.0",\n  "dependencies": { "debug": "2.6.9", "ms": "^2.1.3" }\n}\n' >"$dir/package.json"
}
# $@ = the yarn command. Edits ms@2.1.3 in Yarn's scratch folder, commits the patch, reinstalls.
patch_ms() {
  local scratch
  scratch="$("$@" patch ms@npm:2.1.3 --json | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s.trim().split("\n").pop()).path))')"
  echo '// patched by the fixture' >>"$scratch/index.js"
  YARN_ENABLE_IMMUTABLE_INSTALLS=false "$@" patch-commit -s "$scratch" >/dev/null
  YARN_ENABLE_IMMUTABLE_INSTALLS=false "$@" install >/dev/null
  rm -rf "$(dirname "$scratch")"
}

# The inputs a scan needs: the lockfile, .yarnrc.yml, patches and every package.json outside
# node_modules.
copy_project() {
  local from="$1" to="$2"
  rm -rf "$to" && mkdir -p "$to"
  (cd "$from" && find . \( -name package.json -o -name '*.patch' \) -not -path '*/node_modules/*' &&
    (ls yarn.lock .yarnrc.yml 2>/dev/null || true)) |
    while read -r f; do mkdir -p "$to/$(dirname "$f")" && cp "$from/$f" "$to/$f"; done
}

# $1 = fixture name, $2.. = the project writer and its arguments.
classic() {
  local name="$1" && shift
  local p="$WORK/classic-$name" yarn1=(npx -y "yarn@$CLASSIC_VERSION")
  "$@" "$p"
  (cd "$p" && "${yarn1[@]}" install --ignore-scripts --non-interactive --no-progress >/dev/null)
  local out="$HERE/classic-$name"
  copy_project "$p" "$out"
  (cd "$p" && "${yarn1[@]}" list --json --no-progress) >"$out/yarn-list.json"
  (cd "$p" && "${yarn1[@]}" list --prod --json --no-progress) >"$out/yarn-list-prod.json"
  list_installed "$p" >"$out/installed-all.json"
  # The production view as installed: a fresh --production install from the same lockfile.
  local q="$WORK/classic-$name-prod"
  copy_project "$out" "$q"
  (cd "$q" && "${yarn1[@]}" install --production --frozen-lockfile --ignore-scripts --non-interactive --no-progress >/dev/null)
  list_installed "$q" >"$out/installed-production.json"
}

# $1 = fixture name, $2 = Yarn version, $3.. = the project writer and its arguments.
berry() {
  local name="$1" version="$2" && shift 2
  local p="$WORK/$name" yarn_js
  yarn_js="$(readlink -f "$(npx -y -p "@yarnpkg/cli-dist@$version" which yarn)")"
  local yarn=(node "$yarn_js")
  "$@" "$p"
  printf 'nodeLinker: node-modules\nenableScripts: false\nenableTelemetry: false\n' >"$p/.yarnrc.yml"
  # Yarn 4 only lets approved git repositories in; Yarn 2 and 3 refuse the unknown setting.
  [[ "$version" == [23].* ]] || printf 'approvedGitRepositories:\n  - "git://127.0.0.1:%s/**"\n' "$GIT_PORT" >>"$p/.yarnrc.yml"
  # Yarn 2 sometimes fails its first fetch into an empty cache; a second run completes it.
  (cd "$p" && { YARN_ENABLE_IMMUTABLE_INSTALLS=false "${yarn[@]}" install >/dev/null ||
    YARN_ENABLE_IMMUTABLE_INSTALLS=false "${yarn[@]}" install >/dev/null; })
  [ -z "${AFTER_INSTALL:-}" ] || (cd "$p" && "$AFTER_INSTALL" "${yarn[@]}")
  local out="$HERE/$name"
  copy_project "$p" "$out"
  (cd "$p" && "${yarn[@]}" info --all --recursive --json) >"$out/yarn-info.json"
  list_installed "$p" >"$out/installed-all.json"
  # Yarn 2 and 3 have no `workspaces focus` without a plugin fetched from GitHub (unreachable).
  [[ "$version" == [23].* ]] && return 0
  # Yarn Berry cannot list prod apart from dev; a production-only focus install shows what prod is.
  (cd "$p" && "${yarn[@]}" workspaces focus --all --production >/dev/null)
  list_installed "$p" >"$out/installed-production.json"
}

make_git_dep
start_git_daemon
classic monorepo write_project "1.0.0" "git+file://$GIT_ROOT/gitdep.git#v1.0.0"
berry berry-monorepo "$BERRY_VERSION" write_project "workspace:*" "git://127.0.0.1:$GIT_PORT/gitdep.git#v1.0.0"
berry berry3-monorepo "$BERRY3_VERSION" write_project "workspace:*" "git://127.0.0.1:$GIT_PORT/gitdep.git#v1.0.0"
classic app write_app
berry berry-app "$BERRY_VERSION" write_app
berry berry3-app "$BERRY3_VERSION" write_app
berry berry2-small "$BERRY2_VERSION" write_small
AFTER_INSTALL=patch_ms berry berry-patched "$BERRY_VERSION" write_patched
rm -rf "$WORK"
echo "fixtures written under $HERE"
