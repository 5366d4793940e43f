#!/usr/bin/env python3
"""Galley's pandoc JSON against pandoc's own reading of Galley's Markdown, on the CommonMark spec.

For each example of spec.txt, Galley (one `convert --jsonl` run, --no-normalize) writes Markdown and
pandoc JSON; `pandoc -f commonmark -t json` reads Galley's Markdown (front matter stripped, --preserve-tabs); the two
ASTs' blocks are compared with heading ids blanked (pandoc's commonmark reader assigns none).
Differences are grouped by the first node that differs.

usage: pandoc_json_compare.py SPEC --galley PATH [--min N] [--write-doc PATH] [--show N]
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from commonmark_fidelity import examples, strip_front_matter  # noqa: E402


def galley_outputs(galley, items):
    lines = "".join(json.dumps({"id": str(n), "format": "markdown", "content": md}) + "\n" for n, _, md in items)
    run = subprocess.run([galley, "convert", "--jsonl", "--to", "markdown,pandoc-json", "--no-normalize"],
                         input=lines.encode(), capture_output=True)
    out = {}
    for line in run.stdout.decode().splitlines():
        record = json.loads(line)
        out[record["id"]] = record
    return out


def pandoc_ast(markdown):
    run = subprocess.run(["pandoc", "-f", "commonmark", "-t", "json", "--preserve-tabs"], input=markdown.encode(), capture_output=True)
    return json.loads(run.stdout) if run.returncode == 0 else None


def blank_ids(node):
    if isinstance(node, dict):
        if node.get("t") == "Header":
            level, attr, inlines = node["c"]
            return {"t": "Header", "c": [level, ["", attr[1], attr[2]], blank_ids(inlines)]}
        return {k: blank_ids(v) for k, v in node.items()}
    if isinstance(node, list):
        return [blank_ids(x) for x in node]
    return node


def first_difference(a, b, path="blocks"):
    """A short description of the first place where the two values differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.get("t") != b.get("t"):
            return f"{a.get('t')} vs {b.get('t')}"
        return first_difference(a.get("c"), b.get("c"), a.get("t"))
    if isinstance(a, list) and isinstance(b, list):
        for x, y in zip(a, b):
            if x != y:
                return first_difference(x, y, path)
        return f"{path}: {len(a)} vs {len(b)} children"
    return f"{path}: {json.dumps(a, ensure_ascii=False)[:40]} vs {json.dumps(b, ensure_ascii=False)[:40]}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("spec")
    parser.add_argument("--galley", required=True)
    parser.add_argument("--min", type=int, default=0)
    parser.add_argument("--write-doc")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    items = examples(args.spec)
    outputs = galley_outputs(args.galley, items)
    markdowns = [strip_front_matter(outputs.get(str(n), {}).get("markdown") or "") for n, _, _ in items]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        theirs = list(pool.map(pandoc_ast, markdowns))
    same, differences = 0, []
    for (n, section, md), pandoc in zip(items, theirs):
        record = outputs.get(str(n), {})
        if record.get("error") or not record.get("pandoc-json"):
            differences.append((n, section, "Galley failed: " + str(record.get("error"))))
            continue
        ours = blank_ids(json.loads(record["pandoc-json"])["blocks"])
        if pandoc is None:
            differences.append((n, section, "pandoc could not read Galley's Markdown"))
        elif ours == pandoc["blocks"]:
            same += 1
        else:
            differences.append((n, section, first_difference(ours, pandoc["blocks"])))
    total = len(items)
    print(f"pandoc-json vs pandoc -f commonmark of Galley's Markdown: {same} of {total} spec examples give the same blocks")
    for n, section, why in differences[: args.show]:
        print(f"  example {n} ({section}): {why}")
    if args.write_doc:
        write_doc(args.write_doc, same, total, differences)
    if same < args.min:
        print(f"below the floor of {args.min}")
        return 1
    return 0


