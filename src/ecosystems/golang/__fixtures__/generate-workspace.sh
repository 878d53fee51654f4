#!/usr/bin/env bash
# Regenerates the Go workspace fixture (workspace/) with the real go command (Debian's go 1.19),
# offline: dependencies come from a file:// module proxy built here. `go work init` and
# `go work use` write go.work; `go mod tidy` in each module writes its go.sum; the replace lines
# are added with `go work edit` / `go mod edit`. The golden files are the go command's own view
# of the workspace: `go list -m all` and `go list -m -json all` (paths made relative).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=/tmp/steward-go-workspace
rm -rf "$tmp" && mkdir -p "$tmp/proxy" "$tmp/gopath" "$tmp/cache"
export GOPATH="$tmp/gopath" GOCACHE="$tmp/cache" GOPROXY="file://$tmp/proxy" GOSUMDB=off GOFLAGS=-mod=mod
export GOTOOLCHAIN=local CGO_ENABLED=0 GONOSUMDB='*' GOPRIVATE=''

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

module example.com/words v0.3.1 'package words
func Hello() string { return "hello" }'
module example.com/words v0.4.0 'package words
func Hello() string { return "hello, v4" }'
module example.com/greet v1.2.0 'package greet
import "example.com/words"
func Greet() string { return words.Hello() }' 'example.com/words v0.3.1'
module example.com/color v1.0.0 'package color
const Name = "red"'
module example.com/color v1.1.0 'package color
const Name = "blue"'
module example.com/color v1.2.0 'package color
const Name = "green"'
module example.com/extra v1.0.0 'package extra
const X = 1'
# shade's go.mod asks for color v1.2.0 without importing it: a requirement only the module graph
# (the dependencies' go.mod files, in the module cache) shows, which raises color for the workspace.
module example.com/shade v1.0.0 'package shade
const S = 1' 'example.com/color v1.2.0'

ws="$here/workspace"
rm -rf "$ws" && mkdir -p "$ws"
gomod() { # dir module-path go-source
  mkdir -p "$ws/$1"
  printf 'module %s\n\ngo 1.19\n' "$2" > "$ws/$1/go.mod"
  printf '%s\n' "$3" > "$ws/$1/$(basename "$1").go"
}
# app: the main program; needs greet (-> words) and color v1.0.0, and the workspace module lib.
gomod app example.com/ws/app 'package main

import (
	"fmt"

	"example.com/color"
	"example.com/greet"
	"example.com/ws/lib"
)

func main() { fmt.Println(greet.Greet(), color.Name, lib.Name) }'
# lib: a library in the workspace; needs color v1.1.0 (the workspace selects it for app too).
gomod lib example.com/ws/lib 'package lib

import "example.com/color"

const Name = "lib-" + color.Name'
# tools: needs words and modules only it uses.
gomod tools example.com/ws/tools 'package tools

import (
	"example.com/extra"
	"example.com/shade"
	"example.com/words"
)

var X = words.Hello() + string(rune(extra.X+shade.S))'
# A local fork of words that the workspace (and only the workspace) uses instead of v0.3.1.
mkdir -p "$ws/forks/words"
printf 'module example.com/words\n\ngo 1.19\n' > "$ws/forks/words/go.mod"
printf 'package words\n\nfunc Hello() string { return "forked" }\n' > "$ws/forks/words/words.go"
# A module in the tree that the workspace does not use.
gomod outside example.com/ws/outside 'package outside

import "example.com/words"

var X = words.Hello()'

(cd "$ws/lib" && go get example.com/color@v1.1.0 && go mod tidy)
# app's go.mod replaces lib by its directory (so it builds outside the workspace) and words
# v0.3.1 by v0.4.0; the workspace's replace below wins over the latter.
(cd "$ws/app" && go mod edit -replace example.com/ws/lib=../lib -replace example.com/words@v0.3.1=example.com/words@v0.4.0 \
  && go get example.com/color@v1.0.0 example.com/greet@v1.2.0 && go mod edit -require example.com/ws/lib@v0.0.0 && go mod tidy)
# tools was only ever built inside the workspace: its requirements are written by hand (go mod
# edit) and never tidied, so the workspace records its sums in go.work.sum, not in tools/go.sum.
(cd "$ws/tools" && go mod edit -require example.com/words@v0.3.1 -require example.com/extra@v1.0.0 -require example.com/shade@v1.0.0)
(cd "$ws/outside" && go get example.com/words@v0.4.0 && go mod tidy)
export GOFLAGS=
(cd "$ws" && go work init ./app ./lib && go work use ./tools \
  && go work edit -replace example.com/words@v0.3.1=./forks/words)
# `go work use` writes a block; put tools on a single-line `use` as people also write it.
python3 - "$ws/go.work" <<'PY'
import sys, re
p = sys.argv[1]
s = open(p).read()
s = s.replace("\t./tools\n", "")
s = s.replace(")\n", ")\n\nuse ./tools\n", 1)
open(p, "w").write(s)
PY
# The workspace needs sums no module's go.sum has (tools' modules, and color v1.2.0 that shade's
# go.mod asks for): `go mod download` in workspace mode records them in go.work.sum.
(cd "$ws" && go mod download && go build ./app ./lib ./tools && rm -f app/app)
(cd "$ws" && go list -m all > list-m-all.txt)
(cd "$ws" && go list -m -json all | sed "s#$ws/#<workspace>/#g; s#$GOPATH#<gopath>#g" > list-m-json.txt)
cat "$ws/go.work" "$ws/list-m-all.txt"; ls -la "$ws"; cat "$ws/go.work.sum" 2>/dev/null || echo "(no go.work.sum)"
