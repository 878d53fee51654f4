#!/bin/sh
# Root filesystem fixtures for the installed-package plugins, made with the real tools.
#   debian-rootfs:    this machine's own dpkg status, trimmed by script to the Priority
#                     required/important packages; dpkg-query's listing of the trimmed copy; their
#                     copyright files cut to Format/Files/License lines.
#   openeuler-rootfs: an rpmdb.sqlite made by rpm 4.18 (`rpm --initdb`, `rpm -i --justdb`) from
#                     three tiny packages built with rpmbuild from rpm-specs/*.spec; rpm -qa's
#                     listing. os-release is openEuler 22.03 LTS SP3's.
#   openeuler2003-rootfs: the same packages in a Berkeley DB Packages file (see below).
#   alpine-rootfs:    lib/apk/db/installed of a real Alpine 3.14 minirootfs
#                     (github.com/hizlbuzz/alpine-minirootfs-v3.14 @ 485d1959), file lists
#                     (F/R/Z/a/M lines) dropped by script; FETCH=1 refetches it. That repository
#                     keeps no os-release, so Alpine 3.14's standard one is written.
# Needs: dpkg, rpm, rpmbuild, sqlite3, db5.3_load (Debian: apt-get install -y rpm sqlite3 db5.3-util).
set -eu
cd "$(dirname "$0")"
here=$PWD

# --- Debian ---------------------------------------------------------------------------------
d=debian-rootfs
rm -rf "$d" && mkdir -p "$d/etc" "$d/var/lib/dpkg/updates"
cp /etc/os-release "$d/etc/os-release"
awk 'BEGIN { RS = ""; ORS = "\n\n" } /\nPriority: (required|important)\n/' /var/lib/dpkg/status > "$d/var/lib/dpkg/status"
dpkg-query --admindir="$d/var/lib/dpkg" -W -f '${Package} ${Version} ${Architecture}\n' | sort > "$d.dpkg-query.txt"
rmdir "$d/var/lib/dpkg/updates"
# Their copyright files, cut to the Format/Files/License lines (the license texts are most of the
# bytes), and the License names grep finds in the machine-readable (DEP-5) ones.
: > "$d.licenses.txt"
for p in $(cut -d' ' -f1 "$d.dpkg-query.txt"); do
  f="/usr/share/doc/$p/copyright"
  [ -f "$f" ] || continue
  mkdir -p "$d/usr/share/doc/$p"
  grep -E '^(Format|Files|License):|^$' "$f" | cat -s > "$d/usr/share/doc/$p/copyright"
  if head -c 2000 "$f" | grep -q '^Format:.*copyright-format'; then
    echo "$p $(sed -n 's/^License:[[:space:]]*//p' "$f" | sed 's/[[:space:]]*$//' | grep -v '^$' | sort -u | paste -sd'|')" >> "$d.licenses.txt"
  fi
done

# --- openEuler (rpmdb.sqlite) -----------------------------------------------------------------
o=openeuler-rootfs
tmp=$(mktemp -d)
mkdir -p "$tmp/top/SPECS"
cp rpm-specs/*.spec "$tmp/top/SPECS/"
for s in "$tmp"/top/SPECS/*.spec; do rpmbuild --quiet --define "_topdir $tmp/top" -bb "$s" >/dev/null; done
rm -rf "$o" && mkdir -p "$o/etc" "$tmp/root"
rpm --root "$tmp/root" --dbpath /var/lib/rpm --initdb
rpm --root "$tmp/root" --dbpath /var/lib/rpm -i --justdb --nodeps --ignorearch --noscripts "$tmp"/top/RPMS/*/*.rpm 2>/dev/null
mkdir -p "$o/var/lib/rpm"
sqlite3 "$tmp/root/var/lib/rpm/rpmdb.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cp "$tmp/root/var/lib/rpm/rpmdb.sqlite" "$o/var/lib/rpm/rpmdb.sqlite"
rpm --root "$tmp/root" --dbpath /var/lib/rpm -qa --qf '%{NAME} %{EPOCH} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' | sort > "$o.rpm-qa.txt"
rpm --root "$tmp/root" --dbpath /var/lib/rpm -qa --qf '[%{=NAME} %{REQUIRENAME}\n]' | grep -v ' rpmlib(' | sort > "$o.rpm-requires.txt"
cat > "$o/etc/os-release" <<'OS'
NAME="openEuler"
VERSION="22.03 (LTS-SP3)"
ID="openEuler"
VERSION_ID="22.03"
PRETTY_NAME="openEuler 22.03 (LTS-SP3)"
ANSI_COLOR="0;31"
OS
rm -rf "$tmp"

# --- openEuler 20.03 (Berkeley DB Packages) -----------------------------------------------------
# rpm 4.18 can no longer write Berkeley DB, so the same header blobs are loaded into a BDB hash
# with db5.3_load, keyed by instance number as rpm < 4.16 stored them; rpm's read-only BDB backend
# then lists them (the reference).
b=openeuler2003-rootfs
rm -rf "$b" && mkdir -p "$b/var/lib/rpm" "$b/etc"
{
  printf 'VERSION=3\nformat=bytevalue\ntype=hash\nHEADER=END\n'
  sqlite3 "$o/var/lib/rpm/rpmdb.sqlite" 'SELECT hnum, lower(hex(blob)) FROM Packages ORDER BY hnum' |
    while IFS='|' read -r h blob; do
      printf ' %02x%02x%02x%02x\n %s\n' $((h & 255)) $(((h >> 8) & 255)) $(((h >> 16) & 255)) $(((h >> 24) & 255)) "$blob"
    done
  printf 'DATA=END\n'
} | db5.3_load "$b/var/lib/rpm/Packages"
rpm --root "$here/$b" --dbpath /var/lib/rpm --define '_db_backend bdb_ro' -qa \
  --qf '%{NAME} %{EPOCH} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' 2>/dev/null | sort > "$b.rpm-qa.txt"
cat > "$b/etc/os-release" <<'OS'
NAME="openEuler"
VERSION="20.03 (LTS-SP3)"
ID="openEuler"
VERSION_ID="20.03"
PRETTY_NAME="openEuler 20.03 (LTS-SP3)"
ANSI_COLOR="0;31"
OS

# --- Alpine ----------------------------------------------------------------------------------
a=alpine-rootfs
mkdir -p "$a/lib/apk/db" "$a/etc"
if [ "${FETCH:-0}" = 1 ]; then
  curl -fsSL https://raw.githubusercontent.com/hizlbuzz/alpine-minirootfs-v3.14/485d1959659a97344e51f16c9f2266187d15cb77/lib/apk/db/installed \
    | grep -v '^[FRZaM]:' > "$a/lib/apk/db/installed"
fi
cat > "$a/etc/os-release" <<'OS'
NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.14.2
PRETTY_NAME="Alpine Linux v3.14"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://bugs.alpinelinux.org/"
OS
cd "$here"
