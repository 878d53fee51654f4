#!/usr/bin/env bash
# Regenerates the lockfile-less Cargo fixtures and their golden files with the real cargo:
#   unlocked-workspace/  a virtual workspace without Cargo.lock ([workspace.dependencies] and
#                        [workspace.package] inheritance, globbed and excluded members, renamed,
#                        optional, target-specific, build and dev dependencies, path, git and
#                        named-registry sources); crates/excluded is its own project.
#   locked-with-fuzz/    a package locked by cargo (path dependencies only, so no registry is
#                        needed) with a path crate its lockfile covers, and a cargo-fuzz style
#                        fuzz/ crate that is a workspace of its own without a lockfile.
#   debian/              Cargo.toml files of real crates as Debian ships them (bookworm's
#                        librust-tokio-dev 1.24.2-1 and librust-clap-dev 4.0.32-1, via apt-get
#                        download), each with cargo metadata run in the unpacked crate.
# Each project root gets cargo-metadata.json: `cargo metadata --offline --no-deps
# --format-version 1`, reduced to the packages' declared dependencies, paths made relative.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=/tmp/steward-cargo-manifests
rm -rf "$tmp" && mkdir -p "$tmp"
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=f@example.com GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=f@example.com
export GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z'

metadata() { # project-dir (relative to $here) [source dir to run cargo in]
  local out="$here/$1" src="${2:-$here/$1}"
  (cd "$src" && cargo metadata --offline --no-deps --format-version 1) > "$tmp/meta.json"
  node -e '
    const [file, root] = process.argv.slice(1);
    const m = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const rel = (p) => (p ? require("path").relative(root, p) || "." : p);
    const packages = m.packages.map((p) => ({
      name: p.name, version: p.version, manifest: rel(p.manifest_path),
      dependencies: p.dependencies.map((d) => ({ name: d.name, req: d.req, kind: d.kind, optional: d.optional,
        target: d.target, rename: d.rename, source: d.source, registry: d.registry, path: rel(d.path) })),
    }));
    packages.sort((a, b) => (a.manifest < b.manifest ? -1 : 1));
    console.log(JSON.stringify(packages, null, 1));
  ' "$tmp/meta.json" "$src" > "$out/cargo-metadata.json"
}

crate() { # dir toml-body
  mkdir -p "$1/src"
  printf '%s\n' "$2" > "$1/Cargo.toml"
  : > "$1/src/lib.rs"
}

# A git dependency in a local bare repository, tagged v0.3.0.
mkdir -p "$tmp/gitdep-src/src"
printf '[package]\nname = "gitdep"\nversion = "0.3.0"\nedition = "2021"\n' > "$tmp/gitdep-src/Cargo.toml"
: > "$tmp/gitdep-src/src/lib.rs"
git -C "$tmp/gitdep-src" init -q -b main && git -C "$tmp/gitdep-src" add -A && git -C "$tmp/gitdep-src" commit -qm init
git -C "$tmp/gitdep-src" tag v0.3.0 && git clone -q --bare "$tmp/gitdep-src" "$tmp/gitdep.git"

w="$here/unlocked-workspace"
rm -rf "$w" && mkdir -p "$w/.cargo"
printf '[registries.my-registry]\nindex = "sparse+https://registry.example.com/index/"\n' > "$w/.cargo/config.toml"
cat > "$w/Cargo.toml" <<TOML
[workspace]
resolver = "2"
members = ["crates/*"]
exclude = ["crates/excluded"]

[workspace.package]
version = "0.4.0"
edition = "2021"

[workspace.dependencies]
serde = { version = "1.0.190", default-features = false }
local-util = { path = "crates/local-util" }
gitdep = { git = "file://$tmp/gitdep.git", tag = "v0.3.0" }
TOML
crate "$w/crates/app" '[package]
name = "app"
version.workspace = true
edition.workspace = true

[dependencies]
serde = { workspace = true, features = ["derive"] }
local-util.workspace = true
gitdep = { workspace = true }
regex = "1.10"
rand = { version = "0.8", optional = true }
json = { package = "serde_json", version = "1" }
internal = { version = "2", registry = "my-registry" }

[dev-dependencies]
proptest = "1"
serde = { workspace = true }

[build-dependencies]
cc = "1.0.83"

[target."cfg(unix)".dependencies]
libc = "0.2"

[target.'"'"'cfg(windows)'"'"'.dependencies.winapi]
version = "0.3"
features = ["winuser"]

[target.x86_64-pc-windows-gnu.dev-dependencies]
tempfile = "3"'
crate "$w/crates/local-util" '[package]
name = "local-util"
version = "0.2.0"
edition = "2021"

[dependencies]
log = "0.4"
rand = { version = "0.8", optional = true }'
crate "$w/crates/excluded" '[package]
name = "excluded"
version = "0.1.0"
edition = "2021"

[dependencies]
app = { path = "../app" }
anyhow = "1"'
metadata unlocked-workspace
metadata unlocked-workspace/crates/excluded
rm -rf "$w/target"

l="$here/locked-with-fuzz"
rm -rf "$l" && mkdir -p "$l"
crate "$l" '[package]
name = "parser"
version = "1.2.0"
edition = "2021"

[dependencies]
helper = { path = "helper" }'
crate "$l/helper" '[package]
name = "helper"
version = "0.1.0"
edition = "2021"'
crate "$l/fuzz" '[package]
name = "parser-fuzz"
version = "0.0.0"
publish = false
edition = "2021"

[package.metadata]
cargo-fuzz = true

[dependencies]
libfuzzer-sys = "0.4"
parser = { path = ".." }

[workspace]
members = ["."]'
(cd "$l" && cargo generate-lockfile --offline)
metadata locked-with-fuzz/fuzz
rm -rf "$l/target" "$l/fuzz/target"

d="$here/debian"
rm -rf "$d" && mkdir -p "$d" "$tmp/deb"
(cd "$tmp/deb" && apt-get download librust-tokio-dev=1.24.2-1 librust-clap-dev=4.0.32-1 2>/dev/null)
for deb in "$tmp"/deb/*.deb; do dpkg-deb -x "$deb" "$tmp/deb/x"; done
for crate in tokio-1.24.2 clap-4.0.32; do
  mkdir -p "$d/$crate"
  cp "$tmp/deb/x/usr/share/cargo/registry/$crate/Cargo.toml" "$d/$crate/Cargo.toml"
  metadata "debian/$crate" "$tmp/deb/x/usr/share/cargo/registry/$crate"
done
find "$w" "$l" "$d" -type f | sort
