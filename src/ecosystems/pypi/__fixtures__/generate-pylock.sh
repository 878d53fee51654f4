#!/usr/bin/env bash
# Fetches the pylock.toml (PEP 751) fixtures: no pylock writer installs here (PyPI is not
# reachable and Debian's pip is older than `pip lock`), so they are public projects' lockfiles,
# each written by a real locker, pinned to a commit:
#
#   pylock-uv-grumpyfuk/pylock.toml     Anski-D/grumpyfuk @ 49f1b5b14e793550a78afadb915b6a07342280bd
#                                       (uv pip compile; verbatim, 11,021 bytes)
#   pylock-pip-raygun/pylock.dev.toml   MindscapeHQ/raygun4py @ 07bf997900a7b3d6f52060169f0e1ec98a5588ef
#                                       (pip lock, a named lock file; verbatim, 18,739 bytes)
#   pylock-pdm-h11/pylock.toml          Fuyukai/h11 @ a556b566e6893b36d5efc8ede998fa4eed37a461
#                                       (PDM, dependency groups as markers; 68,553 bytes upstream,
#                                       platform wheels thinned by keep_few_wheels below)
#
# GitHub is not reachable from the machine the fixtures were made on: their text was read from a
# public code index at the commits above and written out with the same rule this script applies
# (the two verbatim files match the upstream byte counts). Run this where GitHub is reachable to
# regenerate them from the source; the last step alone runs offline on the committed copies.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

fetch() { # repo commit path dest
  mkdir -p "$(dirname "$here/$4")"
  curl -fsSL "https://raw.githubusercontent.com/$1/$2/$3" -o "$here/$4"
}

# In each multi-line `wheels = [` array keep the first two wheels and every pure (`-none-any`)
# wheel: coverage, tomli, ruff and pyrefly list dozens of platform wheels the tests do not need.
keep_few_wheels() {
  awk '
    /^wheels = \[$/ { inside = 1; n = 0; print; next }
    inside && /^\]$/ { inside = 0; print; next }
    inside { n++; if (n <= 2 || /-none-any\.whl"/) print; next }
    { print }
  ' "$1" > "$1.tmp" && mv "$1.tmp" "$1"
}

fetch Anski-D/grumpyfuk 49f1b5b14e793550a78afadb915b6a07342280bd pylock.toml pylock-uv-grumpyfuk/pylock.toml
fetch MindscapeHQ/raygun4py 07bf997900a7b3d6f52060169f0e1ec98a5588ef pylock.dev.toml pylock-pip-raygun/pylock.dev.toml
fetch Fuyukai/h11 a556b566e6893b36d5efc8ede998fa4eed37a461 pylock.toml pylock-pdm-h11/pylock.toml
keep_few_wheels "$here/pylock-pdm-h11/pylock.toml"
wc -c "$here"/pylock-*/pylock*.toml

# The golden test's expectations, read by PyPA's packaging (26.2 here, in python3), not by Steward.
python3 "$here/expected-pylock.py" "$here"/pylock-*/pylock*.toml
