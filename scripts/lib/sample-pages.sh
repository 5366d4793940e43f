#!/usr/bin/env bash
# Decompresses the first N pages (default 40) of the article benchmark into DEST, for the checks
# that run Galley's writers over real pages. Usage: scripts/lib/sample-pages.sh DEST [N]
set -euo pipefail
dest=$1; count=${2:-40}
mkdir -p "$dest"
for f in $(ls "${GALLEY_SHARED:-../shared}"/corpus/article-benchmark/html/*.html.gz | head -"$count"); do
  gunzip -c "$f" > "$dest/$(basename "$f" .gz)"
done
