#!/usr/bin/env bash
# Pandoc's JSON AST (issue 15): Galley's --to pandoc-json must be read by pandoc without an error
# into docx, odt and LaTeX, for Input/ and every page of the article benchmark (all pages merged
# into one AST per pandoc run; on a failure each page is tried alone to name it); and on the
# CommonMark spec examples it must agree with pandoc's own `-f commonmark -t json` of Galley's
# Markdown for at least GALLEY_PANDOC_MIN examples (docs/pandoc.md lists the differences;
# --write-doc regenerates it).
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/corpus.sh
galley=.build/release/galley
command -v pandoc >/dev/null || { echo "pandoc-json: the pandoc command is missing (scripts/install-deps.sh test)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir -p "$tmp/in"
cp Input/*.html Input/*.md Input/*.txt "$tmp/in/"
pages=$shared/corpus/article-benchmark/html
if have_corpus pandoc-json "$pages"; then
  mkdir -p "$tmp/in/corpus"
  for f in "$pages"/*.html.gz; do gunzip -c "$f" > "$tmp/in/corpus/$(basename "$f" .gz)"; done
fi
$galley convert "$tmp/in" --out "$tmp/out" --to pandoc-json -q || { echo "pandoc-json: galley failed"; fail=1; }
count=$(find "$tmp/out" -name '*.pandoc.json' | wc -l)
# One AST holding every document's blocks (each after a level-1 header naming its file). Remote
# images are pointed at a local missing file, so pandoc's docx/odt writers never go to the network.
python3 - "$tmp/out" "$tmp/all.json" <<'PY'
import json, os, sys
def offline(node):
    if isinstance(node, dict):
        if node.get("t") == "Image" and not node["c"][2][0].startswith(("data:",)):
            node["c"][2][0] = "offline-image.png"
        for value in node.values(): offline(value)
    elif isinstance(node, list):
        for value in node: offline(value)
blocks, version = [], None
for root, _, files in sorted(os.walk(sys.argv[1])):
    for name in sorted(f for f in files if f.endswith(".pandoc.json")):
        doc = json.load(open(os.path.join(root, name)))
        version = doc["pandoc-api-version"]
        blocks.append({"t": "Header", "c": [1, ["", [], []], [{"t": "Str", "c": name}]]})
        offline(doc)
        json.dump(doc, open(os.path.join(root, name), "w"))  # each file offline too, for the fallback
        blocks += doc["blocks"]
json.dump({"pandoc-api-version": version, "meta": {}, "blocks": blocks}, open(sys.argv[2], "w"))
PY
[ -s "$tmp/all.json" ] || { echo "pandoc-json: could not merge Galley's outputs"; exit 1; }
for format in docx odt latex; do
  if pandoc -f json -t $format "$tmp/all.json" -o "$tmp/all.$format" 2> "$tmp/err-$format" && ! grep -qi "error" "$tmp/err-$format"; then
    echo "pandoc-json: pandoc -f json -t $format read the $count documents without an error"
  else
    fail=1
    head -3 "$tmp/err-$format"
    for doc in $(find "$tmp/out" -name '*.pandoc.json' | sort); do
      pandoc -f json -t $format "$doc" -o "$tmp/one.$format" 2>&1 | grep -i error | head -2 | sed "s|^|pandoc-json: $format: $doc: |"
    done
  fi
done
if have_corpus pandoc-json "$shared/corpus/commonmark/spec.txt"; then
  args=("$shared/corpus/commonmark/spec.txt" --galley "$galley" --min "${GALLEY_PANDOC_MIN:-640}" --show 3)
  [ "${1:-}" = --write-doc ] && args+=(--write-doc docs/pandoc.md)
  python3 scripts/pandoc_json_compare.py "${args[@]}" || fail=1
fi
[ $fail -eq 0 ] && echo "pandoc-json: ok"
exit $fail
