#!/usr/bin/env bash
# Hostile trees (issue 10): links out of the input tree and loops, links planted in OUT, names that
# are not UTF-8, a 255-byte name, a 1 GiB sparse input, pamphlet paths leading outside. Each must
# give a clear message and never read or write outside what it was given.
set -uo pipefail
cd "$(dirname "$0")/../.."
galley=$PWD/.build/release/galley
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

mkdir -p in/sub secret elsewhere out/
printf 'Alpha\n\nText.\n' > in/a.txt; printf 'Beta\n\nText.\n' > in/sub/b.txt
printf 'root:x:0:0:secret\n' > secret/passwd.txt
ln -s . in/loop; ln -s ../.. in/sub/up; ln -s ../secret/passwd.txt in/passwd.txt
printf 'Odd name\n\nText.\n' > "in/caf$(printf '\xe9').txt"
ln -s "$tmp/elsewhere" out/sub; ln -s "$tmp/secret/journal-victim" out/.galley-manifest.journal
timeout 20 "$galley" convert in --out out > /dev/null 2> err; code=$?
[ $code -eq 1 ] || bad "convert: expected exit 1 (out/sub is a link), got $code"
grep -q "in/passwd.txt: skipped: a symbolic link" err || bad "the link out of the tree is not named"
grep -q "in/loop: skipped" err || bad "the loop is not named"
grep -q "out/sub is a symbolic link" err || bad "the link in OUT is not named"
grep -q "manifest journal (it is a symbolic link" err || bad "the linked journal is not named"
[ -z "$(ls elsewhere)" ] || bad "a file was written through out/sub"
[ ! -e secret/journal-victim ] || bad "a line was appended through the linked journal"
[ -s "out/caf%E9.md" ] || bad "the name that is not UTF-8 was not converted (escaped)"
grep -rq "root:x" out && bad "the secret reached OUT"
"$galley" convert "in/caf$(printf '\xe9').txt" --out out2 -q || bad "a name that is not UTF-8 given as an argument was not found"
"$galley" convert in --out out3 -q --follow-symlinks 2> /dev/null; [ -s out3/passwd.md ] || bad "--follow-symlinks did not follow the link"

long=$(printf 'x%.0s' $(seq 250))
printf '# Long\n\nName.\n' > "$long.md"
"$galley" convert "$long.md" --out out4 --to markdown,json -q || bad "a 253-byte name: outputs whose names fit were not written"

truncate -s 1G big.txt
start=$(date +%s%N)
"$galley" convert big.txt --out out5 -q 2> err; code=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
{ [ $code -eq 1 ] && grep -q "file too large: it is 1 GiB" err; } || bad "1 GiB sparse input: $(cat err)"
[ $ms -lt 5000 ] || bad "1 GiB sparse input took $ms ms"
"$galley" convert big.txt --out out5 -q --max-input-size 2G 2> err; grep -q "binary file" err || bad "--max-input-size 2G: expected the binary sniff to refuse it"

mkdir -p book
printf 'title: T\nstylesheet: ../../../../../../etc/passwd\nchapters:\n  - ch.md\n  - ../secret/passwd.txt\n' > book/evil.yml
printf '# Chapter\n\n![up](../secret/x.png) ![abs](/etc/x.png) ![file](file:///etc/x.png) ![enc](..%%2Fsecret%%2Fx.png)\n' > book/ch.md
"$galley" pamphlet --manifest book/evil.yml --out evil.epub 2> err; code=$?
{ [ $code -eq 1 ] && [ ! -e evil.epub ] && grep -q "the chapter book/../secret/passwd.txt is outside" err && grep -q "the stylesheet .*etc/passwd is outside" err; } \
  || bad "pamphlet: a chapter and stylesheet outside the manifest's folder were not refused: $(cat err)"
"$galley" pamphlet --manifest book/evil.yml --allow-outside secret --allow-outside /etc --out allowed.epub -q 2> err || bad "--allow-outside did not allow: $(cat err)"

[ $fail -eq 0 ] && echo "hostile trees: links, loops, odd names, huge files and outside paths all contained"
exit $fail
