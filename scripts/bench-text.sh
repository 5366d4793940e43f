#!/usr/bin/env bash
# Text-reader throughput: the dev set concatenated 1×, 4×, 16× and 64×, read and normalized by
# `galley convert --to json` (release build); prints MB/s per size, so linear cost shows as a flat rate.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
dev=../shared/corpus/text-structure-dev
[ -d "$dev" ] || dev=/work/shared/corpus/text-structure-dev
[ -x .build/release/galley ] || swift build -c release --product galley >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$dev"/*.txt > "$tmp/x1.txt"
for n in 1 4 16 64; do
  : > "$tmp/x$n.in"
  for _ in $(seq "$n"); do cat "$tmp/x1.txt" >> "$tmp/x$n.in"; done
  mv "$tmp/x$n.in" "$tmp/x$n.txt"
  bytes=$(stat -c %s "$tmp/x$n.txt")
  start=$(date +%s.%N)
  .build/release/galley convert "$tmp/x$n.txt" --out "$tmp/out" --to json -q
  end=$(date +%s.%N)
  python3 -c "b=$bytes; t=$end-$start; print(f'{$n:>3}x  {b/1e6:8.2f} MB  {t:7.3f} s  {b/1e6/t:7.2f} MB/s')"
done
