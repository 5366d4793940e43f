#!/usr/bin/env bash
# Converts both text-structure sets (web: 241 pages, dev: 37 pages) with the release binary and
# scores the heading outline (../shared/tools/score_outline.py); fails when heading F1 or level
# agreement falls below the floor of either set (the figures of docs/outline.md minus a margin).
# It scores exactly the Markdown Galley writes (front matter included: it is inert for cmark).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
corpus=$shared/corpus
need_corpus outline "$corpus/text-structure-dev"
need_corpus outline "$corpus/text-structure-web"
tools=$corpus/../tools
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
python3 scripts/embed-outline-model.py --check || { echo "outline: Sources/GalleyReaders/Text/Model/OutlineModelData.swift is stale (run scripts/embed-outline-model.py)"; status=1; }
# set, F1 floor, level floor
for spec in "text-structure-web 0.85 0.84" "text-structure-dev 0.95 0.93"; do
  read -r set f1_floor level_floor <<<"$spec"
  dir=$corpus/$set
  [ -d "$dir" ] || { echo "outline: $dir missing"; status=1; continue; }
  .build/release/galley convert "$dir" --out "$tmp/$set" --to markdown -q || { echo "outline: conversion of $set failed"; status=1; continue; }
  result=$(python3 "$tools/score_outline.py" "$dir" "$tmp/$set") || { echo "outline: scorer failed on $set"; status=1; continue; }
  echo "outline $set: $result"
  python3 - "$result" "$set" "$f1_floor" "$level_floor" <<'PY' || status=1
import re, sys
m = dict(re.findall(r"(\w+)=([\d.]+)", sys.argv[1]))
name, f1_floor, level_floor = sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
f1, levels = float(m["F1"]), float(m["levels"])
ok = f1 >= f1_floor and levels >= level_floor
print(f"outline {name}: heading F1 {f1:.3f} (floor {f1_floor}), level agreement {levels:.3f} (floor {level_floor}): {'ok' if ok else 'BELOW FLOOR'}")
sys.exit(0 if ok else 1)
PY
done
exit $status
