#!/usr/bin/env bash
# Main-content extraction quality: token F1 of Galley's Markdown against the article benchmark's
# ground truth (181 real pages), scored by ../shared/tools/score_extraction.py. Fails below the
# regression floor (GALLEY_F1_THRESHOLD, default 0.95); issue 4's target is 0.97.
set -uo pipefail
cd "$(dirname "$0")/../.."
threshold=${GALLEY_F1_THRESHOLD:-0.95}
corpus=${GALLEY_ARTICLE_CORPUS:-../shared/corpus/article-benchmark}
scorer=${GALLEY_SCORER:-../shared/tools/score_extraction.py}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/bench/corpus.sh "$tmp" || exit 1
.build/release/galley convert "$tmp/html" --out "$tmp/out" --to markdown --quiet || { echo "galley failed on the corpus"; exit 1; }
line=$(python3 "$scorer" article-benchmark "$corpus/ground-truth.json" "$tmp/out" --worst) || { echo "scorer failed"; exit 1; }
echo "$line"
f1=$(echo "$line" | sed -n 's/.*F1=\([0-9.]*\).*/\1/p' | tail -1)
python3 -c "import sys; sys.exit(0 if float('$f1') >= $threshold else 1)" \
  && echo "extraction F1 $f1 >= $threshold" || { echo "extraction F1 $f1 below $threshold"; exit 1; }
