#!/usr/bin/env bash
# The command line of issue 15: --out - to standard output, explain on HTML, a defaults file,
# -M / --front-matter with warnings on standard error, --verbose, --version, the man page and
# completions generated from the binary, a malformed GALLEY_EXTRACTION_MODEL refused with exit 2.
# These are the tests of the executable target, Sources/galley (a test target cannot import an
# executable).
set -uo pipefail
cd "$(dirname "$0")/../.."
galley=$PWD/.build/release/galley
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
cp Input/snopes-yovanovitch-net-worth.html "$tmp/page.html"
printf -- '---\nlayout: post\ntitle: "Hello"\ncategories: [a, b]\ntags: [x]\nurl: /hello/\n---\n\n# Hello\n\nText.\n' > "$tmp/post.md"
cd "$tmp"

"$galley" convert page.html --to markdown --out - > page.md 2> err || bad "--out -: exit $?"
{ head -1 page.md | grep -q '^---$' && grep -q '^title: "Does Marie' page.md && [ ! -e ./- ]; } || bad "--out - did not write Markdown to standard output (or made a folder '-')"
"$galley" convert page.html --to markdown,json --out - > /dev/null 2>&1; [ $? -eq 2 ] || bad "--out - with two formats is not a usage error"

"$galley" explain page.html > explain.txt 2>&1 || bad "explain page.html: exit $?"
for word in "HTML page: main-content extraction" "kept:" "removed:" "evidence" "score="; do
  grep -q "$word" explain.txt || bad "explain page.html does not show '$word'"
done
"$galley" explain post.md > /dev/null 2> err; code=$?
{ [ $code -eq 2 ] && grep -q "is Markdown" err; } || bad "explain post.md does not say it cannot explain Markdown ($code)"

"$galley" convert post.md --to markdown --out - > same.md 2> err
{ grep -q '^tags:' same.md && grep -q '^layout: post$' same.md && grep -q '^categories: \[a, b\]$' same.md && ! grep -q keywords same.md; } \
  || bad "Markdown → Markdown does not keep tags and unknown keys: $(cat same.md)"
"$galley" convert post.md --to markdown --out - --front-matter hugo -M draft=true > hugo.md 2> err
{ grep -q '^canonical: "/hello/"' hugo.md && grep -q '^draft: "true"' hugo.md && grep -q "'url' written as 'canonical'" err; } \
  || bad "--front-matter hugo / -M: $(cat hugo.md err)"

mkdir -p site && printf 'to: [markdown, json]\nfront-matter: jekyll\nmetadata:\n  lang: de\n' > site/galley.yml
(cd site && "$galley" convert ../post.md --out out -q) || bad "convert with galley.yml failed"
{ [ -s site/out/post.md ] && [ -s site/out/post.json ] && [ ! -e site/out/post.xhtml ] && grep -q '^lang: "de"' site/out/post.md && grep -q '^canonical_url:' site/out/post.md; } \
  || bad "galley.yml was not applied"
(cd site && "$galley" convert ../post.md --out out2 -q --no-defaults) && [ -e site/out2/post.xhtml ] || bad "--no-defaults did not ignore galley.yml"

"$galley" convert post.md page.html --out v --verbose 2> err > /dev/null
grep -q "converted: page.html → page.md, page.json, page.xhtml (removed: " err || bad "--verbose does not list the inputs: $(cat err)"

printf '{' > bad-model.json
GALLEY_EXTRACTION_MODEL=bad-model.json "$galley" convert page.html --to markdown --out - > /dev/null 2> err; code=$?
{ [ $code -eq 2 ] && grep -q "GALLEY_EXTRACTION_MODEL=bad-model.json: not an extraction model" err; } \
  || bad "a malformed GALLEY_EXTRACTION_MODEL is not a usage error naming the file ($code): $(cat err)"

[[ "$("$galley" --version)" == "galley "[0-9]* ]] || bad "--version does not print the name"
python3 "$OLDPWD/scripts/make-manpage.py" "$galley" > galley.1 && grep -q '^\.SH GALLEY CONVERT' galley.1 || bad "the man page is not generated"
for shell in bash zsh fish; do
  script=$("$galley" --generate-completion-script $shell); [[ "$script" == *convert* ]] || bad "no $shell completion"
done
[ $fail -eq 0 ] && echo "cli: --out -, explain HTML, front matter, galley.yml, --verbose, a bad model override, --version, man page, completions: ok"
exit $fail
