#!/usr/bin/env bash
# WARC input, checked against WARCs written by others:
# 1. warcio (Python's WARC library) captures the 181 benchmark pages (gzip, chunked and plain
#    bodies, one gzip member per record) plus records that are not pages; every page must convert
#    to the same outputs as the page converted as a file, and the other records must be listed.
# 2. wget --warc-file crawls a local server on 127.0.0.1; every page it fetched is converted.
# Without ../shared (a user's clone) part 1 uses Input/'s pages; in CI the corpus must be there.
set -uo pipefail
cd "$(dirname "$0")/../.."
galley=.build/release/galley
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null' EXIT
. scripts/lib/corpus.sh
pages=$shared/corpus/article-benchmark/html
if ! have_corpus warc "$pages"; then
  echo "warc: using Input/'s pages instead"
  mkdir -p "$tmp/pages"; cp Input/*.html "$tmp/pages/"; pages="$tmp/pages"
fi
fail=0
python3 scripts/warc/make_warc.py "$pages" "$tmp/pages.warc.gz" --mixed || { echo "warc: warcio could not write the WARC"; exit 1; }
mkdir -p "$tmp/files"
for f in "$pages"/*; do
  case "$f" in *.gz) gzip -dc "$f" > "$tmp/files/$(basename "$f" .gz)" ;; *) cp "$f" "$tmp/files/" ;; esac
done
$galley convert "$tmp/files" --out "$tmp/file-out" -q || { echo "warc: converting the pages as files failed"; fail=1; }
$galley convert "$tmp/pages.warc.gz" --out "$tmp/warc-out" --report "$tmp/report.json" 2> "$tmp/err" >/dev/null || { echo "warc: converting the WARC failed"; cat "$tmp/err"; fail=1; }
python3 scripts/warc/compare_warc_outputs.py "$tmp/files" "$tmp/file-out" "$tmp/warc-out/pages/pages.example" | tail -3 || fail=1
python3 scripts/warc/compare_warc_outputs.py "$tmp/files" "$tmp/file-out" "$tmp/warc-out/pages/pages.example" >/dev/null || fail=1
for reason in "request" "response image/png" "response 404" "response 301" "metadata" "warcinfo" "revisit whose original is not in the file"; do
  grep -q "$reason" "$tmp/err" || { echo "warc: the listing does not name '$reason' records"; fail=1; }
done
python3 - "$tmp/report.json" <<'PY' || fail=1
import json, sys
report = json.load(open(sys.argv[1]))
archive = report["archives"][0]
revisits = [f for f in report["files"] if f["url"] and f["url"].endswith("?again")]
assert len(revisits) == 1 and revisits[0]["status"] == "converted", "the revisit of a page in the file is converted"
assert all(f["url"] for f in report["files"]), "every WARC page maps to its URL in the report"
print(f"warc: {archive['pages']} pages, {len(archive['skipped'])} other records listed in the report")
PY
$galley convert "$tmp/pages.warc.gz" --out "$tmp/warc-out" -q --check || { echo "warc: a second run is not fresh"; fail=1; }

# wget against a local server (loopback only)
if command -v wget >/dev/null; then
  mkdir -p "$tmp/site"
  cp Input/*.html Input/*.txt "$tmp/site/"
  { echo '<html><body><h1>Site</h1><ul>'; for f in "$tmp"/site/*; do echo "<li><a href=\"$(basename "$f")\">$(basename "$f")</a></li>"; done; echo '</ul></body></html>'; } > "$tmp/site/index.html"
  port=$((20000 + RANDOM % 20000))
  (cd "$tmp/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) & server=$!
  for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
  (cd "$tmp" && wget -q -r -l 1 --no-parent --warc-file=site "http://127.0.0.1:$port/index.html" -P "$tmp/wget-tree") || true
  kill "$server" 2>/dev/null; server=
  expected=$(ls "$tmp/site" | wc -l)  # wget's own log and arguments (resource records) are not pages
  $galley convert "$tmp/site.warc.gz" --out "$tmp/wget-out" 2> "$tmp/wget-err" >/dev/null || { echo "warc: converting wget's WARC failed"; cat "$tmp/wget-err"; fail=1; }
  got=$(find "$tmp/wget-out" -name '*.md' | wc -l)
  grep -q "resource that is not a web page" "$tmp/wget-err" || { echo "warc: wget's own log and arguments are not listed as skipped"; fail=1; }
  if [ "$got" -eq "$expected" ]; then echo "warc: wget's WARC of $expected pages gave $got documents"
  else echo "warc: wget's WARC of $expected pages gave $got documents"; cat "$tmp/wget-err"; fail=1; fi
else
  [ -n "${CI:-}" ] && { echo "warc: wget missing"; fail=1; }
fi
[ $fail -eq 0 ] && echo "warc: ok"
exit $fail
