#!/usr/bin/env bash
# Installs plug-in jars into a built Lattice Bench product, or removes them.
#   releng/scripts/install-plugin.sh <product-dir> <plugin.jar>...      install (or replace) the bundles
#   releng/scripts/install-plugin.sh --remove <product-dir> <bundle-symbolic-name>...
# <product-dir> is the folder holding the `latticebench` launch script, e.g.
# releng/org.latticebench.product/target/products/org.latticebench.product/linux/gtk/x86_64.
# The jar goes to plugins/, and one line per bundle to the simple configurator's bundles.info,
# which is rewritten atomically; the next start of the product picks the plug-in up.
set -euo pipefail
usage() { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
remove=0
[ "${1:-}" = "--remove" ] && { remove=1; shift; }
[ $# -ge 2 ] || usage
product="$1"; shift
info="$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$info" ] || { echo "install-plugin: $product is not a Lattice Bench product (no $info)" >&2; exit 2; }

# Reads one main-attribute of a jar's manifest (continuation lines joined, parameters dropped).
manifest_value() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | awk -v key="$2" '
    /^ / { if (cur != "") cur = cur substr($0, 2); next }
    { if (cur != "") { print cur }; cur = $0 }
    END { if (cur != "") print cur }' | sed -n "/^$2:/{s/^$2: *//p;q;}" | cut -d';' -f1 | tr -d ' '
}

tmp="$(mktemp "$info.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
cp "$info" "$tmp"
for arg in "$@"; do
  if [ "$remove" = 1 ]; then
    name="$arg"
    grep -q "^$name," "$tmp" || { echo "install-plugin: $name is not installed in $product" >&2; exit 1; }
    for jar in $(grep "^$name," "$tmp" | cut -d, -f3); do rm -f "$product/$jar"; done
    grep -v "^$name," "$tmp" > "$tmp.new" || true
    mv "$tmp.new" "$tmp"
    echo "install-plugin: removed $name"
    continue
  fi
  [ -f "$arg" ] || { echo "install-plugin: $arg: no such file" >&2; exit 2; }
  name="$(manifest_value "$arg" Bundle-SymbolicName)"
  version="$(manifest_value "$arg" Bundle-Version)"
  [ -n "$name" ] && [ -n "$version" ] || { echo "install-plugin: $arg is not an OSGi bundle (no Bundle-SymbolicName/Bundle-Version)" >&2; exit 2; }
  target="plugins/${name}_${version}.jar"
  for old in $(grep "^$name," "$tmp" | cut -d, -f3); do [ "$old" = "$target" ] || rm -f "$product/$old"; done
  cp "$arg" "$product/$target.part" && mv "$product/$target.part" "$product/$target"
  grep -v "^$name," "$tmp" > "$tmp.new" || true
  # start level 4, started: the DS runtime then registers the plug-in's components
  echo "$name,$version,$target,4,true" >> "$tmp.new"
  mv "$tmp.new" "$tmp"
  echo "install-plugin: installed $name $version"
done
mv "$tmp" "$info"
trap - EXIT
