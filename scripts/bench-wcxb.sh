#!/usr/bin/env bash
# Extraction on the web at large: Galley and trafilatura 2.3.1 (Markdown output) on WCXB dev (word F1
# per page type, score_wcxb.py) and on trafilatura-eval-dev (snippet F1, score_snippets.py), every
# tool scored by the same scorer in the same run.
# usage: scripts/bench-wcxb.sh [--every N] [--no-peers] [--galley PATH]
#   --every N   score every Nth WCXB page only (the check's sample); --no-peers: Galley alone.
# Peers install from PyPI into .bench/venv (git-ignored), as scripts/bench-extraction.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
every=1; peers=1; galley=.build/release/galley
while [ $# -gt 0 ]; do
  case $1 in
    --every) every=$2; shift 2 ;;
    --no-peers) peers=0; shift ;;
    --galley) galley=$2; shift 2 ;;
    *) echo "usage: $0 [--every N] [--no-peers] [--galley PATH]" >&2; exit 2 ;;
  esac
done
wcxb=${GALLEY_WCXB_CORPUS:-../shared/corpus/wcxb-dev}
traf=${GALLEY_TRAFILATURA_CORPUS:-../shared/corpus/trafilatura-eval-dev}
tools=${GALLEY_TOOLS:-../shared/tools}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Pages, decompressed (Galley reads .gz too; the peers read plain files).
mkdir -p "$tmp/wcxb" "$tmp/traf"
n=0
for f in "$wcxb"/html/*.html.gz; do
  if [ $((n % every)) -eq 0 ]; then gunzip -c "$f" > "$tmp/wcxb/$(basename "$f" .gz)"; fi
  n=$((n + 1))
done
if [ "$every" -eq 1 ]; then
  for f in "$traf"/html/*.html.gz; do gunzip -c "$f" > "$tmp/traf/$(basename "$f" .gz)"; done
fi

# WCXB's scorer gives a missing page 0: score only the sampled pages when sampling.
subset() {  # $1 = prediction dir; writes a split dir limited to the pages present in $tmp/wcxb
  if [ "$every" -eq 1 ]; then echo "$wcxb"; return; fi
  mkdir -p "$tmp/split"
  [ -f "$tmp/split/ground-truth.json.gz" ] || python3 - "$wcxb" "$tmp/wcxb" "$tmp/split" <<'EOF'
import gzip, json, os, sys
src, pages, dst = sys.argv[1:4]
keep = {f[:-len(".html")] for f in os.listdir(pages)}
gold = json.load(gzip.open(os.path.join(src, "ground-truth.json.gz"), "rt", encoding="utf-8"))
json.dump({k: v for k, v in gold.items() if k in keep}, gzip.open(os.path.join(dst, "ground-truth.json.gz"), "wt", encoding="utf-8"))
EOF
  echo "$tmp/split"
}

[ -x "$galley" ] || swift build -c release --product galley >/dev/null
start=$(date +%s.%N)
"$galley" convert "$tmp/wcxb" --out "$tmp/galley-wcxb" --to markdown --quiet || true
end=$(date +%s.%N)
pages=$(ls "$tmp/wcxb" | wc -l)
echo "== WCXB dev ($pages pages), word F1; Galley $(python3 -c "print(f'{$pages / ($end - $start):.0f}')") pages/s"
split=$(subset)
echo "-- Galley (as written)"
python3 "$tools/score_wcxb.py" "$split" "$tmp/galley-wcxb" --per-type
if [ "$every" -eq 1 ]; then
  "$galley" convert "$tmp/traf" --out "$tmp/galley-traf" --to markdown --quiet || true
fi
if [ "$peers" -eq 1 ]; then
  venv=.bench/venv
  if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
  "$venv/bin/python" -c "import trafilatura" 2>/dev/null \
    || "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean
  version=$("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('trafilatura'))")
  "$venv/bin/python" scripts/bench/peers.py trafilatura "$tmp/wcxb" "$tmp/traf-wcxb" >/dev/null 2>&1
  echo "-- trafilatura $version (markdown)"
  python3 "$tools/score_wcxb.py" "$split" "$tmp/traf-wcxb" --per-type
fi
if [ "$every" -eq 1 ]; then
  echo "== trafilatura-eval-dev ($(ls "$tmp/traf" | wc -l) pages), snippet F1 (micro over chunks)"
  echo "-- Galley (as written)"
  python3 "$tools/score_snippets.py" "$traf" "$tmp/galley-traf" | tail -3
  if [ "$peers" -eq 1 ]; then
    "$venv/bin/python" scripts/bench/peers.py trafilatura "$tmp/traf" "$tmp/traf-traf" >/dev/null 2>&1
    echo "-- trafilatura $version (markdown)"
    python3 "$tools/score_snippets.py" "$traf" "$tmp/traf-traf" | tail -3
  fi
fi
