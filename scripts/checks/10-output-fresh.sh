#!/usr/bin/env bash
# Output/ must be what `galley convert Input --out Output` makes now: fails when Output/ is stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
.build/release/galley convert Input --out "$tmp" --quiet
if diff -r -q --exclude='.*' --exclude='*.epub' "$tmp" Output; then
  echo "Output/ is up to date"
else
  echo "Output/ is stale: run 'make run' and commit Output/" >&2
  exit 1
fi