def write_doc(path, same, total, differences):
    kinds = collections.Counter(why.split(":")[0] for _, _, why in differences)
    with open(path, "w", encoding="utf-8") as out:
        out.write(DOC_HEAD)
        out.write(f"\n## Agreement with pandoc on the CommonMark spec\n\n")
        out.write(f"Measured with `scripts/pandoc_json_compare.py` (run by `scripts/checks/70-pandoc-json.sh`): "
                  f"for **{same} of {total}** examples, Galley's `--to pandoc-json` gives the same blocks as "
                  "`pandoc -f commonmark -t json --preserve-tabs` reading Galley's Markdown of the same example "
                  "(heading ids blanked: pandoc's commonmark reader gives none). Known causes: Galley keeps a "
                  "code block's whole info string as an `info` attribute (pandoc drops it); Galley splits "
                  "text at spaces, tabs and newlines, also those written as character references (pandoc "
                  "keeps those inside `Str`); where pandoc 2.17's commonmark reader and cmark disagree on "
                  "emphasis, Galley's Markdown (written for cmark) reads differently in pandoc; where no "
                  "delimiter run can say it (`foo***bar***baz`), Galley's Markdown writes `<em>`/`<strong>` "
                  "tags, which pandoc reads as `RawInline` while Galley's AST has `Emph`/`Strong`; example 175 "
                  "is an HTML block running to the end of the input, to which pandoc 2.17 adds a newline.\n\n")
        out.write("Differences by the first node that differs:\n\n| where | examples |\n|---|---|\n")
        for kind, count in kinds.most_common():
            out.write(f"| {kind} | {count} |\n")
        out.write("\nEvery difference (example number, spec section, first difference, Galley's value first):\n\n")
        for n, section, why in differences:
            escaped = why.replace("|", "\\|")
            out.write(f"- {n} ({section}): {escaped}\n")


DOC_HEAD = """# Pandoc's JSON AST

`galley convert … --to pandoc-json` writes pandoc's JSON AST, API version **1.22.2.1** (what
Debian's pandoc 2.17 prints with `-t json`), to files named `NAME.pandoc.json` (or to standard
output), so every pandoc format is one pipe away:

```sh
galley convert - --from html --to pandoc-json < page.html | pandoc -f json -o page.docx
```

`--from pandoc-json` reads it back (standard input is recognised by its first bytes); API versions
**1.22** (pandoc 2.11–2.19) and **1.23** (pandoc 3.x, with its `Figure` block) are read, others with
a warning.

| Galley | pandoc |
|---|---|
| title, subtitle, authors, language, published, modified, description, keywords, url, source, site name, image, publisher, rights, identifier | `meta`: `title`, `subtitle`, `author` (MetaList), `lang`, `date`, `modified`, `description`, `keywords` (MetaList), `url`, `source`, `site-name`, `image`, `publisher`, `rights`, `identifier` (MetaInlines) |
| removals, warnings | `meta`: `galley-removals` (MetaList of MetaMap stage/reason/text), `galley-warnings` |
| section | its `Header` (with the id) followed by its blocks |
| heading | `Header` level `[id, [], []]` |
| paragraph | `Para` (`Plain` in tight list items) |
| list | `BulletList`; `OrderedList [start, Decimal, Period/OneParen]` |
| code block | `CodeBlock ["", [language], [["info", info string]]]` (the info pair only when it says more) |
| table | `Table` (one head row or none, one body, empty foot; column alignments; spans; caption) |
| figure | pandoc 2.x implicit figure: `Para [Image … ["src", "fig:title"]]`, caption as the image's inlines, alternative text as the `alt` attribute |
| raw HTML | `RawBlock "html"`, `RawInline "html"` |
| emphasis, strong, strikethrough, superscript, subscript, code, link, image, line break, soft break | `Emph`, `Strong`, `Strikeout`, `Superscript`, `Subscript`, `Code`, `Link`, `Image`, `LineBreak`, `SoftBreak` |
| definition list, block quote, thematic break | `DefinitionList`, `BlockQuote`, `HorizontalRule` |

Reading, what Galley has no model for is kept as content with one warning per kind of node:
`Div` and `Span` as their contents, `LineBlock` as a paragraph with line breaks, `Math` and raw
non-HTML inlines as code, raw non-HTML blocks as code blocks (the format as language), `Note` as
bracketed text, `Quoted` with curly quotes, `Cite`/`SmallCaps`/`Underline` as their text, table
foot rows as body rows; other metadata keys are dropped with a warning naming them.

The check `scripts/checks/70-pandoc-json.sh` pipes the pandoc JSON of Input/ and of every page of
the article benchmark through `pandoc -f json -t docx`, `-t odt` and `-t latex`, and runs the
comparison below.
"""

if __name__ == "__main__":
    sys.exit(main())
