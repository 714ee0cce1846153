#!/usr/bin/env bash
# Builds Lattice Bench and runs every test: ./build.sh
# It installs what it needs (Debian packages, PixelMed into ~/.m2), finds a JDK 21+, and runs
# ./mvnw -B verify under xvfb-run. Extra arguments go to Maven, e.g. ./build.sh -DskipTests
# MAVEN_REPO_LOCAL=/path selects another local Maven repository (default ~/.m2/repository).
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/env.sh

lb_ensure_packages
lb_find_jdk
lb_install_pixelmed
echo "Using JAVA_HOME=$JAVA_HOME"

shared="$(cd .. && pwd)/shared"
if [ ! -d "$shared/data" ]; then
  echo "note: $shared/data is missing; tests that read the shared DICOM-RT data will be skipped." >&2
fi

repo_args=()
[ -n "${MAVEN_REPO_LOCAL:-}" ] && repo_args=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
start=$(date +%s)
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "${repo_args[@]}" "$@"
echo "Build finished in $(( $(date +%s) - start )) s."
echo "Product: releng/org.latticebench.product/target/products/org.latticebench.product/linux/gtk/x86_64/latticebench"
