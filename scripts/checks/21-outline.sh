#!/usr/bin/env bash
# Converts the text-structure dev set with the release binary and scores the heading outline;
# fails when heading F1 or level agreement is below 0.95.
# It scores exactly the Markdown Galley writes (front matter included: it is inert for cmark).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
dev=$shared/corpus/text-structure-dev
need_corpus outline "$dev"
tools=$(dirname "$dev")/../tools
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
.build/release/galley convert "$dev" --out "$tmp" --to markdown -q || { echo "outline: conversion failed"; exit 1; }
result=$(python3 "$tools/score_outline.py" "$dev" "$tmp") || { echo "outline: scorer failed"; exit 1; }
echo "outline: $result"
python3 - "$result" <<'PY'
import re, sys
m = dict(re.findall(r"(\w+)=([\d.]+)", sys.argv[1]))
f1, levels = float(m["F1"]), float(m["levels"])
ok = f1 >= 0.95 and levels >= 0.95
print(f"outline: heading F1 {f1:.3f}, level agreement {levels:.3f} (target 0.95 each): {'ok' if ok else 'BELOW TARGET'}")
sys.exit(0 if ok else 1)
PY
