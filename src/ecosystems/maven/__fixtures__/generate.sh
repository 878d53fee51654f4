#!/bin/sh
# Regenerates the Maven fixtures. The POMs under m2/ are copied (dereferenced, POMs only) from
# Debian's Maven repository layout in /usr/share/maven-repo (packages libguava-java,
# libcommons-text-java, libcommons-lang3-java, libjackson2-databind-java, libcommons-compress-java,
# libcommons-io-java, libcommons-cli-java). reactor/ is a small multi-module project using them.
# Maven 3.8.7 itself then resolves the reactor offline (dependency:tree, maven-dependency-plugin
# 3.8.1 taken from ~/.m2) against a scratch repository = ~/.m2 plugins + m2/; its output is kept
# in mvn-dependency-tree.txt for the golden test.
set -eu
cd "$(dirname "$0")"
SRC=/usr/share/maven-repo
rm -rf m2 reactor mvn-dependency-tree.txt
for g in com/google/guava com/google/errorprone com/google/j2objc org/jsr-305 org/checkerframework \
  org/apache/commons commons-io commons-cli com/fasterxml org/apache/apache org/sonatype/oss; do
  [ -d "$SRC/$g" ] || continue
  (cd "$SRC" && find -L "$g" -name '*.pom') | while read -r f; do
    mkdir -p "m2/$(dirname "$f")"
    cp -L "$SRC/$f" "m2/$f"
  done
done

mkdir -p reactor/app reactor/lib reactor/bom
cat > reactor/pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <!-- properties: nested and inherited by the modules -->
  <properties>
    <guava.version>31.1-jre</guava.version>
    <lang3.version>3.12.0</lang3.version>
    <jackson.major>2.14</jackson.major>
    <jackson.version>${jackson.major}.0</jackson.version>
  </properties>
  <modules>
    <module>bom</module>
    <module>lib</module>
    <module>app</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.google.guava</groupId>
        <artifactId>guava</artifactId>
        <version>${guava.version}</version>
      </dependency>
      <dependency>
        <groupId>org.example</groupId>
        <artifactId>reactor-bom</artifactId>
        <version>${project.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
      <dependency>
        <groupId>com.fasterxml.jackson</groupId>
        <artifactId>jackson-bom</artifactId>
        <version>${jackson.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
EOF
cat > reactor/bom/pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>reactor-bom</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties>
    <text.version>1.10.0</text.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.apache.commons</groupId>
        <artifactId>commons-text</artifactId>
        <version>${text.version}</version>
      </dependency>
      <dependency>
        <groupId>commons-io</groupId>
        <artifactId>commons-io</artifactId>
        <version>2.11.0</version>
        <scope>provided</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
EOF
cat > reactor/lib/pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>reactor</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>lib</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.apache.commons</groupId>
      <artifactId>commons-lang3</artifactId>
      <version>${lang3.version}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.commons</groupId>
      <artifactId>commons-compress</artifactId>
      <version>1.22</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
EOF
cat > reactor/app/pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>reactor</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>app</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.example</groupId>
      <artifactId>lib</artifactId>
      <version>${project.version}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.commons</groupId>
      <artifactId>commons-text</artifactId>
    </dependency>
    <dependency>
      <groupId>com.google.guava</groupId>
      <artifactId>guava</artifactId>
      <exclusions>
        <exclusion>
          <groupId>org.jsr-305</groupId>
          <artifactId>jsr305</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>
    <dependency>
      <groupId>commons-io</groupId>
      <artifactId>commons-io</artifactId>
    </dependency>
    <dependency>
      <groupId>commons-cli</groupId>
      <artifactId>commons-cli</artifactId>
      <version>1.5.0</version>
      <optional>true</optional>
    </dependency>
  </dependencies>
</project>
EOF

# Maven's own answer, offline, against a scratch repository (plugins from ~/.m2, artifacts from m2/).
SCRATCH=$(mktemp -d)
cp -r "$HOME/.m2/repository/." "$SCRATCH/"
cp -r m2/. "$SCRATCH/"
# The plugin's own classpath wants commons-beanutils 1.9.4, which ~/.m2 lacks: serve it the 1.11.0
# jar under that version (this touches only the plugin's runtime, not the project's resolution).
B="$SCRATCH/commons-beanutils/commons-beanutils"
mkdir -p "$B/1.9.4"
cp "$B/1.11.0/commons-beanutils-1.11.0.jar" "$B/1.9.4/commons-beanutils-1.9.4.jar"
sed 's#<version>1.11.0</version>#<version>1.9.4</version>#' "$B/1.11.0/commons-beanutils-1.11.0.pom" >"$B/1.9.4/commons-beanutils-1.9.4.pom"
(cd reactor && mvn -o -q -B -Dmaven.repo.local="$SCRATCH" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree \
  -DoutputFile=target/tree.txt -DappendOutput=false) || true
for m in lib app; do
  echo "# $m"
  cat "reactor/$m/target/tree.txt" 2>/dev/null || echo "(no output)"
done > mvn-dependency-tree.txt
rm -rf "$SCRATCH" reactor/target reactor/*/target
