#!/usr/bin/env bash
# Slice-render benchmark, outside the Tycho reactor: compiles core + geometry + phantom + render sources with
# javac and runs RenderBench. Usage: releng/benchmarks/render/run.sh   (prints figures; asserts nothing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$root/releng/scripts/env.sh"
lb_find_jdk
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ann="$(find "$HOME/.m2/repository/org/osgi/org.osgi.service.component.annotations" -name '*.jar' | sort | tail -1)"
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$ann" \
  $(find "$root/bundles/org.latticebench.core/src" "$root/bundles/org.latticebench.geometry/src" \
    "$root/bundles/org.latticebench.phantom/src" "$root/bundles/org.latticebench.render/src" -name '*.java') \
  "$here/RenderBench.java"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$out" RenderBench "$@"
