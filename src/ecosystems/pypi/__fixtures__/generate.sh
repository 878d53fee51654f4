#!/usr/bin/env bash
# Regenerates the Python fixtures that a real tool can make offline: a Poetry project (Debian's
# poetry 1.3.2) whose dependencies are local path packages, so no index is needed; `poetry show
# --tree`-style facts are recorded by `poetry show` for the golden test.
#
# Copied from public projects, not made here:
#   uv-action-aperture/uv.lock   williambdean/action-aperture @ 120282ee86b0a2ea6abadabe3fc18e95427f8e53
#                                (verbatim except tomli's 39 platform wheels, dropped when copying;
#                                its sdist and py3-none-any wheel are kept)
#   pipfile-soundtest/Pipfile.lock  0-jam/soundtest @ 16bbe3b08b467ea544e8028e5dc988ac72338328 (verbatim)
#   pdm-gilded-rose/pdm.lock        540/gilded-rose-python @ d92e5682ed11dc0009850dd70d64558fdac3d354 (verbatim)
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

# A requirements file written by pip itself: `pip freeze` in a venv where local packages were
# installed offline (a plain path install, an editable git checkout from a local repository),
# then `pip hash` for a --hash line; requirements-dev.txt includes it with -r and pins with -c.
r="$here/pip-freeze"
tmp=/tmp/steward-pip-fixtures
rm -rf "$r" "$tmp" && mkdir -p "$r" "$tmp"
setup_pkg() { # dir name version
  mkdir -p "$1/${2//-/_}"
  printf '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "%s"\nversion = "%s"\n' "$2" "$3" > "$1/pyproject.toml"
  touch "$1/${2//-/_}/__init__.py"
}
setup_pkg "$tmp/plain-pkg" Plain.Pkg 1.4.0
setup_pkg "$tmp/vcs-pkg" vcs-pkg 0.9.0
git -C "$tmp/vcs-pkg" init -q -b main && git -C "$tmp/vcs-pkg" add -A && GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z' git -C "$tmp/vcs-pkg" -c user.name=f -c user.email=f@example.com commit -qm init
/usr/bin/python3 -m venv --system-site-packages "$tmp/venv"  # Debian python: setuptools and wheel, offline
pip="$tmp/venv/bin/python -m pip --disable-pip-version-check -q"
$pip install --no-index --no-build-isolation --no-deps "$tmp/plain-pkg"
$pip install --no-index --no-build-isolation --no-deps -e "git+file://$tmp/vcs-pkg#egg=vcs-pkg"
$pip freeze --local | grep -iE '^(plain|-e git)' > "$r/requirements.txt"
(cd "$tmp/plain-pkg" && $tmp/venv/bin/python -m pip wheel -q --no-index --no-build-isolation --no-deps -w "$tmp/wheels" .)
{ echo "-r requirements.txt"; echo "-c constraints.txt"; echo "requests[socks] >=2.20 ; python_version >= '3.8'"; echo "plain-pkg==1.4.0 \\"; $tmp/venv/bin/python -m pip hash "$tmp"/wheels/*.whl | tail -1 | sed 's/^/    /'; } > "$r/requirements-dev.txt"
$pip freeze --all | grep -iE '^(requests)==' > "$r/constraints.txt"
cat "$r"/*.txt


# Wheel tags and sdist presence of the copied uv.lock and pdm.lock, read by PyPA's packaging (not
# by Steward) for the golden test: expected-files.json beside each.
python3 "$here/expected-files.py" "$here/uv-action-aperture/uv.lock" "$here/pdm-gilded-rose/pdm.lock"
