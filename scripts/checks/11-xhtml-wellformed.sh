#!/usr/bin/env bash
# Every XHTML file Galley writes is well-formed XML (xmllint --noout): Output/ and 40 corpus pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/lib/sample-pages.sh "$tmp/in" 40
.build/release/galley convert "$tmp/in" --out "$tmp/out" --to xhtml --quiet || true
count=0
for f in $(find Output "$tmp/out" -name '*.xhtml' | sort); do
  xmllint --noout --nonet "$f"
  count=$((count + 1))
done
[ "$count" -ge 40 ] || { echo "only $count XHTML files found" >&2; exit 1; }
echo "$count XHTML files well-formed"
