#!/usr/bin/env bash
# Regenerates the fixtures of the scan's license detection with the real tools, then strips every
# installed package to its manifest and license files so the fixtures stay small.
#   npm-project/  a project whose package.json says MIT but whose LICENSE is the Apache-2.0 text,
#     with packages the real npm installed from local tarballs made by `npm pack`:
#       says-mit@1.0.0    declares MIT, ships the Apache-2.0 text        (a mismatch)
#       undeclared@1.0.0  no license field, ships the ISC text           (detected only)
#       either@1.0.0      declares (MIT OR Apache-2.0), ships LICENSE-MIT (agrees)
#     and, from the npm registry, ms@2.1.3 hoisted and debug@2.6.9 with ms@2.0.0 nested under it.
#   pnpm-project/ the same project installed by pnpm 9 (its .pnpm store, symbolic links kept); its
#     lockfile records no licenses, so the installed package.json files are the declared side.
#   python-venv/  a virtual environment made by `python3 -m venv` holding the .dist-info folders of
#     attrs, six and blinker copied from the local Python installation (License-Expression,
#     License, none), and the requirements.txt that `pip freeze` writes for them.
#   go-vendor/    `go mod vendor` of a module (app/) that requires a local module (licensed/, the
#     BSD-3-Clause text, no declared license) through a replace directive: vendor/ keeps its LICENSE.
#   composer-project/  `composer install` from a path repository of fixture/gpl-inside, whose
#     composer.json says MIT and whose LICENSE is the GPL-2.0 text (a mismatch); vendor/ is
#     stripped to the package's composer.json and LICENSE.
# License texts come from the spdx-license-list package. Needs Node, npm, Python 3 with attrs, six
# and blinker installed, Go and Composer (both offline), and the npm registry. Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export npm_config_omit_lockfile_registry_resolved=false

license_text() { # id, holder -> the SPDX text with a copyright line
  node -e 'const t = require(process.argv[1] + "/node_modules/spdx-license-list/full")[process.argv[2]].licenseText;
    process.stdout.write(`Copyright (c) 2024 ${process.argv[3]}\n\n${t}\n`)' "$repo" "$1" "$2"
}

make_package() { # name, license field or "", license file name, SPDX id of its text
  local dir="$work/src/$1"
  mkdir -p "$dir"
  if [ -n "$2" ]; then
    printf '{ "name": "%s", "version": "1.0.0", "license": "%s", "main": "index.js" }\n' "$1" "$2" >"$dir/package.json"
  else
    printf '{ "name": "%s", "version": "1.0.0", "main": "index.js" }\n' "$1" >"$dir/package.json"
  fi
  echo "module.exports = '$1';" >"$dir/index.js"
  license_text "$4" "The $1 authors" >"$dir/$3"
  (cd "$work/tarballs" && npm pack "$dir" --silent >/dev/null)
}

mkdir -p "$work/tarballs"
make_package says-mit MIT LICENSE Apache-2.0
make_package undeclared "" LICENSE ISC
make_package either "(MIT OR Apache-2.0)" LICENSE-MIT MIT

project="$work/npm-project"
mkdir -p "$project"
cp -r "$work/tarballs" "$project/tarballs"
cat >"$project/package.json" <<'JSON'
{
  "name": "license-scan-fixture",
  "version": "1.0.0",
  "private": true,
  "license": "MIT"
}
JSON
license_text Apache-2.0 "The fixture authors" >"$project/LICENSE"
(
  cd "$project"
  npm install --no-audit --no-fund --silent \
    ./tarballs/says-mit-1.0.0.tgz ./tarballs/undeclared-1.0.0.tgz ./tarballs/either-1.0.0.tgz \
    ms@2.1.3 debug@2.6.9
)
# Strip installed packages to package.json and license files; drop npm's hidden lockfile.
find "$project/node_modules" -type f ! -name package.json ! -iname 'licen[cs]e*' -delete
rm -f "$project/node_modules/.package-lock.json"
find "$project/node_modules" -type d -empty -delete

pnpm_project="$work/pnpm-project"
mkdir -p "$pnpm_project"
cp -r "$work/tarballs" "$pnpm_project/tarballs"
cp "$project/LICENSE" "$pnpm_project/LICENSE"
sed 's/"license-scan-fixture"/"license-scan-pnpm-fixture"/' "$project/package.json" >"$pnpm_project/package.json"
(cd "$pnpm_project" && npx -y pnpm@9 install --silent --config.confirmModulesPurge=false)
find "$pnpm_project/node_modules" -type f ! -name package.json ! -iname 'licen[cs]e*' -delete
rm -rf "$pnpm_project/node_modules/.pnpm/lock.yaml" "$pnpm_project/node_modules/.modules.yaml" \
  "$pnpm_project/node_modules/.pnpm/node_modules/.bin"
