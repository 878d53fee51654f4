#!/usr/bin/env bash
# Fetches the uv.lock fixture with CUDA packages behind environment markers: a public project's
# lockfile, written by uv (lock format version 1, revision 3), pinned to a commit:
#
#   uv-torch-gpt/uv.lock   Isaac2391/GPT-From-Scratch @ ab6ad688c3861ead52b640b9d3c2f91afcb8fd66
#                          (path uv.lock; verbatim, 34,069 bytes: torch 2.12.1 as a dev-group
#                          dependency, its CUDA packages behind `sys_platform == 'linux'`, ten of
#                          them through cuda-toolkit's extras)
#
# GitHub is not reachable from the machine the fixture was made on: its text was read from a public
# code index at the commit above and written out whole (the size matches the index's count). Run
# this where GitHub is reachable to refetch it. No trimming is needed: the file is small.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/uv-torch-gpt"
curl -fsSL "https://raw.githubusercontent.com/Isaac2391/GPT-From-Scratch/ab6ad688c3861ead52b640b9d3c2f91afcb8fd66/uv.lock" \
  -o "$here/uv-torch-gpt/uv.lock"
wc -c "$here/uv-torch-gpt/uv.lock"
