#!/usr/bin/env bash
# Language guess benchmark (not a test): converts the 181 article-benchmark pages once as they are
# and once with every language declaration removed (lang, xml:lang, og:locale, content-language,
# inLanguage), then compares the language Galley guesses from the text with the page's own
# declaration. Prints agreements, disagreements (with both tags, to be checked by eye: some pages
# declare the wrong language) and pages left without a guess.   Usage: scripts/bench-language.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
scripts/bench/corpus.sh "$tmp" >/dev/null
mkdir -p "$tmp/stripped"
for f in "$tmp"/html/*.html; do
  sed -E 's/(xml:)?lang="[^"]*"//gI; s/(og:locale|content-language|inLanguage|dc\.language)/x-removed/gI' "$f" > "$tmp/stripped/$(basename "$f")"
done
[ -x .build/release/galley ] || swift build -c release --product galley >&2
.build/release/galley convert "$tmp/html" --out "$tmp/declared" --to json --no-normalize --force --quiet
.build/release/galley convert "$tmp/stripped" --out "$tmp/guessed" --to json --force --quiet
python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
agree, disagree, unguessed, undeclared, guessed_undeclared = 0, [], 0, 0, 0
for name in sorted(os.listdir(f"{tmp}/declared")):
    if not name.endswith(".json") or name.startswith("."):
        continue
    declared = json.load(open(f"{tmp}/declared/{name}"))["metadata"].get("language")
    guess = json.load(open(f"{tmp}/guessed/{name}"))["metadata"].get("language")
    if not declared:
        undeclared += 1
        guessed_undeclared += guess is not None
        continue
    primary = declared.split("-")[0].lower()
    if guess is None:
        unguessed += 1
    elif guess == primary:
        agree += 1
    else:
        disagree.append((name[:12], declared, guess))
print(f"pages declaring a language: {agree + len(disagree) + unguessed}; guess (declarations removed) agrees: {agree}, "
      f"disagrees: {len(disagree)}, no guess: {unguessed}")
for name, declared, guess in disagree:
    print(f"  {name}… declares {declared}, text guessed as {guess}")
print(f"pages declaring none: {undeclared}; given a guess: {guessed_undeclared}")
PY
