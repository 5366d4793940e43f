#!/usr/bin/env bash
# Text-reader throughput on the dev set concatenated 1×, 4×, 16× and 64× (release build).
#
#   scripts/bench-text.sh [--runs N] [--bin PATH]     (N runs per measure, the median is printed; default 3)
#
# Two measurements per size: `galley explain` (the text reader alone with every decision explained,
# printing one line per block) and `galley convert --to json` (the reader, the normalization passes
# and the JSON writer: what a user's conversion costs). MB/s is computed from CPU time (user +
# system), so other load on the machine does not distort it; a flat MB/s across sizes shows the
# cost grows linearly with the input. As a reference, measured in the same run on the 16× text:
# cmark (C, CommonMark to XML) and pandoc (Haskell, Markdown to JSON) reading the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
runs=3
bin=$PWD/.build/release/galley
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --bin) bin=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--bin PATH]" >&2; exit 2 ;;
  esac
done
dev=${GALLEY_SHARED:-../shared}/corpus/text-structure-dev
[ -d "$dev" ] || { echo "corpus not present: $dev" >&2; exit 1; }
[ -x "$bin" ] || swift build -c release --product galley >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$dev"/*.txt > "$tmp/base.txt"
# The median CPU seconds (user + system) of `runs` runs of a command.
cpu() {
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp/time" -f "%U %S" "$@" >/dev/null 2>&1
    times+=("$(awk '{print $1 + $2}' "$tmp/time")")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'
}
rate() { python3 -c "import sys; b, t = float(sys.argv[1]), float(sys.argv[2]); print(f'{t:7.2f} s cpu {b / max(t, 0.005):7.2f} MB/s')" "$1" "$2"; }
printf 'median of %s runs\n%5s %9s   %-28s %-28s\n' "$runs" size MB "reader (explain)" "reader+passes+json (convert)"
for n in 1 4 16 64; do
  for _ in $(seq "$n"); do cat "$tmp/base.txt"; done > "$tmp/x$n.txt"
  mb=$(python3 -c "import os; print(os.path.getsize('$tmp/x$n.txt') / 1e6)")
  r=$(cpu "$bin" explain "$tmp/x$n.txt")
  c=$(cpu "$bin" convert "$tmp/x$n.txt" --out "$tmp/out$n" --to json -q --force)
  printf '%4sx %9.2f   %-28s %-28s\n' "$n" "$mb" "$(rate "$mb" "$r")" "$(rate "$mb" "$c")"
  rm -rf "$tmp/out$n"
done
mb=$(python3 -c "import os; print(os.path.getsize('$tmp/x16.txt') / 1e6)")
echo "reference on the 16x text (same bytes, read as Markdown):"
if command -v cmark >/dev/null; then printf '  %-34s %s\n' "cmark -t xml" "$(rate "$mb" "$(cpu cmark -t xml "$tmp/x16.txt")")"; fi
if command -v pandoc >/dev/null; then printf '  %-34s %s\n' "pandoc -f markdown -t json" "$(rate "$mb" "$(cpu pandoc -f markdown -t json "$tmp/x16.txt")")"; fi
