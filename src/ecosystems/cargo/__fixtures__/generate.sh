#!/usr/bin/env bash
# Regenerates the Cargo fixtures made by the real cargo (no registry needed: path and git
# dependencies only, the git repository is a local bare repository made here).
#
# Fixtures copied verbatim from public projects (not made by this script):
#   ripgrep-lock/Cargo.lock         BurntSushi/ripgrep @ 020687a77d13146923333f0beb274eeabd54a270 (v4)
#   rust-advent-2017-v1/Cargo.*     RadicalZephyr/rust-advent-2017 @ 8b75c1d685cf23ad9c7a383d60b20c8f2de0853f
#                                   (v1 with the pre-2018 [root] table and [metadata] checksums)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=/tmp/steward-cargo-fixtures
rm -rf "$tmp" && mkdir -p "$tmp"
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=f@example.com GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=f@example.com
export GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z'

# A git dependency: crate `gitdep` 0.3.0 in a local bare repository.
mkdir -p "$tmp/gitdep-src/src"
printf '[package]\nname = "gitdep"\nversion = "0.3.0"\nedition = "2021"\n' > "$tmp/gitdep-src/Cargo.toml"
echo 'pub fn g() {}' > "$tmp/gitdep-src/src/lib.rs"
git -C "$tmp/gitdep-src" init -q -b main && git -C "$tmp/gitdep-src" add -A && git -C "$tmp/gitdep-src" commit -qm init
git clone -q --bare "$tmp/gitdep-src" "$tmp/gitdep.git"

crate() { # dir name version [extra toml]
  mkdir -p "$1/src"
  printf '[package]\nname = "%s"\nversion = "%s"\nedition = "2021"\n%s' "$2" "$3" "${4:-}" > "$1/Cargo.toml"
  echo '' > "$1/src/lib.rs"
}

make_workspace() { # out-dir rust-version
  local w="$here/$1"
  rm -rf "$w" && mkdir -p "$w"
  crate "$w" app 1.0.0 "rust-version = \"$2\"

[workspace]
members = [\"crates/*\"]
exclude = [\"vendor\"]

[dependencies]
core-lib = { path = \"crates/core-lib\" }
gitdep = { git = \"file://$tmp/gitdep.git\", branch = \"main\" }
old_gitdep = { package = \"gitdep\", path = \"vendor/gitdep-0.2\" }

[dev-dependencies]
test-util = { path = \"crates/test-util\" }

[build-dependencies]
build-helper = { path = \"crates/build-helper\" }
"
  crate "$w/crates/core-lib" core-lib 0.1.0 "
[dependencies]
gitdep = { git = \"file://$tmp/gitdep.git\", branch = \"main\" }

[dev-dependencies]
test-util = { path = \"../test-util\" }
"
  crate "$w/crates/test-util" test-util 0.1.0
  crate "$w/crates/build-helper" build-helper 0.2.0
  crate "$w/vendor/gitdep-0.2" gitdep 0.2.0
  (cd "$w" && cargo generate-lockfile -q && cargo metadata --offline --locked --format-version 1 > "$tmp/metadata.json")
  # Keep only the resolved graph (ids made relative to the fixture) for the golden test.
  node -e '
    const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rel = (id) => id.replace(process.argv[2], "<fixture>").replace(process.argv[3], "<git>");
    const nodes = m.resolve.nodes.map((n) => ({ id: rel(n.id), deps: n.deps.map((d) => ({ pkg: rel(d.pkg), kinds: d.dep_kinds.map((k) => k.kind ?? "normal") })) }));
    nodes.sort((a, b) => (a.id < b.id ? -1 : 1));
    console.log(JSON.stringify({ members: m.workspace_members.map(rel).sort(), nodes }, null, 1));
  ' "$tmp/metadata.json" "file://$w" "file://$tmp/gitdep.git" > "$w/cargo-metadata.json"
  rm -rf "$w/target"
}

make_workspace workspace-v4 1.85
make_workspace workspace-v3 1.70
head -3 "$here/workspace-v4/Cargo.lock" "$here/workspace-v3/Cargo.lock"
