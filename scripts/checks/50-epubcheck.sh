#!/usr/bin/env bash
# EPUBCheck 4.2.6 must report 0 fatals / 0 errors / 0 warnings for the sample pamphlet (also with
# the other stylesheets, a given cover and split chapters) and for a one-chapter pamphlet of each
# page of the article benchmark (HTML reader). All books are checked
# in one JVM (scripts/epubcheck/EpubCheckMany.java) because JVM start-up dominates. Also checks
# that building the sample twice gives byte-identical EPUBs.
set -uo pipefail
cd "$(dirname "$0")/../.."
galley=.build/release/galley
jar=/usr/share/java/epubcheck.jar
. scripts/lib/corpus.sh
corpus=$shared/corpus/article-benchmark/html
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pages" "$tmp/books"
fail=0

"$galley" pamphlet --manifest Input/pamphlet.yml --out "$tmp/books/sample-pamphlet.epub" --quiet || { echo "sample pamphlet: build failed"; fail=1; }
"$galley" pamphlet --manifest Input/pamphlet.yml --out "$tmp/sample-again.epub" --quiet
if cmp -s "$tmp/books/sample-pamphlet.epub" "$tmp/sample-again.epub"; then echo "sample pamphlet: deterministic (two builds byte-identical)"
else echo "sample pamphlet: two builds differ"; fail=1; fi

# The other built-in stylesheets, a given cover, and chapters split at level 2.
for css in sans classic; do
  "$galley" pamphlet --manifest Input/pamphlet.yml --stylesheet $css --out "$tmp/books/sample-$css.epub" --quiet || { echo "sample with $css.css: build failed"; fail=1; }
done
"$galley" pamphlet --manifest Input/pamphlet.yml --cover Input/pamphlet-pipeline.svg --split-level 2 --toc-depth 2 \
  --out "$tmp/books/sample-split.epub" --quiet || { echo "sample split at level 2: build failed"; fail=1; }

# A hostile SVG (script, handlers, foreign object, external references) as image and cover is
# sanitised into a valid book.
mkdir -p "$tmp/svg"
cat > "$tmp/svg/hostile.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
<script>alert(1)</script><a xlink:href="javascript:alert(2)"><rect width="5" height="5" fill="red" onclick="alert(3)"/></a>
<foreignObject width="5" height="5"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example"/></foreignObject>
<use href="http://evil.example/x.svg#a"/><image xlink:href="http://evil.example/y.png" width="1" height="1"/>
<style>@import url(http://evil.example/a.css);</style><circle r="2" fill="blue"/></svg>
SVG
printf '# Hostile image\n\n![A hostile drawing](hostile.svg)\n' > "$tmp/svg/chapter.md"
"$galley" pamphlet "$tmp/svg/chapter.md" --cover "$tmp/svg/hostile.svg" --out "$tmp/books/hostile-svg.epub" --quiet || { echo "hostile SVG book: build failed"; fail=1; }
if python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [sys.stdout.write(z.read(n).decode()) for n in z.namelist() if n.endswith(".svg")]' "$tmp/books/hostile-svg.epub" | grep -qiE '<script|onload|onclick|javascript:|foreignObject|evil\.example'; then
  echo "hostile SVG book: unsafe SVG content was packaged"; fail=1
else
  echo "hostile SVG book: SVG sanitised"
fi

# Errors name the file: an unreadable input exits 1 and writes no book; a missing path is a usage error (2).
head -c 2000 /dev/urandom > "$tmp/pages/binary.txt"
"$galley" pamphlet "$tmp/pages/binary.txt" --out "$tmp/bad.epub" 2> "$tmp/err"; code=$?
{ [ $code -eq 1 ] && grep -q "binary.txt" "$tmp/err" && [ ! -e "$tmp/bad.epub" ]; } || { echo "unreadable input: expected exit 1 naming the file, got $code: $(cat "$tmp/err")"; fail=1; }
rm -f "$tmp/pages/binary.txt"
"$galley" pamphlet "$tmp/missing.md" --out "$tmp/bad.epub" 2> /dev/null; code=$?
[ $code -eq 2 ] || { echo "missing input: expected exit 2, got $code"; fail=1; }

built=0; failed=0; expected=0
have_corpus epubcheck "$corpus" && expected=$(ls "$corpus"/*.html.gz | wc -l)
for f in $([ "$expected" -gt 0 ] && ls "$corpus"/*.html.gz); do
  name=$(basename "$f" .html.gz)
  zcat "$f" > "$tmp/pages/$name.html"
  if "$galley" pamphlet "$tmp/pages/$name.html" --out "$tmp/books/$name.epub" --quiet 2>> "$tmp/build-errors"; then
    built=$((built + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "corpus pamphlets: $built of $expected pages built, $failed failed to build"
[ $failed -eq 0 ] || { head -5 "$tmp/build-errors"; fail=1; }
[ $built -eq "$expected" ] || { echo "corpus pamphlets: expected $expected books"; fail=1; }
books=$(ls "$tmp"/books/*.epub | wc -l)
echo "epubcheck: checking $books books (sample pamphlet variants, hostile SVG, $built corpus pages)"

java -Xss1024k -cp "$jar" scripts/epubcheck/EpubCheckMany.java "$tmp"/books/*.epub > "$tmp/report" 2>&1 || fail=1
grep -E '^(ERROR|FATAL|WARNING)' "$tmp/report" | sort | uniq -c | sort -rn | head -20
grep '^epubcheck:' "$tmp/report" | tail -25
exit $fail
