#!/usr/bin/env bash
# Every JSON document Galley writes validates against schema/galley-document.schema.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
for f in $(ls ../shared/corpus/article-benchmark/html/*.html.gz | head -40); do
  zcat "$f" > "$tmp/in/$(basename "$f" .gz)"
done
mkdir -p "$tmp/in/text" && cp ../shared/corpus/text-structure-dev/*.txt "$tmp/in/text/"
.build/release/galley convert "$tmp/in" --out "$tmp/out" --to json --quiet || true
python3 scripts/validate_json.py schema/galley-document.schema.json $(find Output "$tmp/out" -name '*.json' ! -name '.*' | sort)
