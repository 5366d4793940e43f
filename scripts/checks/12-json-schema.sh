#!/usr/bin/env bash
# Every JSON document Galley writes validates against schema/galley-document.schema.json
# (Output/ and corpus pages; Output/ only, saying so, when ../shared is not there).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
. scripts/lib/corpus.sh
mkdir -p "$tmp/out"
if have_corpus json-schema "$shared/corpus/article-benchmark/html" && have_corpus json-schema "$shared/corpus/text-structure-dev"; then
  scripts/lib/sample-pages.sh "$tmp/in" 40
  mkdir -p "$tmp/in/text" && cp "$shared"/corpus/text-structure-dev/*.txt "$tmp/in/text/"
  .build/release/galley convert "$tmp/in" --out "$tmp/out" --to json --quiet || true
fi
python3 scripts/validate_json.py schema/galley-document.schema.json $(find Output "$tmp/out" -name '*.json' ! -name '.*' | sort)
