#!/usr/bin/env bash
# Builds an example plug-in the way a third party would: in a separate temporary folder, as a
# standalone pomless Tycho project whose only Lattice Bench input is the SDK p2 repository that
# `./mvnw verify` produced in releng/org.latticebench.sdk.repository/target/repository.
#   releng/scripts/check-sdk.sh [example-bundle-dir]   (default: examples/org.latticebench.examples.metric)
# Run after the build (.ci/run does). Exit 0 when the plug-in resolves and compiles, 1 otherwise.
# KEEP_SDK_CHECK=1 keeps the temporary folder for inspection.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/releng/scripts/env.sh"
lb_find_jdk

repo="$root/releng/org.latticebench.sdk.repository/target/repository"
example="${1:-$root/examples/org.latticebench.examples.metric}"
example="$(cd "$example" && pwd)"
name="$(basename "$example")"
if [ ! -f "$repo/content.jar" ] && [ ! -f "$repo/content.xml" ] && [ ! -f "$repo/content.xml.xz" ]; then
  echo "check-sdk: no SDK repository at $repo; build it first (./build.sh or ./mvnw verify)" >&2
  exit 1
fi
tycho_version="$(sed -n 's/^-Dtycho-version=//p' "$root/.mvn/maven.config")"

work="$(mktemp -d "${TMPDIR:-/tmp}/latticebench-sdk-check.XXXXXX")"
[ "${KEEP_SDK_CHECK:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.mvn"
# only the sources, manifest and build.properties: no target/ or bin/ from the main build
mkdir -p "$work/$name"
(cd "$example" && cp -r META-INF build.properties "$work/$name/" && for d in src constraints OSGI-INF; do [ -d "$d" ] && cp -r "$d" "$work/$name/"; done; true)

cat > "$work/.mvn/extensions.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<extensions>
  <extension>
    <groupId>org.eclipse.tycho</groupId>
    <artifactId>tycho-build</artifactId>
    <version>$tycho_version</version>
  </extension>
</extensions>
XML
echo "-Dtycho-version=$tycho_version" > "$work/.mvn/maven.config"
# The snippet of docs/EXTENDING.md, with the SDK repository as a file: URL.
cat > "$work/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.latticebench</groupId>
  <artifactId>plugins</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules>
    <module>$name</module>
  </modules>
  <repositories>
    <repository>
      <id>lattice-bench-sdk</id>
      <layout>p2</layout>
      <url>file://$repo</url>
    </repository>
  </repositories>
  <build>
    <plugins>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-maven-plugin</artifactId>
        <version>\${tycho-version}</version>
        <extensions>true</extensions>
      </plugin>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>target-platform-configuration</artifactId>
        <version>\${tycho-version}</version>
        <configuration>
          <executionEnvironment>JavaSE-21</executionEnvironment>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-compiler-plugin</artifactId>
        <version>\${tycho-version}</version>
        <configuration>
          <release>21</release>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-ds-plugin</artifactId>
        <version>\${tycho-version}</version>
        <configuration>
          <enabled>true</enabled>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML

echo "check-sdk: building $name in $work against $repo"
log="$work/build.log"
repo_args=()
[ -n "${MAVEN_REPO_LOCAL:-}" ] && repo_args=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
if ! (cd "$work" && "$root/mvnw" -B verify "${repo_args[@]}" >"$log" 2>&1); then
  echo "check-sdk: FAILED to build $name against the SDK repository; last lines of $log:" >&2
  tail -n 40 "$log" >&2
  trap - EXIT
  echo "check-sdk: the folder is kept: $work" >&2
  exit 1
fi
jar=$(ls "$work/$name/target/$name"-*.jar 2>/dev/null | head -n 1)
# list once: `unzip | grep -q` would fail under pipefail when grep stops reading early
components=0
[ -n "$jar" ] && components=$(unzip -l "$jar" | grep -c 'OSGI-INF/.*\.xml' || true)
if [ "$components" -eq 0 ]; then
  echo "check-sdk: FAILED: $name built but its jar has no DS component descriptor (OSGI-INF/*.xml)" >&2
  exit 1
fi
echo "check-sdk: OK: $(basename "$jar") built against the SDK repository alone, with $components DS component(s)"

# Drop the plug-in into a copy of the built product: `info` must list it, and removing it must
# leave a product whose `info` still succeeds.
product="$root/releng/org.latticebench.product/target/products/org.latticebench.product/linux/gtk/x86_64"
if [ ! -x "$product/latticebench" ]; then
  echo "check-sdk: no built product at $product; skipped installing $name into it" >&2
  exit 0
fi
cp -r "$product" "$work/product"
"$root/releng/scripts/install-plugin.sh" "$work/product" "$jar"
export LATTICEBENCH_JAVA="$JAVA_HOME/bin/java" LATTICEBENCH_VMARGS="-Xmx512m"
"$work/product/latticebench" --headless info >"$work/info-with.txt" 2>&1 || { cat "$work/info-with.txt" >&2; echo "check-sdk: FAILED: info fails with $name installed" >&2; exit 1; }
grep -q "\[$name\]" "$work/info-with.txt" || { cat "$work/info-with.txt" >&2; echo "check-sdk: FAILED: info does not list $name's service" >&2; exit 1; }
grep "\[$name\]" "$work/info-with.txt" | sed 's/^ */check-sdk: info lists: /'
"$root/releng/scripts/install-plugin.sh" --remove "$work/product" "$name"
"$work/product/latticebench" --headless info >"$work/info-without.txt" 2>&1 || { cat "$work/info-without.txt" >&2; echo "check-sdk: FAILED: info fails after removing $name" >&2; exit 1; }
if grep -q "\[$name\]" "$work/info-without.txt"; then echo "check-sdk: FAILED: $name still listed after removal" >&2; exit 1; fi
echo "check-sdk: OK: installed into a copy of the product, listed by info, removed again"
