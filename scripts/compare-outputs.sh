#!/usr/bin/env bash
# Converts the reference sets (Input/, the article benchmark, text-structure-dev) with a given
# galley binary into a folder, so two builds can be compared byte for byte (refactors must not
# change output). Usage:
#   scripts/compare-outputs.sh GALLEY_BINARY OUT_DIR     convert into OUT_DIR (replaced)
#   scripts/compare-outputs.sh --diff DIR_A DIR_B        diff -r the two folders (exit 1 when they differ)
# Example: cp .build/release/galley /tmp/split-galley-before; (change, rebuild);
#   scripts/compare-outputs.sh /tmp/split-galley-before /tmp/split-out-before
#   scripts/compare-outputs.sh .build/release/galley /tmp/split-out-after
#   scripts/compare-outputs.sh --diff /tmp/split-out-before /tmp/split-out-after
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--diff" ]; then
  report=$(mktemp /tmp/compare-outputs.XXXXXX.diff)
  diff -r "$2" "$3" > "$report" && { echo "identical: $2 $3"; rm -f "$report"; exit 0; }
  echo "DIFFERENT: $(grep -c '^diff\|^Only' "$report") files (details: $report)" >&2
  exit 1
fi
galley=$(realpath "$1"); out=$2
shared=${GALLEY_SHARED:-../shared}
rm -rf "$out"; mkdir -p "$out"
formats=markdown,json,xhtml
# Input/: every file, and the sample pamphlet (time stamps from a fixed epoch).
"$galley" convert Input --out "$out/input" --to "$formats" --force --quiet
SOURCE_DATE_EPOCH=0 "$galley" pamphlet --manifest Input/pamphlet.yml --out "$out/sample-pamphlet.epub" >/dev/null 2>&1
# The article benchmark's pages (stored gzipped) and the text-structure dev set.
if [ -d "$shared/corpus/article-benchmark/html" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  for f in "$shared"/corpus/article-benchmark/html/*.html.gz; do zcat "$f" > "$tmp/$(basename "$f" .gz)"; done
  "$galley" convert "$tmp" --out "$out/article-benchmark" --to "$formats" --force --quiet
else
  echo "compare-outputs: article benchmark not present ($shared)" >&2
fi
if [ -d "$shared/corpus/text-structure-dev" ]; then
  tmp2=$(mktemp -d)
  cp "$shared"/corpus/text-structure-dev/*.txt "$tmp2/"
  "$galley" convert "$tmp2" --out "$out/text-structure-dev" --to "$formats" --force --quiet
  rm -rf "$tmp2"
else
  echo "compare-outputs: text-structure-dev not present ($shared)" >&2
fi
# The Markdown written for the benchmark pages, read back by the Markdown reader.
if [ -d "$out/article-benchmark" ]; then
  tmp3=$(mktemp -d)
  cp "$out"/article-benchmark/*.md "$tmp3/"
  "$galley" convert "$tmp3" --out "$out/markdown-reread" --to json --force --quiet
  rm -rf "$tmp3"
fi
# The manifests record run-specific paths and times; only the converted files are compared.
find "$out" -name '.galley*' -prune -exec rm -rf {} + 2>/dev/null || true
echo "compare-outputs: $(find "$out" -type f | wc -l) files in $out"
