#!/bin/sh
# RPM spec fixtures: real spec files from public openEuler and Anolis OS packaging repositories,
# each pinned to a commit, cut at %changelog (the history is not needed and is most of the
# file), and rpmspec's own reading of each (the reference the golden test compares against).
#   FETCH=1 ./generate.sh   refetches the specs (needs network), then regenerates the listings
#   ./generate.sh           regenerates the rpmspec listings only (needs rpm: apt-get install rpm)
set -eu
cd "$(dirname "$0")"

# file  repository  commit  path
SOURCES='
c-ares.spec      xwen222/mirror_src-openeuler_c-ares 2f3332e71f07c129aeed8c06c878426fd4402c08 c-ares.spec
koji.spec        src-openeuler/koji                  7d9e958572658fe706cec24bf045cee0bc914cb0 koji.spec
cryptpilot.spec  openanolis/cryptpilot               0891c8df0aa42e378e3ed45b2fba2821e1cab394 cryptpilot.spec
loongshield.spec openanolis/loongshield              3dfe798524372895c0fefb201c83d8963a933a79 dist/loongshield.spec
lxc.spec         xwen222/mirror_src-openeuler_lxc    0298ce3726f7b3a52004cc3f2f21dc7194c4b0aa lxc.spec
sysSentry.spec   kunpengcompute/src-openEuler-sysSentry 00aa6ffd1e2c0e352d9b6cf68fb08589c661705f sysSentry.spec
'

if [ "${FETCH:-0}" = 1 ]; then
  echo "$SOURCES" | while read -r file repo commit path; do
    [ -n "$file" ] || continue
    curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" | sed '/^%changelog/q' > "$file"
  done
fi

# openEuler's rpm-config defines %package_help (a "help" subpackage); Debian's rpm does not, so a
# stand-in with the same effect on package names is given to rpmspec. Requirements rpm adds for
# scriptlet interpreters (/bin/sh) are left out: they are not written in the spec.
HELP='package_help %package help\
Summary: Documents for %{name}\
%description help\
Documents for %{name}.'
for spec in *.spec; do
  out="${spec%.spec}.rpmspec.txt"
  rpmspec -q --define "$HELP" \
    --qf 'P %{NAME} %{EPOCH} %{VERSION} %{RELEASE}\nL %{LICENSE}\n[R %{REQUIRENAME} %{REQUIREFLAGS:depflags} %{REQUIREVERSION}\n][C %{RECOMMENDNAME} %{RECOMMENDFLAGS:depflags} %{RECOMMENDVERSION}\n][S %{SUGGESTNAME} %{SUGGESTFLAGS:depflags} %{SUGGESTVERSION}\n]' \
    "$spec" | grep -v '^R /bin/sh ' | sed 's/ *$//' > "$out"
  rpmspec -q --define "$HELP" --buildrequires "$spec" | sed 's/^/B /' >> "$out"
done
