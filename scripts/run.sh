#!/usr/bin/env bash
# The main job: converts Input/ into Output/ (Markdown, JSON, XHTML for each input).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh build
swift build -c release --product galley
# --force: Galley changes between commits without a version bump, so the manifest is not trusted here;
# --prune: Output/ mirrors Input/, so outputs of deleted inputs go too.
.build/release/galley convert Input --out Output --force --prune
