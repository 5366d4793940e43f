#!/usr/bin/env bash
# Builds the DocC documentation of the Galley library into .build/docs (offline: the toolchain's
# own docc and symbol graphs, no swift-docc-plugin needed). Prints docc's warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift package dump-symbol-graph --minimum-access-level public >/dev/null
graphs=$(mktemp -d)
trap 'rm -rf "$graphs"' EXIT
cp .build/*/symbolgraph/Galley*.symbols.json "$graphs"/   # the umbrella and every layer it re-exports
rm -rf .build/docs
docc convert Sources/Galley/Galley.docc --additional-symbol-graph-dir "$graphs" --output-path .build/docs \
    --fallback-display-name Galley --fallback-bundle-identifier org.galley.Galley
echo "docs: .build/docs (open with a static server; data in .build/docs/data/documentation/galley)"
