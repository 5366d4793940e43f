#!/usr/bin/env bash
# The main job: converts Input/ into Output/ (Markdown, JSON, XHTML for each input).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh build
swift build -c release --product galley
.build/release/galley convert Input --out Output
