#!/usr/bin/env bash
# Regenerates the lockfile-only projects for the arch analyzer tests with the real npm:
#   current/  esbuild and rollup versions that publish linux-loong64 packages
#   old/      versions from before loong64 packages existed (esbuild 0.14.10, rollup 4.20.0)
#   native/   a node-gyp addon (bufferutil via node-gyp-build) and a prebuild-install user (better-sqlite3)
# Only package.json and package-lock.json are kept; binaries come from the sparse images in
# src/arch/binary/__fixtures__.
set -euo pipefail
cd "$(dirname "$0")"
export npm_config_omit_lockfile_registry_resolved=false
make() {
  local dir=$1; shift
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && printf '{ "name": "%s-app", "version": "1.0.0", "private": true }\n' "$dir" > package.json &&
    npm install --package-lock-only --ignore-scripts --no-audit --no-fund --save-exact "$@" >/dev/null)
}
make current esbuild@0.28.2 rollup@4.67.4
make old esbuild@0.14.10 rollup@4.20.0
make native bufferutil@4.0.9 better-sqlite3@11.10.0
