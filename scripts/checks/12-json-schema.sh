#!/usr/bin/env bash
# Every JSON document Galley writes validates against schema/galley-document.schema.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/lib/sample-pages.sh "$tmp/in" 40
mkdir -p "$tmp/in/text" && cp ../shared/corpus/text-structure-dev/*.txt "$tmp/in/text/"
.build/release/galley convert "$tmp/in" --out "$tmp/out" --to json --quiet || true
python3 scripts/validate_json.py schema/galley-document.schema.json $(find Output "$tmp/out" -name '*.json' ! -name '.*' | sort)
