#!/usr/bin/env bash
# Text-reader throughput on the dev set concatenated 1×, 4×, 16× and 64× (release build).
# Two measurements per size: `galley explain` (the text reader alone, printing one line per block)
# and `galley convert --to json` (reader, normalization passes and JSON writer). MB/s is computed
# from CPU time (user + system), so other load on the machine does not distort it; a flat MB/s
# across sizes shows the cost grows linearly with the input.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
dev=${GALLEY_SHARED:-../shared}/corpus/text-structure-dev
[ -d "$dev" ] || { echo "corpus not present: $dev" >&2; exit 1; }
[ -x .build/release/galley ] || swift build -c release --product galley >/dev/null
bin=$PWD/.build/release/galley
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$dev"/*.txt > "$tmp/base.txt"
cpu() { /usr/bin/time -f "%U %S %e" "$@" 2>&1 >/dev/null | tail -1; }
printf '%5s %9s   %-28s %-28s\n' size MB "reader (explain)" "reader+passes+json (convert)"
for n in 1 4 16 64; do
  for _ in $(seq "$n"); do cat "$tmp/base.txt"; done > "$tmp/x$n.txt"
  bytes=$(stat -c %s "$tmp/x$n.txt")
  read -r u1 s1 e1 < <(cpu "$bin" explain "$tmp/x$n.txt")
  read -r u2 s2 e2 < <(cpu "$bin" convert "$tmp/x$n.txt" --out "$tmp/out$n" --to json -q)
  python3 -c "
b=$bytes/1e6; r=$u1+$s1; c=$u2+$s2
print(f'{$n:>4}x {b:9.2f}   {r:7.2f} s cpu {b/r:7.2f} MB/s    {c:7.2f} s cpu {b/c:7.2f} MB/s   (wall {$e1:.1f} s / {$e2:.1f} s)')"
  rm -rf "$tmp/out$n"
done
