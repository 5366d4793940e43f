#!/usr/bin/env bash
# The main job: converts Input/ into Output/ (Markdown, JSON, XHTML for each input), then builds
# the sample pamphlet Input/pamphlet.yml into Output/sample-pamphlet.epub.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh build
swift build -c release --product galley
# --force: Galley changes between commits without a version bump, so the manifest is not trusted here;
# --prune: Output/ mirrors Input/, so outputs of deleted inputs go too.
.build/release/galley convert Input --out Output --force --prune
# Reproducible: the book's time stamps come from the manifest's date (midnight UTC), not the clock.
date_line=$(sed -n 's/^date:[[:space:]]*\([0-9-]*\).*/\1/p' Input/pamphlet.yml | head -1)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -u -d "${date_line:-1980-01-01} 00:00:00" +%s)}
.build/release/galley pamphlet --manifest Input/pamphlet.yml --out Output/sample-pamphlet.epub
