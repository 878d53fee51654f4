#!/bin/sh
# Regenerates the fixtures for version ranges and profiles. Small POM-only artifacts with several
# versions are installed with Maven's own install:install-file into a scratch repository (so
# maven-metadata-local.xml is written by Maven), then copied to m2-ranges/ (POMs and metadata
# only). Each directory under ranges/ is a project; Maven 3.8.7 resolves it offline with
# maven-dependency-plugin 3.8.1 (plain and -Dverbose tree) and the output, or its [ERROR] line, is
# kept in mvn-ranges.txt for the golden test. Cases that need -D or -P give them in ranges/<case>/mvn.args.
# malformed-ranges.txt holds what Maven says about range specifications alone.
set -eu
cd "$(dirname "$0")"
HERE=$(pwd)
G=org.example.ranges
rm -rf m2-ranges ranges mvn-ranges.txt malformed-ranges.txt
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
# Plugins come from ~/.m2 through a tree of symlinks; what Maven installs lands in the scratch copy.
cp -rs "$HOME/.m2/repository" "$SCRATCH/repo"
R="$SCRATCH/repo"
# The dependency plugin's own classpath wants commons-beanutils 1.9.4, which ~/.m2 lacks: serve it
# the 1.11.0 jar under that version (only the plugin's runtime, not the projects' resolution).
B="$R/commons-beanutils/commons-beanutils"
mkdir -p "$B/1.9.4"
cp "$B/1.11.0/commons-beanutils-1.11.0.jar" "$B/1.9.4/commons-beanutils-1.9.4.jar"
sed 's#<version>1.11.0</version>#<version>1.9.4</version>#' "$B/1.11.0/commons-beanutils-1.11.0.pom" >"$B/1.9.4/commons-beanutils-1.9.4.pom"

dep() { echo "    <dependency><groupId>$G</groupId><artifactId>$1</artifactId><version>$2</version></dependency>"; }
artifact() { # artifactId version [dependency lines]
  f="$SCRATCH/$1-$2.pom"
  cat >"$f" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>$G</groupId>
  <artifactId>$1</artifactId>
  <version>$2</version>
  <packaging>pom</packaging>
  <dependencies>
${3:-}
  </dependencies>
</project>
EOF
  mvn -o -q -B -Dmaven.repo.local="$R" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$f" -DpomFile="$f" >/dev/null
}
for v in 1.0 1.5 1.9 2.0 2.1; do artifact rng-a $v; done
artifact rng-b 1.0 "$(dep rng-a '[1.0,1.6]')"
artifact rng-c 1.0 "$(dep rng-a '[1.5,2.0)')"
artifact rng-d 1.0 "$(dep rng-a '[3.0,4.0)')"
for v in 1.0 2.0; do artifact rng-e $v; artifact rng-f $v; done
artifact rng-g 1.0
# rng-e: versions known only from a remote's cached metadata (as if downloaded from central).
mv "$R/org/example/ranges/rng-e/maven-metadata-local.xml" "$R/org/example/ranges/rng-e/maven-metadata-central.xml"
# rng-f: version directories without any metadata: Maven cannot list them.
rm "$R/org/example/ranges/rng-f/maven-metadata-local.xml"
(cd "$R" && find org/example/ranges -name '*.pom' -o -name 'maven-metadata-*.xml') | while read -r f; do
  mkdir -p "m2-ranges/$(dirname "$f")"
  # the install time is the only thing that changes between runs
  sed '/<lastUpdated>/d' "$R/$f" >"m2-ranges/$f"
done

project() { # case dependencies-xml [extra xml after dependencies]
  mkdir -p "ranges/$1"
  cat >"ranges/$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <dependencies>
$2
  </dependencies>
${3:-}
</project>
EOF
}
project highest "$(dep rng-a '[1.0,2.0)')"
project upper-inclusive "$(dep rng-a '(,1.5]')"
project lower-only "$(dep rng-a '[2.0,)')"
project exact "$(dep rng-a '[1.5]')"
project union "$(dep rng-a '[1.0,1.5),(1.9,3]')"
project deeper-range-narrows "$(dep rng-a '[1.0,2.0)')
$(dep rng-b 1.0)"
project deeper-range-beats-soft "$(dep rng-a 1.0)
$(dep rng-c 1.0)"
project ranges-at-one-depth "$(dep rng-c 1.0)
$(dep rng-b 1.0)"
project central-metadata "$(dep rng-e '[1.0,3.0)')"
project no-metadata "$(dep rng-f '[1.0,3.0)')"
project unsatisfied "$(dep rng-a '[3.0,4.0)')"
project unsatisfied-transitive "$(dep rng-d 1.0)"
project conflict "$(dep rng-a '[1.0,1.4]')
$(dep rng-c 1.0)"
# A user property (-D) wins over the POM's own property in interpolation.
project user-property "$(dep rng-a '${a.rev}')" "  <properties><a.rev>1.0</a.rev></properties>"
echo '-Da.rev=2.1' >ranges/user-property/mvn.args

