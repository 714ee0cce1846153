#!/usr/bin/env bash
# Dose-engine benchmark, outside the Tycho reactor: compiles core + phantom + dose sources with javac and runs
# DoseBench. Usage: releng/benchmarks/dose/run.sh [max-threads]   (prints figures; asserts nothing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$root/releng/scripts/env.sh"
lb_find_jdk
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ann="$(find "$HOME/.m2/repository/org/osgi/org.osgi.service.component.annotations" -name '*.jar' | sort | tail -1)"
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$ann" \
  $(find "$root/bundles/org.latticebench.core/src" "$root/bundles/org.latticebench.dose/src" "$root/bundles/org.latticebench.phantom/src" -name '*.java') \
  "$here/DoseBench.java"
"$JAVA_HOME/bin/java" -Xmx4g -cp "$out" DoseBench "$@"
