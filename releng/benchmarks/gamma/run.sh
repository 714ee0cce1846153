#!/usr/bin/env bash
# Gamma benchmark, outside the Tycho reactor: compiles core + geometry + evaluation sources with javac
# and runs GammaBench, which also times `plastimatch gamma` (Debian package plastimatch) on the same
# pair when it is installed. Usage: releng/benchmarks/gamma/run.sh [repeats]   (prints figures; asserts nothing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$root/releng/scripts/env.sh"
lb_find_jdk
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
m2="$HOME/.m2/repository"
cp="$(find "$m2/org/osgi/org.osgi.service.component.annotations" -name '*.jar' | sort | tail -1)"
cp="$cp:$(find "$m2/org/osgi/org.osgi.framework" -name '*.jar' | sort | tail -1)"
cp="$cp:$(find "$m2/org/apache/commons/commons-math3" -name 'commons-math3-3.6.1.jar' | head -1)"
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" \
  $(find "$root/bundles/org.latticebench.core/src" "$root/bundles/org.latticebench.geometry/src" \
    "$root/bundles/org.latticebench.evaluation/src" -name '*.java') \
  "$here/GammaBench.java"
"$JAVA_HOME/bin/java" -Xmx3g -cp "$out:$cp" GammaBench "$out" "$@"
