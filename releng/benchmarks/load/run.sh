#!/usr/bin/env bash
# Load benchmark for issue 14, outside the Tycho reactor: compiles the compute bundles, the DICOM
# bundle (with Debian's PixelMed), the study model (EMF from ~/.m2) and the renderer with javac and
# runs LoadBench. The import goes through the product's DicomStudyImporter.
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
# EMF (the study model) from Maven Central, newest version of each jar
emf=""
for a in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi; do
  emf="$emf:$(find "$m2/org/eclipse/emf/$a" -name "$a-*.jar" ! -name '*sources*' | sort -V | tail -1)"
done
cp="$ann:$math:$osgi:$pixelmed$emf"
srcs=()
for b in core geometry evaluation render model dicom; do
  # the import goes through the product's DicomStudyImporter (the StudyImporter service), so the model is compiled too
  while IFS= read -r f; do srcs+=("$f"); done < <(find "$root/bundles/org.latticebench.$b/src" \
    "$root/bundles/org.latticebench.$b/src-gen" -name '*.java' 2>/dev/null)
done
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" "${srcs[@]}" "$here/LoadBench.java"
"$JAVA_HOME/bin/java" -Xmx"${1:-6g}" -cp "$out:$cp" LoadBench
