#!/bin/sh
# Gradle is not installable offline here (Debian ships Gradle 4.4.1, older than dependency
# locking's single-file form), so the fixtures are real files from a public project, named below:
#   jdkcertstool/gradle.lockfile                  github.com/ADarko22/JDKCertsTool @ 2d74f997e7d78c49ff6b8590c9c229db78d35ffd (whole file)
#   jdkcertstool/gradle/verification-metadata.xml github.com/ADarko22/JDKCertsTool @ 1333d825d5a8234ff15e5e1a50be24e774719391
# The verification metadata (125 kB) is cut to its first 36 components, then closed. Given the
# original files as $1 (lockfile) and $2 (verification-metadata.xml), this script redoes that.
set -eu
cd "$(dirname "$0")"
[ $# -eq 2 ] || { echo "usage: $0 ORIGINAL_GRADLE_LOCKFILE ORIGINAL_VERIFICATION_METADATA" >&2; exit 2; }
mkdir -p jdkcertstool/gradle
cp "$1" jdkcertstool/gradle.lockfile
awk -v keep=36 '
  /<component / { n++ }
  n <= keep || /<\/components>/ || /<\/verification-metadata>/ { print }
' "$2" >jdkcertstool/gradle/verification-metadata.xml
