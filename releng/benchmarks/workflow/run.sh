#!/usr/bin/env bash
# End-to-end plan benchmark, outside the Tycho reactor: compiles the compute bundles, the phantom and the
# workflow with javac and runs WorkflowBench. Usage: releng/benchmarks/workflow/run.sh [repeats] [grid-mm] [threads]
# (prints figures; asserts nothing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$root/releng/scripts/env.sh"
lb_find_jdk
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
m2="$HOME/.m2/repository"
ann="$(find "$m2/org/osgi/org.osgi.service.component.annotations" -name '*.jar' | sort | tail -1)"
math="$(find "$m2/org/apache/commons/commons-math3" -name 'commons-math3-3.6.1.jar' | head -1)"
osgi="$(find "$m2/org/eclipse/platform/org.eclipse.osgi" -name 'org.eclipse.osgi-*.jar' | sort -V | tail -1)"
cp="$ann:$math:$osgi"
srcs=()
for b in core geometry planning dose optimization evaluation workflow phantom; do
  while IFS= read -r f; do srcs+=("$f"); done < <(find "$root/bundles/org.latticebench.$b/src" -name '*.java')
done
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" "${srcs[@]}" "$here/WorkflowBench.java"
"$JAVA_HOME/bin/java" -Xmx6g -cp "$out:$cp" WorkflowBench "$@"
