#!/usr/bin/env bash
# Byte-for-byte comparison of what two galley binaries make of plain text (guards speed work on the text reader).
#
#   scripts/compare-text-outputs.sh snapshot BIN DIR   # writes BIN's outputs of every text into DIR
#   scripts/compare-text-outputs.sh compare DIR_A DIR_B  # diff of two snapshots (exit 1 when they differ)
#   scripts/compare-text-outputs.sh BIN_A BIN_B          # both snapshots in temporary folders, then compare
#
# The texts: ../shared/corpus/text-structure-web, ../shared/corpus/text-structure-dev, the seed page
# (../shared/seed) and the .txt files of Input/. Per text: Markdown and JSON (`galley convert`), the
# explanation (`galley explain`) and the feature table (`galley explain --features-tsv`).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${GALLEY_SHARED:-../shared}
sets=("$shared/corpus/text-structure-web" "$shared/corpus/text-structure-dev" "$shared/seed" "Input")

snapshot() {
  local bin dir set name out f base
  bin=$(realpath "$1"); dir=$2
  mkdir -p "$dir"
  for set in "${sets[@]}"; do
    [ -d "$set" ] || { echo "corpus not present: $set" >&2; exit 1; }
    name=$(basename "$set")
    out="$dir/$name"
    mkdir -p "$out/explain"
    tmp=$(mktemp -d)
    cp "$set"/*.txt "$tmp/"
    "$bin" convert "$tmp" --out "$out/markdown" --to markdown -q --force >/dev/null
    "$bin" convert "$tmp" --out "$out/json" --to json -q --force >/dev/null
    rm -rf "$tmp"
    for f in "$set"/*.txt; do
      base=$(basename "$f" .txt)
      "$bin" explain "$f" > "$out/explain/$base.txt" 2>&1 || echo "exit $?" >> "$out/explain/$base.txt"
      "$bin" explain "$f" --features-tsv > "$out/explain/$base.tsv" 2>&1 || echo "exit $?" >> "$out/explain/$base.tsv"
    done
  done
}

compare() {
  # Batch reports hold timings and absolute paths: they are left out, every converted file is compared.
  if diff -r -q -x 'report*.json' -x 'manifest*' "$1" "$2"; then
    echo "identical: $(find "$1" -type f | wc -l) files"
  else
    echo "DIFFERENT (diff -r $1 $2)" >&2
    return 1
  fi
}

case "${1:-}" in
  snapshot) snapshot "$2" "$3" ;;
  compare) compare "$2" "$3" ;;
  ""|-h|--help) sed -n '2,10p' "$0"; exit 2 ;;
  *)
    a=$(mktemp -d); b=$(mktemp -d); trap 'rm -rf "$a" "$b"' EXIT
    snapshot "$1" "$a"; snapshot "$2" "$b"; compare "$a" "$b" ;;
esac
