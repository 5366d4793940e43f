#!/usr/bin/env bash
# Extraction benchmark: Galley, trafilatura and readability-lxml on the article benchmark, each
# scored by the same scorer in the same run, plus throughput (pages/s). Galley's rate is HTML →
# Markdown + JSON + XHTML with --jobs 1 (median of 3 runs, including process start); the peers
# extract text in one Python process. Peers install from PyPI into .bench/venv (git-ignored).
# Writes the table to docs/extraction.md.   Usage: scripts/bench-extraction.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
corpus=${GALLEY_ARTICLE_CORPUS:-../shared/corpus/article-benchmark}
scorer=${GALLEY_SCORER:-../shared/tools/score_extraction.py}
gold="$corpus/ground-truth.json"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/bench/corpus.sh "$tmp"
pages=$(ls "$tmp/html" | wc -l)

venv=.bench/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" "readability-lxml==0.9" lxml_html_clean \
  || "$venv/bin/pip" install --quiet --disable-pip-version-check trafilatura readability-lxml lxml_html_clean
versions=$("$venv/bin/python" -c "import importlib.metadata as m; print('trafilatura', m.version('trafilatura') + ',', 'readability-lxml', m.version('readability-lxml'))")

swift build -c release --product galley >/dev/null
galley=.build/release/galley

score() { python3 "$scorer" article-benchmark "$gold" "$1" | tail -1; }
field() { echo "$1" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p"; }

# Galley: quality from the Markdown; speed from all three formats, --jobs 1, median of 3 fresh runs.
$galley convert "$tmp/html" --out "$tmp/galley-md" --to markdown --quiet
galley_written=$(score "$tmp/galley-md")
python3 scripts/bench/strip_title.py "$tmp/galley-md" "$tmp/galley-body"
galley_score=$(score "$tmp/galley-body")
times=()
for run in 1 2 3; do
  rm -rf "$tmp/galley-all"
  start=$(date +%s.%N)
  $galley convert "$tmp/html" --out "$tmp/galley-all" --to markdown,json,xhtml --jobs 1 --quiet
  end=$(date +%s.%N)
  times+=("$(python3 -c "print($end - $start)")")
done
galley_rate=$(python3 -c "import statistics; print(f'{$pages / statistics.median([${times[0]}, ${times[1]}, ${times[2]}]):.1f}')")

traf_rate=$("$venv/bin/python" scripts/bench/peers.py trafilatura "$tmp/html" "$tmp/trafilatura" 2>/dev/null)
traf_score=$(score "$tmp/trafilatura")
read_rate=$("$venv/bin/python" scripts/bench/peers.py readability "$tmp/html" "$tmp/readability" 2>/dev/null)
read_score=$(score "$tmp/readability")

row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$(field "$2" P)" "$(field "$2" R)" "$(field "$2" F1)" "$(field "$2" missing)" "$3"; }
mkdir -p docs
# The sections after the marker (the web at large, written from scripts/bench-wcxb.sh) are kept.
web=$(sed -n '/^<!-- web sets -->$/,$p' docs/extraction.md 2>/dev/null || true)
{
  echo "# Main-content extraction: Galley beside its peers"
  echo
  echo "Made by \`scripts/bench-extraction.sh\` on $(uname -m), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //' || echo unknown cpu))."
  echo "Corpus: the $pages pages of \`article-benchmark\`; token precision, recall and F1 (means over pages) from"
  echo "\`python3 score_extraction.py article-benchmark ground-truth.json OUT\`, every tool scored the same way in the same run."
  echo "Galley's rate is HTML → Markdown, JSON and XHTML (\`galley convert --jobs 1\`, median of 3 runs, one process);"
  echo "the peers' rate is text extraction only, in one Python process ($versions)."
  echo
  echo "\"body\" drops the \`# Title\` line that repeats the front-matter title (\`scripts/bench/strip_title.py\`): the ground"
  echo "truth is the article body without its title, and the scorer already ignores the front matter."
  echo
  echo "| tool | precision | recall | F1 | missing | pages/s |"
  echo "|---|---|---|---|---|---|"
  version=$(grep -o '"[0-9.]*"' Sources/GalleyPipeline/GalleyVersion.swift | tr -d '"')
  row "Galley $version (body)" "$galley_score" "$galley_rate"
  row "Galley $version (as written)" "$galley_written" "$galley_rate"
  row "trafilatura" "$traf_score" "$traf_rate"
  row "readability-lxml" "$read_score" "$read_rate"
  [ -z "$web" ] || { echo; echo "$web"; }
} > docs/extraction.md
cat docs/extraction.md