profile() { # id activation-xml body-xml
  echo "    <profile>
      <id>$1</id>
      <activation>$2</activation>
$3
    </profile>"
}
deps() { echo "      <dependencies>
$1
      </dependencies>"; }
# activeByDefault: on unless another profile of the POM is active; its properties feed versions.
PROFILES="  <profiles>
$(profile default '<activeByDefault>true</activeByDefault>' "      <properties><a.version>[1.0,1.5]</a.version></properties>
$(deps "$(dep rng-a '${a.version}')")")
$(profile with-c '<property><name>withC</name></property>' "$(deps "$(dep rng-c 1.0)")")
$(profile ci '<property><name>env</name><value>ci</value></property>' "$(deps "$(dep rng-e '[1.0,)')")")
$(profile not-quick '<property><name>!quick</name></property>' "$(deps "$(dep rng-b 1.0)")")
$(profile marker '<file><exists>${basedir}/marker.txt</exists></file>' "      <dependencyManagement><dependencies>
$(dep rng-a 2.0)
      </dependencies></dependencyManagement>")
$(profile no-lock '<file><missing>lock.txt</missing></file>' "$(deps "$(dep rng-g 1.0)")")
  </profiles>"
for c in profile-default profile-default-dropped profile-property profile-value profile-explicit profile-file; do
  project "$c" "$(dep rng-f 1.0)" "$PROFILES"
done
# default is active only when no other profile is: quick switches not-quick off, lock.txt no-lock.
echo '-Dquick' >ranges/profile-default/mvn.args
echo 'present' >ranges/profile-default/lock.txt
echo '-DwithC -Dquick' >ranges/profile-property/mvn.args
echo '-Denv=ci' >ranges/profile-value/mvn.args
echo '-Pwith-c,!not-quick' >ranges/profile-explicit/mvn.args
echo 'present' >ranges/profile-file/marker.txt
echo 'present' >ranges/profile-file/lock.txt

# JDK and OS conditions: Maven answers them from the JVM it runs on. machine.args records that JVM's
# java.version, os.name and os.arch (from mvn -v) for the test to give as --maven-property.
project profile-machine "$(dep rng-f 1.0)" "  <profiles>
$(profile java11 '<jdk>[11,)</jdk>' "$(deps "$(dep rng-g 1.0)")")
$(profile java8 '<jdk>1.8</jdk>' "$(deps "$(dep rng-b 1.0)")")
$(profile unix '<os><family>unix</family><arch>amd64</arch></os>' "$(deps "$(dep rng-c 1.0)")")
$(profile windows '<os><family>windows</family></os>' "$(deps "$(dep rng-e '[1.0,)')")")
  </profiles>"
V=$(mvn -v | sed 's/\x1b\[[0-9;]*m//g')
echo "-Djava.version=$(echo "$V" | sed -n 's/^Java version: \([^,]*\),.*/\1/p')" \
  "-Dos.name=$(echo "$V" | sed -n 's/^OS name: "\([^"]*\)".*/\1/p')" \
  "-Dos.arch=$(echo "$V" | sed -n 's/^OS name: .*arch: "\([^"]*\)".*/\1/p')" >ranges/profile-machine/machine.args

# A reactor: the parent's profile (on unless -DskipExtra) adds a module and a dependency every
# module inherits; a module's own file condition is answered in its own directory.
mkdir -p ranges/reactor-profile/core ranges/reactor-profile/extra
cat >ranges/reactor-profile/pom.xml <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>reactor-profile</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>core</module>
  </modules>
  <profiles>
$(profile extra '<property><name>!skipExtra</name></property>' "      <modules><module>extra</module></modules>
$(deps "$(dep rng-g 1.0)")")
  </profiles>
</project>
EOF
for m in core extra; do
  cat >"ranges/reactor-profile/$m/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>reactor-profile</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>$m</artifactId>
  <profiles>
$(profile marked '<file><exists>${basedir}/marker.txt</exists></file>' "$(deps "$(dep rng-a '[1.0,2.0)')")")
  </profiles>
</project>
EOF
done
echo 'present' >ranges/reactor-profile/extra/marker.txt

for dir in ranges/*/; do
  c=$(basename "$dir")
  args=$(cat "$dir/mvn.args" 2>/dev/null || true)
  for mode in plain verbose; do
    extra=""
    [ $mode = verbose ] && extra="-Dverbose"
    # shellcheck disable=SC2086
    (cd "$dir" && mvn -o -B -Dmaven.repo.local="$R" $args $extra \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree \
      -DoutputFile="$SCRATCH/tree.txt" -DappendOutput=true >"$SCRATCH/log.txt" 2>&1) || true
    echo "# $c $mode"
    if grep -q 'BUILD SUCCESS' "$SCRATCH/log.txt"; then cat "$SCRATCH/tree.txt"; else
      grep -m1 '^\[ERROR\]' "$SCRATCH/log.txt" | sed "s#$HERE/##g"
    fi
    rm -f "$SCRATCH/tree.txt"
  done
done >mvn-ranges.txt
rm -rf ranges/*/target ranges/*/*/target

# Range syntax Maven accepts or refuses: each spec declared alone in a scratch project; the
# first [ERROR] line (with Maven's reason) or the resolved version is kept.
for spec in '[1.0,2.0],[1.5,1.9]' '[1.0,,2.0]' '[2.0,1.0]' '(1.5)' '[1.0' '[1.0,2.0)x' '[,]' \
  '[1.0,2.0)[3,4]' '1.0,[2.0]' '(1.0,1.9)'; do
  P="$SCRATCH/syntax"
  rm -rf "$P" && mkdir -p "$P"
  printf '<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>syntax</artifactId><version>1.0</version><dependencies>%s</dependencies></project>\n' \
    "$(dep rng-a "$spec")" >"$P/pom.xml"
  (cd "$P" && mvn -o -B -Dmaven.repo.local="$R" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree \
    -DoutputFile="$P/tree.txt" >"$P/log.txt" 2>&1) || true
  if grep -q 'BUILD SUCCESS' "$P/log.txt"; then
    printf '%s\tresolved %s\n' "$spec" "$(sed -n 's/.*rng-a:jar:\([^:]*\):.*/\1/p' "$P/tree.txt")"
  else
    printf '%s\t%s\n' "$spec" "$(grep -m1 -o 'Reason: .* for project' "$P/log.txt" | sed 's/^Reason: //; s/ for project$//')"
  fi
done >malformed-ranges.txt
