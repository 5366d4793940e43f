#!/usr/bin/env bash
# Shared by the extraction check and benchmark: decompresses the article benchmark into $1/html
# and makes sure python3 can import lxml (needed by the scorer).
set -euo pipefail
dest=$1
corpus=${GALLEY_ARTICLE_CORPUS:-../shared/corpus/article-benchmark}
[ -d "$corpus/html" ] || { echo "article benchmark not found at $corpus (set GALLEY_ARTICLE_CORPUS)" >&2; exit 1; }
mkdir -p "$dest/html"
for f in "$corpus"/html/*.html.gz; do
  gunzip -c "$f" > "$dest/html/$(basename "$f" .gz)"
done
if ! python3 -c "import lxml" 2>/dev/null; then
  echo "installing python lxml for the scorer" >&2
  pip install --user --quiet lxml 2>/dev/null || pip install --user --quiet --break-system-packages lxml
fi
