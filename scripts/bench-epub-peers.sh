#!/usr/bin/env bash
# EPUB validity beside pandoc (not a test): the first N pages of the article benchmark (default 20)
# each made into an EPUB by pandoc 2.17 (`pandoc -o page.epub page.html`) and by `galley pamphlet`,
# all checked by epubcheck 4.2.6 in one JVM. Prints one line per failing book and the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
count=${1:-20}
[ -x .build/release/galley ] || swift build -c release --product galley >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/lib/sample-pages.sh "$tmp/pages" "$count"
mkdir -p "$tmp/pandoc" "$tmp/galley"
for page in "$tmp"/pages/*.html; do
  name=$(basename "$page" .html)
  pandoc -o "$tmp/pandoc/$name.epub" "$page" 2>/dev/null
  .build/release/galley pamphlet "$page" --out "$tmp/galley/$name.epub" 2>/dev/null
done
for tool in pandoc galley; do
  echo "== $tool"
  java -Xss1024k -cp /usr/share/java/epubcheck.jar scripts/epubcheck/EpubCheckMany.java "$tmp/$tool"/*.epub 2>&1 \
    | grep '^epubcheck:' | sed "s|$tmp/$tool/||"
done
