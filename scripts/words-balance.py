#!/usr/bin/env python3
"""Words in = words out + words removed: checks Galley's "nothing is lost" rule page by page.

For every input page it counts the \\w+ words (NFKC, case-folded) of the input's visible text
(HTML: the text outside script/style/template/head and comments, read with libxml2 through lxml;
text and Markdown: the text itself) and the words of the JSON output (blocks, metadata) plus the
whole text of every removal record. A page passes when no input word is missing from the output
and the removals (as a multiset: a word twice in the input must be accounted for twice). Words
the output adds (alt texts, URLs, metadata from <head>) are not counted against a page.

  scripts/words-balance.py                      # Input/ and every shared corpus (wcxb-dev sampled)
  scripts/words-balance.py --sample 40 --quiet  # the fast check (scripts/checks/16-words-balance.sh)
  scripts/words-balance.py path/to/page.html    # one page, with the missing words listed

Exit code 1 when a page fails that scripts/words-balance-known.txt does not list. Needs a built `galley` (release by default) and lxml.
"""
import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("GALLEY_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
CORPORA = [  # (name, folder relative to ../shared or the package root, sampled in the fast check)
    ("Input", os.path.join(ROOT, "Input"), False),
    ("article-benchmark", os.path.join(SHARED, "corpus/article-benchmark/html"), True),
    ("text-structure-dev", os.path.join(SHARED, "corpus/text-structure-dev"), True),
    ("text-structure-web", os.path.join(SHARED, "corpus/text-structure-web"), True),
    ("trafilatura-eval-dev", os.path.join(SHARED, "corpus/trafilatura-eval-dev/html"), True),
    ("wcxb-dev", os.path.join(SHARED, "corpus/wcxb-dev/html"), True),
]
WCXB_FULL_SAMPLE = 300  # wcxb-dev has 1,500 pages: the full run samples this many
WORD = re.compile(r"[^\W_]+")  # \w+ without "_" (a rule of underscores is markup)
SKIPPED_TAGS = {"script", "style", "template", "head", "title", "noscript"}
RAW_TEXT_TAGS = {"textarea", "iframe", "xmp", "noembed", "noframes"}
INLINE_TAGS = {
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img", "picture", "source", "output",
}
INLINE_TYPES = {"text", "code", "emphasis", "strong", "strikethrough", "superscript", "subscript", "link",
                "image", "lineBreak", "softBreak", "rawHTML"}
NOT_TEXT_KEYS = {"type", "id", "span", "headingSpan", "level", "start", "tight", "ordered", "delimiter",
                 "bullet", "indented", "alignments", "schema", "warnings",
                 "html", "excerpt", "stage", "reason"}


def words(text):
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def input_format(path):
    name = path[:-3] if path.endswith(".gz") else path
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    if name.endswith(".txt"):
        return "text"
    return None


def read_bytes(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def html_text(data):
    """The visible text of an HTML page, a space at each block boundary."""
    import lxml.etree
    import lxml.html
    try:  # UTF-8 when the bytes are UTF-8 (Galley's first guess too), else the page's declared charset
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
        root = lxml.html.document_fromstring(text)
    except UnicodeDecodeError:  # the charset the page declares, as Galley reads it (lxml guesses otherwise)
        declared = re.search(rb"<meta[^>]*charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.I)
        try:
            text = data.decode(declared.group(1).decode("ascii") if declared else "cp1252", errors="replace")
        except LookupError:
            text = data.decode("cp1252", errors="replace")
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (lxml.etree.ParserError, ValueError):
        return ""
    pieces = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None:  # comment or processing instruction: no text, but its tail is
            if node.tail:
                pieces.append(node.tail)
            return
        tag = tag.lower().rsplit("}", 1)[-1]
        inline = tag in INLINE_TAGS
        if tag not in SKIPPED_TAGS:
            if not inline:
                pieces.append(" ")
            if node.text and tag in RAW_TEXT_TAGS:
                # lxml's libxml2 keeps a textarea's or iframe's content as raw text; the libxml2
                # Galley links (2.9) parses it as markup: read it the way Galley does.
                pieces.append(html_text(("<html><body>" + node.text + "</body></html>").encode("utf-8")))
            elif node.text:
                pieces.append(node.text)
            for child in node:
                walk(child)
            if not inline or tag == "br":
                pieces.append(" ")
        if node.tail:
            pieces.append(node.tail)

    walk(root)
    return "".join(pieces)


def plain_text(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def rendered(value, skipped=NOT_TEXT_KEYS):
    """The text of a JSON output value: inlines run together, blocks apart. An ordered list's item
    numbers are written out (in text and Markdown they are the input's words)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        inline_run = all(isinstance(v, dict) and v.get("type") in INLINE_TYPES for v in value)
        return ("" if inline_run else "\n").join(rendered(v, skipped) for v in value)
    if isinstance(value, dict):
        kind = value.get("type")
        if kind in ("lineBreak", "softBreak"):
            return " "
        if kind in ("link", "image") and "url" in skipped:  # an HTML link's title is an attribute
            value = {k: v for k, v in value.items() if k != "title"}
        if kind == "list" and value.get("ordered"):
            start = value.get("start", 1)
            return "\n".join(f"{start + n} " + rendered(item, skipped) for n, item in enumerate(value.get("items", [])))
        parts = [rendered(v, skipped) for k, v in sorted(value.items()) if k not in skipped]
        if kind in INLINE_TYPES and kind not in ("link", "image"):
            return "".join(parts)
        return " ".join(parts)
    return ""


def output_words(document, fmt):
    # An HTML page's URLs and alt texts are attributes, not visible text: they are left out so
    # they cannot stand in for lost words (a Markdown page's URLs are in its text).
    # Nor is its code's language (a class name); a fence's info string is in a text's words.
    skipped = NOT_TEXT_KEYS | ({"url", "source", "alt", "image", "language", "info"} if fmt == "html" else set())
    out = words(rendered(document.get("blocks", []), skipped) + "\n" + rendered(document.get("metadata", {}), skipped))
    removed = []
    for removal in document.get("removals", []):
        removed += words(removal.get("text", ""))
    return out, removed


def pages(folder):
    found = []
    for base, _, names in os.walk(folder):
        for name in names:
            if name.startswith(("LICENSE", "README")) or name.endswith(".outline.json"):
                continue
            if input_format(name):
                found.append(os.path.join(base, name))
    return sorted(found)


def convert(galley, paths):
    """JSON documents by path, from one `galley convert --jsonl` run per input format."""
    documents = {}
    by_format = collections.defaultdict(list)
    for path in paths:
        by_format[input_format(path)].append(path)
    for fmt, group in sorted(by_format.items()):
        records = []
        for path in group:
            records.append(json.dumps({"id": path, "format": fmt, "content": plain_text(read_bytes(path)) if fmt != "html"
                                       else read_bytes(path).decode("latin-1")}))
        # HTML goes through as bytes: the files themselves (Galley sniffs their charset).
        if fmt == "html":
            result = subprocess.run([galley, "convert", "--jsonl", "--to", "json", "--jsonl-errors-exit-zero"] + group,
                                    capture_output=True, text=True)
        else:
            result = subprocess.run([galley, "convert", "--jsonl", "--to", "json", "--jsonl-errors-exit-zero"],
                                    input="\n".join(records) + "\n", capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"galley failed ({result.returncode}): {result.stderr[:500]}")
        lines = result.stdout.split("\n")  # not splitlines(): U+2028 and friends may stand in a JSON string
        for path, line in zip(group, lines):
            record = json.loads(line)
            documents[path] = json.loads(record["json"]) if record.get("json") else {"error": record.get("error")}
    return documents


def letters(tokens):
    return collections.Counter(c for token in tokens for c in token)


def check(path, document):
    """(missing words, letters lost, input word count, note). Words are compared as tokens for the
    report, but a page passes on letters: the input's word characters (as a multiset) must all be
    in the output's and the removals'. Tokens alone would fail pages where a word boundary moved
    (`<a>Home</a><a>News</a>` is one token in the page's text, two in a removal's)."""
    data = read_bytes(path)
    fmt = input_format(path)
    source = html_text(data) if fmt == "html" else plain_text(data)
    given = words(source)
    if "error" in document:
        return collections.Counter(given), sum(len(w) for w in given), len(given), f"conversion failed: {document['error']}"
    out, removed = output_words(document, fmt)
    missing = collections.Counter(given) - collections.Counter(out) - collections.Counter(removed)
    lost = letters(given) - letters(out) - letters(removed)
    return missing, sum(lost.values()), len(given), ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="pages or folders (default: Input/ and the shared corpora)")
    parser.add_argument("--galley", default=os.path.join(ROOT, ".build/release/galley"))
    parser.add_argument("--sample", type=int, default=0, help="at most N pages per corpus (seeded; 0: all, wcxb-dev 300)")
    parser.add_argument("--quiet", action="store_true", help="only failing pages and the totals")
    parser.add_argument("--show", type=int, default=12, help="missing words listed per failing page")
    parser.add_argument("--known", default=os.path.join(ROOT, "scripts", "words-balance-known.txt"),
                        help="pages known to fail, one 'file name: why' a line (they do not fail the run)")
    args = parser.parse_args()
    known = {}
    if os.path.exists(args.known):
        with open(args.known, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    name, _, why = line.partition(":")
                    known[name.strip()] = why.strip()

    groups = []
    if args.paths:
        for path in args.paths:
            groups.append((path, pages(path) if os.path.isdir(path) else [path]))
    else:
        for name, folder, sampled in CORPORA:
            if not os.path.isdir(folder):
                print(f"{name}: missing ({folder})", file=sys.stderr)
                continue
            found = pages(folder)
            limit = args.sample if sampled and args.sample else (WCXB_FULL_SAMPLE if name == "wcxb-dev" else 0)
            if limit and len(found) > limit:
                found = sorted(random.Random(name).sample(found, limit))
            groups.append((name, found))

    all_paths = [p for _, found in groups for p in found]
    documents = convert(args.galley, all_paths)
    total_pass = total = unexpected = 0
    for name, found in groups:
        passed = 0
        for path in found:
            missing, lost, count, note = check(path, documents[path])
            if lost == 0:
                passed += 1
                continue
            shown = ", ".join(f"{w}×{n}" if n > 1 else w for w, n in missing.most_common(args.show))
            why = known.get(os.path.basename(path))
            unexpected += why is None
            print(f"{'known (' + why + ')' if why else 'FAIL'} {os.path.relpath(path, ROOT)}: {lost} letters lost, {sum(missing.values())} of {count} words unmatched"
                  f"{' (' + note + ')' if note else ''}: {shown}")
        total_pass += passed
        total += len(found)
        if not args.quiet or passed < len(found):
            print(f"{name}: {passed}/{len(found)} pages balance")
    print(f"words balance: {total_pass}/{total} pages pass, {total - total_pass - unexpected} known failures, {unexpected} unexpected")
    return 0 if unexpected == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
