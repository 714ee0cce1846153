#!/usr/bin/env bash
# Load benchmark for issue 14, outside the Tycho reactor: compiles the compute bundles, the DICOM
# bundle (with Debian's PixelMed) and the renderer with javac and runs LoadBench.
# Usage: releng/benchmarks/load/run.sh [heap, default 6g]   (prints figures; asserts nothing)
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
pixelmed=/usr/share/java/pixelmed.jar
[ -f "$pixelmed" ] || { echo "LoadBench needs PixelMed: apt-get install libpixelmed-java" >&2; exit 1; }
cp="$ann:$math:$osgi:$pixelmed"
srcs=()
for b in core geometry evaluation render dicom; do
  # the DICOM bundle's two DS services adapt to the EMF model, which the benchmark does not need
  while IFS= read -r f; do srcs+=("$f"); done < <(find "$root/bundles/org.latticebench.$b/src" -name '*.java' \
    ! -name DicomStudyImporter.java ! -name DicomStudyExporter.java)
done
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" "${srcs[@]}" "$here/LoadBench.java"
"$JAVA_HOME/bin/java" -Xmx"${1:-6g}" -cp "$out:$cp" LoadBench