find "$pnpm_project/node_modules" -type d -empty -delete

venv="$work/python-venv"
mkdir -p "$venv"
python3 -m venv --without-pip "$venv/.venv"
site="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
pyver="$(python3 -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")')"
target="$venv/.venv/lib/$pyver/site-packages"
for pkg in attrs six blinker; do
  info="$(python3 -c "import importlib.metadata as m, sys; d = m.distribution(sys.argv[1]); print(d._path)" "$pkg")"
  cp -r "$info" "$target/"
done
python3 - "$target" >"$venv/requirements.txt" <<'PY'
# What `pip freeze` prints for these distributions (the venv has no pip of its own).
import importlib.metadata as m, sys
for d in sorted(m.distributions(path=[sys.argv[1]]), key=lambda d: d.metadata["Name"].lower()):
    print(f'{d.metadata["Name"]}=={d.version}')
PY
rm -rf "$venv/.venv/bin" "$venv/.venv/include" "$venv/.venv/lib64"
find "$target" -type f \( -name RECORD -o -name INSTALLER -o -name WHEEL -o -name top_level.txt -o -name REQUESTED \) -delete
# pyvenv.cfg names the machine's interpreter and this temporary directory: keep only what marks a venv.
grep -E '^(include-system-site-packages|version) ' "$venv/.venv/pyvenv.cfg" >"$venv/.venv/pyvenv.cfg.new"
mv "$venv/.venv/pyvenv.cfg.new" "$venv/.venv/pyvenv.cfg"

go="$work/go-vendor"
mkdir -p "$go/app" "$go/licensed"
printf 'module example.com/licensed\n\ngo 1.19\n' >"$go/licensed/go.mod"
printf 'package licensed\n\n// Hello greets.\nfunc Hello() string { return "hello" }\n' >"$go/licensed/licensed.go"
license_text BSD-3-Clause "The licensed authors" >"$go/licensed/LICENSE"
printf 'module example.com/app\n\ngo 1.19\n\nrequire example.com/licensed v1.0.0\n\nreplace example.com/licensed => ../licensed\n' >"$go/app/go.mod"
printf 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/licensed"\n)\n\nfunc main() { fmt.Println(licensed.Hello()) }\n' >"$go/app/main.go"
(cd "$go/app" && GOFLAGS=-mod=mod GOPROXY=off go mod vendor)

composer="$work/composer-project"
mkdir -p "$composer/project" "$composer/packages/gpl-inside/src"
cat >"$composer/packages/gpl-inside/composer.json" <<'JSON'
{
  "name": "fixture/gpl-inside",
  "version": "1.0.0",
  "description": "Declares MIT, ships the GPL-2.0 text",
  "license": "MIT",
  "autoload": { "psr-4": { "Fixture\\GplInside\\": "src/" } }
}
JSON
printf '<?php\nnamespace Fixture\\GplInside;\nfinal class Hello {}\n' >"$composer/packages/gpl-inside/src/Hello.php"
node -e 'process.stdout.write(require(process.argv[1] + "/node_modules/spdx-license-list/full")["GPL-2.0-only"].licenseText)' \
  "$repo" >"$composer/packages/gpl-inside/LICENSE"
cat >"$composer/project/composer.json" <<'JSON'
{
  "name": "fixture/license-scan",
  "license": "MIT",
  "repositories": [
    { "type": "path", "url": "../packages/*", "options": { "symlink": false } },
    { "packagist.org": false }
  ],
  "require": { "fixture/gpl-inside": "1.0.0" }
}
JSON
(cd "$composer/project" && composer install --no-interaction --no-progress --quiet)
rm -rf "$composer/project/vendor/composer" "$composer/project/vendor/autoload.php" \
  "$composer/project/vendor/fixture/gpl-inside/src" "$composer/packages"

rm -rf "$here/npm-project" "$here/pnpm-project" "$here/python-venv" "$here/go-vendor" "$here/composer-project"
cp -r "$project" "$here/npm-project"
cp -r "$pnpm_project" "$here/pnpm-project"
rm -rf "$here/pnpm-project/tarballs"
cp -r "$venv" "$here/python-venv"
cp -r "$go" "$here/go-vendor"
cp -r "$composer/project" "$here/composer-project"
rm -rf "$here/npm-project/tarballs"
echo "fixtures written to $here"
