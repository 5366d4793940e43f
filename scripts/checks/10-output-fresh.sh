#!/usr/bin/env bash
# Output/ must be what `galley convert Input --out Output` makes now: `--check` converts every input
# in memory and compares the bytes with Output/ (missing, hand-edited or stale files, outputs of
# deleted inputs, an out-of-date manifest); it writes nothing and exits 1 when anything differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
if .build/release/galley convert Input --out Output --check; then
  echo "Output/ is up to date"
else
  echo "Output/ is stale: run 'make run' and commit Output/ (with Output/.galley-manifest.json)" >&2
  exit 1
fi
