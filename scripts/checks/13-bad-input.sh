#!/usr/bin/env bash
# A batch with broken inputs: binary and unreadable files fail with a message naming them,
# exit code 1, and the good files are still converted. Usage errors exit 2.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in/sub"
printf 'Title\n\nA paragraph.\n' > "$tmp/in/good.txt"
printf '# Heading\n\nText.\n' > "$tmp/in/sub/good.md"
head -c 3000 /dev/urandom > "$tmp/in/random.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/in/image.html"
printf 'caf\xe9 cr\xe8me \xff\xfe broken utf-8 \xc3\n' > "$tmp/in/latin.txt"
printf '<html><body><p>unclosed <b>tags <table><tr><td>x' > "$tmp/in/broken.html"
: > "$tmp/in/empty.md"
.build/release/galley convert "$tmp/in" --out "$tmp/out" 2> "$tmp/err"; code=$?
fail=0
[ $code -eq 1 ] || { echo "expected exit 1, got $code"; fail=1; }
for f in good.md sub/good.md latin.md broken.md empty.md; do
  [ -s "$tmp/out/$f" ] || { echo "missing output $f"; fail=1; }
done
grep -q "random.txt" "$tmp/err" || { echo "error does not name random.txt"; fail=1; }
grep -q "image.html" "$tmp/err" || { echo "error does not name image.html"; fail=1; }
.build/release/galley convert "$tmp/in" --to pdf >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || { echo "usage error: expected exit 2, got $code"; fail=1; }
.build/release/galley convert "$tmp/nonexistent" >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || { echo "missing path: expected exit 2, got $code"; fail=1; }
cat "$tmp/err"
[ $fail -eq 0 ] && echo "bad inputs reported, good inputs converted"
exit $fail
