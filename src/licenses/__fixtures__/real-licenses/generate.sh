#!/usr/bin/env bash
# Real license files that Steward once misread, taken from the published npm packages (needs the
# npm registry). Each is saved as <name>@<version>.<file> (scope slash as "+"); the tests say what
# each must be detected as. Packages already in node_modules are read there by the tests instead.
set -euo pipefail
cd "$(dirname "$0")"
rm -f ./*@*
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r spec file; do
  rm -rf "$tmp/x" && mkdir -p "$tmp/x"
  tgz=$(npm pack --silent --ignore-scripts --pack-destination "$tmp" "$spec" | tail -1)
  tar -xzf "$tmp/$tgz" -C "$tmp/x" "package/$file"
  cp "$tmp/x/package/$file" "./${spec/\//+}.$file"
  rm -f "$tmp/$tgz"
done <<'LIST'
abbrev@1.1.1 LICENSE
normalize-package-data@2.5.0 LICENSE
terser@5.51.2 LICENSE
@apollo/protobufjs@1.2.6 LICENSE
@aws/lambda-invoke-store@0.3.0 LICENSE
opener@1.5.2 LICENSE.txt
crypto-addr-codec@0.1.8 LICENSE
marked@13.0.3 LICENSE.md
LIST
