#!/usr/bin/env bash
# Builds the DocC documentation of the Galley library into .build/docs (offline: the toolchain's
# own docc and symbol graphs, no swift-docc-plugin needed). Prints docc's warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
# The public library is an umbrella that re-exports its layers (GalleyModel … GalleyBatch): its
# symbol graph is extracted with the layers' public symbols folded in, so the catalog sees one module.
swift build >/dev/null
graphs=$(mktemp -d)
trap 'rm -rf "$graphs"' EXIT
layers=$(ls -d Sources/Galley?* | xargs -n1 basename | paste -sd, -)
maps=()
for m in Sources/C*/module.modulemap .build/checkouts/*/Sources/*/module.modulemap .build/checkouts/*/Sources/*/include/module.modulemap; do
  [ -e "$m" ] && maps+=(-Xcc "-fmodule-map-file=$m")
done
swift-symbolgraph-extract -module-name Galley -target "$(uname -m)-unknown-linux-gnu" -I .build/debug/Modules \
    "${maps[@]}" -Xcc -I/usr/include/libxml2 -minimum-access-level public -output-dir "$graphs" \
    -experimental-allowed-reexported-modules="$layers"
rm -rf .build/docs
docc convert Sources/Galley/Galley.docc --additional-symbol-graph-dir "$graphs" --output-path .build/docs \
    --fallback-display-name Galley --fallback-bundle-identifier org.galley.Galley
echo "docs: .build/docs (open with a static server; data in .build/docs/data/documentation/galley)"
