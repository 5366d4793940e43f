#!/usr/bin/env bash
# Output/sample-pamphlet.epub must be byte-identical to what `make run` builds now from Input/pamphlet.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
date_line=$(sed -n 's/^date:[[:space:]]*\([0-9-]*\).*/\1/p' Input/pamphlet.yml | head -1)
SOURCE_DATE_EPOCH=$(date -u -d "${date_line:-1980-01-01} 00:00:00" +%s) \
  .build/release/galley pamphlet --manifest Input/pamphlet.yml --out "$tmp/sample-pamphlet.epub" --quiet
if cmp -s "$tmp/sample-pamphlet.epub" Output/sample-pamphlet.epub; then
  echo "Output/sample-pamphlet.epub is up to date ($(wc -c < Output/sample-pamphlet.epub) bytes)"
else
  echo "Output/sample-pamphlet.epub is missing or stale: run 'make run' and commit Output/" >&2
  exit 1
fi
