#!/usr/bin/env bash
# Batch benchmark (not a test): Galley against libxml2's parser alone and against peers, on the
# 181 pages of ../shared/corpus/article-benchmark, plus 1x/4x/16x copies for linearity and memory.
# Writes docs/benchmarks.md. Usage: scripts/bench-batch.sh   (env: RUNS=5 PANDOC_PAGES=20 SCALE_RUNS=3 SCALING_RUNS=10)
# Needs: gcc, libxml2-dev, hyperfine, time (/usr/bin/time), pandoc, python3-venv; PyPI for the peers.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
RUNS=${RUNS:-5}
SCALE_RUNS=${SCALE_RUNS:-3}
PANDOC_PAGES=${PANDOC_PAGES:-20}
SCALING_RUNS=${SCALING_RUNS:-10}
CORPUS=${CORPUS:-../shared/corpus/article-benchmark/html}
[ -d "$CORPUS" ] || { echo "corpus not present: $CORPUS" >&2; exit 1; }
B=bench-out                      # git-ignored
for tool in gcc hyperfine pandoc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: gcc hyperfine pandoc time)" >&2; exit 1; }
done
mkdir -p "$B"
cut -d' ' -f1-3 /proc/loadavg > "$B/loadavg.txt"

echo "== corpus: decompress, and 4x / 16x copies" >&2
make_copies() { # scale
  local dir="$B/corpus/$1x"
  [ -d "$dir" ] && [ "$(find "$dir" -name '*.html' | wc -l)" -eq $((181 * $1)) ] && return
  rm -rf "$dir"
  for c in $(seq 1 "$1"); do
    mkdir -p "$dir/copy$c"
    for f in "$CORPUS"/*.html.gz; do zcat "$f" > "$dir/copy$c/$(basename "$f" .gz)"; done
  done
}
make_copies 1; make_copies 4; make_copies 16
PAGES=$(find "$B/corpus/1x" -name '*.html' | wc -l)

echo "== build: galley (release) and the parser-only floor (gcc + libxml2)" >&2
swift build -c release --product galley >&2
GALLEY=.build/release/galley
gcc -O2 -o "$B/parse-only" scripts/bench/parse_only.c $(pkg-config --cflags --libs libxml-2.0)

echo "== peers: trafilatura and html2text in a venv (PyPI)" >&2
if [ ! -x "$B/venv/bin/python" ] || ! "$B/venv/bin/python" -c 'import trafilatura, html2text' 2>/dev/null; then
  python3 -m venv "$B/venv"
  "$B/venv/bin/pip" install -q trafilatura html2text lxml_html_clean >&2
fi
PY="$B/venv/bin/python"
FILES=$(find "$B/corpus/1x" -name '*.html' | sort | tr '\n' ' ')
SUBSET=$(find "$B/corpus/1x" -name '*.html' | sort | head -n "$PANDOC_PAGES" | tr '\n' ' ')

echo "== side by side: $PAGES pages, $RUNS runs each" >&2
# Every run converts into empty output folders, so each one really writes all 543 files. The old
# folders are moved aside, not deleted, before a run (and deleted at the end): on ext4, creating
# files within a minute of deleting many makes the kernel skip the recently freed inodes one by
# one, a cost of the benchmark's own clean-up rather than of the conversion.
mkdir -p "$B/trash"
clean="for d in $B/out-j1 $B/out-j2 $B/out-scale; do [ -d \$d ] && mv \$d $B/trash/\$(date +%s%N); done; true"
hyperfine --style basic --warmup 1 --runs "$RUNS" --prepare "$clean" --export-json "$B/main.json" \
  -n parse-only "$B/parse-only $FILES" \
  -n "galley --jobs 1" "$GALLEY convert $B/corpus/1x --out $B/out-j1 --jobs 1 --force --quiet" \
  -n "galley --jobs 2" "$GALLEY convert $B/corpus/1x --out $B/out-j2 --jobs 2 --force --quiet" \
  -n trafilatura "$PY scripts/bench/batch_peers.py trafilatura $FILES" \
  -n html2text "$PY scripts/bench/batch_peers.py html2text $FILES" >&2
hyperfine --style basic --warmup 1 --runs "$(( RUNS < 3 ? RUNS : 3 ))" --export-json "$B/pandoc.json" \
  -n "pandoc ($PANDOC_PAGES pages, one process each)" \
  "for f in $SUBSET; do pandoc -f html -t markdown \"\$f\" -o /dev/null; done" >&2

echo "== scaling: --jobs 1 against --jobs 2, alternating, $SCALING_RUNS runs each (fastest runs are the least disturbed)" >&2
hyperfine --style basic --warmup 1 --runs "$SCALING_RUNS" --prepare "$clean" --export-json "$B/scaling.json" \
  -n "galley --jobs 1" "$GALLEY convert $B/corpus/1x --out $B/out-j1 --jobs 1 --force --quiet" \
  -n "galley --jobs 2" "$GALLEY convert $B/corpus/1x --out $B/out-j2 --jobs 2 --force --quiet" >&2

echo "== linearity and memory: 1x, 4x, 16x" >&2
: > "$B/rss.tsv"
for scale in 1 4 16; do
  for jobs in 1 2; do
    hyperfine --style basic --runs "$SCALE_RUNS" --prepare "$clean" --export-json "$B/scale-$scale-j$jobs.json" \
      -n "galley --jobs $jobs, ${scale}x" "$GALLEY convert $B/corpus/${scale}x --out $B/out-scale --jobs $jobs --force --quiet" >&2
    sh -c "$clean"
    /usr/bin/time -v "$GALLEY" convert "$B/corpus/${scale}x" --out "$B/out-scale" --jobs "$jobs" --force --quiet 2> "$B/time.txt"
    printf '%s\t%s\t%s\n' "$scale" "$jobs" "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$B/time.txt")" >> "$B/rss.tsv"
  done
done

echo "== where the time goes: perf profile of galley --jobs 1 on 1x (skipped without perf)" >&2
rm -f "$B/profile.md"
sh -c "$clean"
if command -v perf >/dev/null && perf record -F 1999 -g -o "$B/perf.data" \
     "$GALLEY" convert "$B/corpus/1x" --out "$B/out-j1" --jobs 1 --force --quiet 2>/dev/null; then
  perf script -i "$B/perf.data" 2>/dev/null | python3 scripts/bench/profile.py > "$B/profile.md"
fi

{ # the commands measured, for the page (file lists shortened)
  echo "$B/parse-only $B/corpus/1x/copy1/*.html"
  echo "$GALLEY convert $B/corpus/1x --out $B/out-j1 --jobs 1 --force --quiet"
  echo "$GALLEY convert $B/corpus/1x --out $B/out-j2 --jobs 2 --force --quiet"
  echo "$PY scripts/bench/batch_peers.py trafilatura $B/corpus/1x/copy1/*.html"
  echo "$PY scripts/bench/batch_peers.py html2text $B/corpus/1x/copy1/*.html"
  echo "for f in (first $PANDOC_PAGES pages); do pandoc -f html -t markdown \"\$f\" -o /dev/null; done"
  echo "$GALLEY convert $B/corpus/{1,4,16}x --out $B/out-scale --jobs {1,2} --force --quiet   (and under /usr/bin/time -v)"
  echo "hyperfine --warmup 1 --runs $RUNS --prepare \"(move the last output folders aside)\"  (side by side; $SCALE_RUNS runs for the scales)"
  echo "perf record -F 1999 -g $GALLEY convert $B/corpus/1x --out $B/out-j1 --jobs 1 --force --quiet; perf script | scripts/bench/profile.py"
} > "$B/commands.txt"
python3 scripts/bench/report.py "$B" "$PAGES" "$PANDOC_PAGES" "$RUNS" "$SCALE_RUNS" > docs/benchmarks.md
cat docs/benchmarks.md
rm -rf "$B/trash"
