#!/usr/bin/env bash
# Every XHTML file Galley writes is well-formed XML (xmllint --noout): Output/ and 40 corpus pages
# (Output/ only, saying so, when ../shared is not there; in CI the corpus must be there).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
. scripts/lib/corpus.sh
want=40
if have_corpus xhtml-wellformed "$shared/corpus/article-benchmark/html"; then
  scripts/lib/sample-pages.sh "$tmp/in" 40
  .build/release/galley convert "$tmp/in" --out "$tmp/out" --to xhtml --quiet || true
else
  want=$(find Input -maxdepth 1 -type f ! -name '*.yml' ! -name '*.svg' ! -name '*.css' | wc -l)
fi
mkdir -p "$tmp/out"
count=0
for f in $(find Output "$tmp/out" -name '*.xhtml' | sort); do
  xmllint --noout --nonet "$f"
  count=$((count + 1))
done
[ "$count" -ge "$want" ] || { echo "only $count XHTML files found" >&2; exit 1; }
echo "$count XHTML files well-formed"
