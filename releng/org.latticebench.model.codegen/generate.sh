#!/usr/bin/env bash
# Regenerates bundles/org.latticebench.model/src-gen from model/latticebench.ecore:
#   releng/org.latticebench.model.codegen/generate.sh
# Run it after every change to the .ecore and commit src-gen/ (never edit src-gen by hand except
# for rare methods marked "@generated NOT").
#
# How it runs: this folder is a plain Maven jar module, deliberately NOT a module of the Tycho
# reactor (releng/pom.xml). It is built with the repository's ./mvnw and -f pointing at its pom.
# The repository's .mvn/extensions.xml still loads tycho-build, but that extension only turns
# pom-less folders (MANIFEST.MF + build.properties) into projects; a folder with its own pom.xml
# builds as ordinary Maven, so no Tycho switch is needed. EMF's generator
# (org.eclipse.emf.codegen.ecore 2.46.0) comes from Maven Central.
#
# The generator writes into a scratch folder first; only its src-gen/ replaces the bundle's, so
# the bundle's hand-kept MANIFEST.MF, build.properties and plugin.xml are never overwritten.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bundle="$repo/bundles/org.latticebench.model"
. "$repo/releng/scripts/env.sh"
lb_find_jdk

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$repo/mvnw" -B -q -f "$here/pom.xml" compile exec:java \
  -Dexec.cleanupDaemonThreads=false \
  -Dexec.args="$bundle/model/latticebench.ecore $scratch"

generated="$scratch/org.latticebench.model/src-gen"
[ -d "$generated/org" ] || { echo "error: the generator produced nothing in $generated" >&2; exit 1; }
rm -rf "$bundle/src-gen"
cp -r "$generated" "$bundle/src-gen"
echo "Regenerated $(find "$bundle/src-gen" -name '*.java' | wc -l) Java files in $bundle/src-gen"
