#!/usr/bin/env bash
# Regenerates the Python fixtures that a real tool can make offline: a Poetry project (Debian's
# poetry 1.3.2) whose dependencies are local path packages, so no index is needed; `poetry show
# --tree`-style facts are recorded by `poetry show` for the golden test.
#
# Copied from public projects, not made here:
#   uv-action-aperture/uv.lock   williambdean/action-aperture @ 120282ee86b0a2ea6abadabe3fc18e95427f8e53
#                                (verbatim except tomli's 39 platform wheels, dropped when copying;
#                                its sdist and py3-none-any wheel are kept)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export POETRY_VIRTUALENVS_CREATE=false POETRY_CACHE_DIR=/tmp/steward-poetry-cache

pkg() { # dir name version [deps toml]
  mkdir -p "$1/${2//-/_}"
  printf '[tool.poetry]\nname = "%s"\nversion = "%s"\ndescription = ""\nauthors = ["fixture <f@example.com>"]\npackages = [{include = "%s"}]\n\n[tool.poetry.dependencies]\npython = "^3.8"\n%s\n[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n' "$2" "$3" "${2//-/_}" "${4:-}" > "$1/pyproject.toml"
  touch "$1/${2//-/_}/__init__.py"
}

p="$here/poetry-app"
rm -rf "$p" && mkdir -p "$p"
pkg "$p/libs/Lib_B" Lib_B 0.2.0
pkg "$p/libs/lib-a" lib-a 1.0.0 'lib-b = { path = "../Lib_B", develop = true }'
pkg "$p/libs/test-kit" test-kit 0.3.0
pkg "$p/libs/extra-x" extra-x 0.4.0
pkg "$p" poetry-app 0.1.0 'lib-a = { path = "libs/lib-a", develop = true }
extra-x = { path = "libs/extra-x", optional = true }

[tool.poetry.extras]
x = ["extra-x"]

[tool.poetry.group.test.dependencies]
test-kit = { path = "libs/test-kit" }'
(cd "$p" && poetry lock --no-update -q && poetry show --no-ansi > poetry-show.txt && poetry show --no-ansi --only main > poetry-show-main.txt)
head -40 "$p/poetry.lock"
