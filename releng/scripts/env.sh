# Sourced by build.sh and ./latticebench: finds a JDK 21+ and checks the system packages.
# shellcheck shell=bash

LB_APT_PACKAGES="xvfb xauth libgtk-3-0 libpixelmed-java"
LB_PIXELMED_VERSION=20220618   # must match targetplatform/latticebench.target

lb_java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1 | cut -d. -f1; }

# Sets JAVA_HOME to a JDK (with javac) of version 21 or newer.
lb_find_jdk() {
  local cand major
  for cand in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    cand=${cand%/}
    [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
    major=$(lb_java_major "$cand/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$cand"
      return 0
    fi
  done
  echo "error: a JDK 21 or newer is needed (the default java here may be 17)." >&2
  echo "       Install Temurin 21+ or set JAVA_HOME to one, e.g. /usr/lib/jvm/temurin-25-jdk-amd64" >&2
  return 1
}

# Installs the Debian packages the build and the workbench need, or says exactly what to install.
lb_ensure_packages() {
  local missing="" p
  for p in $LB_APT_PACKAGES "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -n "$sudo" ] && ! sudo -n true 2>/dev/null; then
    echo "error: missing Debian packages:$missing" >&2
    echo "       install them with: sudo apt-get install -y$missing" >&2
    return 1
  fi
  echo "Installing Debian packages:$missing"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null || {
    echo "error: could not install:$missing (apt-get install -y$missing)" >&2; return 1; }
}

# Puts Debian's PixelMed jar into the local Maven repository, where the target platform finds it.
lb_install_pixelmed() {
  local repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/com/pixelmed/pixelmed/$LB_PIXELMED_VERSION"
  local jar=/usr/share/java/pixelmed-$LB_PIXELMED_VERSION.jar
  [ -f "$repo/pixelmed-$LB_PIXELMED_VERSION.jar" ] && return 0
  if [ ! -f "$jar" ]; then
    echo "error: $jar not found; libpixelmed-java $(dpkg-query -W -f='${Version}' libpixelmed-java 2>/dev/null) is installed" >&2
    echo "       but the target platform expects PixelMed $LB_PIXELMED_VERSION (targetplatform/latticebench.target)." >&2
    return 1
  fi
  mkdir -p "$repo"
  cp "$jar" "$repo/pixelmed-$LB_PIXELMED_VERSION.jar.tmp" && mv "$repo/pixelmed-$LB_PIXELMED_VERSION.jar.tmp" "$repo/pixelmed-$LB_PIXELMED_VERSION.jar"
  cat > "$repo/pixelmed-$LB_PIXELMED_VERSION.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.pixelmed</groupId>
  <artifactId>pixelmed</artifactId>
  <version>$LB_PIXELMED_VERSION</version>
  <description>PixelMed DICOM toolkit, from Debian's libpixelmed-java (installed by Lattice Bench's build.sh)</description>
</project>
POM
  echo "Installed PixelMed $LB_PIXELMED_VERSION into $repo"
}
