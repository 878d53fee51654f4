#!/usr/bin/env bash
# Regenerates the Go fixtures with the real go command (Debian's go 1.19), offline: the
# dependencies are served by a file:// module proxy that this script builds, so go.sum holds the
# hashes go itself computed. Outputs: app/ (go.mod, go.sum, vendor/modules.txt, main.go),
# bin/app (the compiled executable, stripped) and go-version-m.txt (`go version -m` on it).
#
# Copied unchanged from a public project, not made here: public/raylib/go.mod is raylib/go.mod of
# igadmg/raylib-go (the stored version with `toolchain go1.22.4`; the index did not name its commit).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=/tmp/steward-go-fixtures
rm -rf "$tmp" && mkdir -p "$tmp/proxy" "$tmp/gopath" "$tmp/cache"
export GOPATH="$tmp/gopath" GOCACHE="$tmp/cache" GOPROXY="file://$tmp/proxy" GOSUMDB=off GOFLAGS=-mod=mod
export GOTOOLCHAIN=local CGO_ENABLED=0

module() { # path version go-source [requires...]
  local path=$1 version=$2 src=$3; shift 3
  local d="$tmp/src/$path@$version"
  mkdir -p "$d"
  { echo "module $path"; echo; echo "go 1.18"; for r in "$@"; do echo "require $r"; done; } > "$d/go.mod"
  echo "$src" > "$d/lib.go"
  local p="$tmp/proxy/$path/@v"
  mkdir -p "$p"
  cp "$d/go.mod" "$p/$version.mod"
  echo "{\"Version\":\"$version\",\"Time\":\"2024-01-01T00:00:00Z\"}" > "$p/$version.info"
  echo "$version" >> "$p/list"
  (cd "$tmp/src" && python3 -c '
import sys, zipfile, os
root, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w") as z:
    for f in sorted(os.listdir(root)):
        z.write(os.path.join(root, f), root + "/" + f)
' "$path@$version" "$p/$version.zip")
}

module example.com/words v0.2.0 'package words
func Hello() string { return "hello" }'
module example.com/words v0.3.1 'package words
func Hello() string { return "hello!" }'
module example.com/words v0.4.0 'package words
func Hello() string { return "hello, fork" }'
module example.com/greet v1.2.0 'package greet
import "example.com/words"
func Greet() string { return words.Hello() }' 'example.com/words v0.3.1'

app="$here/app"
rm -rf "$app" && mkdir -p "$app/localmod"
cat > "$app/main.go" <<'GO'
package main

import (
	"fmt"

	"example.com/greet"
	"example.com/localmod"
)

func main() { fmt.Println(greet.Greet(), localmod.Name) }
GO
printf 'module example.com/localmod\n\ngo 1.18\n' > "$app/localmod/go.mod"
printf 'package localmod\n\nconst Name = "local"\n' > "$app/localmod/localmod.go"
cat > "$app/go.mod" <<'MOD'
module example.com/app

go 1.19

require (
	example.com/greet v1.2.0
	example.com/localmod v0.0.0
)

exclude example.com/words v0.2.0

replace example.com/localmod => ./localmod

replace example.com/words v0.3.1 => example.com/words v0.4.0

retract v0.9.0 // published by mistake
MOD
(cd "$app" && go mod tidy && go mod vendor && go build -buildvcs=false -mod=vendor -trimpath -ldflags='-s -w' -o "$tmp/app" .)
mkdir -p "$here/bin" && cp "$tmp/app" "$here/bin/app"
(cd "$here" && go version -m bin/app > go-version-m.txt)
cat "$app/go.mod" "$app/go.sum" "$app/vendor/modules.txt" "$here/go-version-m.txt"
ls -la "$here/bin"
