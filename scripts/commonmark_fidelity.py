#!/usr/bin/env python3
"""Markdown -> converter -> Markdown round trip over the CommonMark spec examples.

For each example of spec.txt, the converter rewrites the Markdown; the original and the
rewritten Markdown are both rendered to HTML by the `cmark` command and compared exactly.
A leading YAML front matter block in the converter's output is ignored.

usage: commonmark_fidelity.py SPEC [--converter galley|pandoc] [--galley PATH] [--fold-whitespace]
                              [--min N] [--write-doc PATH] [--reasons FILE] [--show N]
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

FENCE = "`" * 32 + " example"


def examples(spec_path):
    """(number, section, markdown) for every example, tabs restored."""
    result, section, lines = [], "", open(spec_path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        if line == FENCE:
            i += 1
            md = []
            while lines[i] != ".":
                md.append(lines[i])
                i += 1
            while lines[i] != "`" * 32:
                i += 1
            text = "\n".join(md) + "\n"
            result.append((len(result) + 1, section, text.replace("\u2192", "\t")))
        i += 1
    return result


def strip_front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].rstrip() == "---":
        for k in range(1, len(lines)):
            if lines[k].rstrip() in ("---", "..."):
                rest = lines[k + 1:]
                while rest and rest[0] == "":
                    rest = rest[1:]
                return "\n".join(rest)
    return text


def cmark_html(markdown):
    return subprocess.run(["cmark", "--unsafe"], input=markdown.encode("utf-8"), capture_output=True, check=True).stdout


def convert(markdown, converter, galley):
    if converter == "pandoc":
        command = ["pandoc", "-f", "commonmark", "-t", "commonmark"]
    else:
        command = [galley, "convert", "-", "--from", "markdown", "--to", "markdown", "--no-normalize"]
    run = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True, timeout=30)
    if run.returncode != 0:
        return None, run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
    return strip_front_matter(run.stdout.decode("utf-8", "replace")), None


def folded(html):
    """HTML with white space runs folded (the looser comparison, for benchmarks)."""
    return re.sub(rb"\s+", b" ", html).replace(b"> <", b"><").strip()


def check(example, converter, galley, fold=False):
    number, section, markdown = example
    output, error = convert(markdown, converter, galley)
    if output is None:
        return number, section, markdown, None, "converter failed: " + " ".join(error)
    before, after = cmark_html(markdown), cmark_html(output)
    same = folded(before) == folded(after) if fold else before == after
    return number, section, markdown, output, None if same else "different HTML"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec")
    parser.add_argument("--converter", choices=["galley", "pandoc"], default="galley")
    parser.add_argument("--galley", default=".build/release/galley")
    parser.add_argument("--min", type=int, default=0, help="fail when fewer examples round-trip")
    parser.add_argument("--write-doc", help="write the list of misses (Markdown) to this path")
    parser.add_argument("--reasons", help="a file of 'NUMBER: reason' lines explaining known misses")
    parser.add_argument("--fold-whitespace", action="store_true",
                        help="compare HTML with white space folded (pandoc's 613 is measured this way)")
    parser.add_argument("--show", type=int, default=0, help="print input and output of the first N misses")
    args = parser.parse_args()

    cases = examples(args.spec)
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda e: check(e, args.converter, args.galley, args.fold_whitespace), cases))
    misses = [r for r in results if r[4] is not None]
    kept = len(results) - len(misses)
    how = "white space folded" if args.fold_whitespace else "byte for byte"
    print(f"{args.converter}: {kept}/{len(results)} CommonMark spec examples keep their HTML after the round trip ({how})")
    for number, section, markdown, output, reason in misses[: args.show]:
        print(f"--- example {number} ({section}): {reason}\n{markdown!r}\n=> {output!r}")
    if args.write_doc:
        write_doc(args, misses, kept, len(results))
    if kept < args.min:
        print(f"FAIL: fewer than {args.min} examples round-trip", file=sys.stderr)
        return 1
    return 0


def write_doc(args, misses, kept, total):
    reasons = {}
    if args.reasons and os.path.exists(args.reasons):
        for line in open(args.reasons, encoding="utf-8"):
            m = re.match(r"\s*(\d+)\s*:\s*(.+)", line)
            if m:
                reasons[int(m.group(1))] = m.group(2).strip()
    with open(args.write_doc, "w", encoding="utf-8") as out:
        out.write("# CommonMark round-trip fidelity\n\n")
        out.write("Generated by `scripts/checks/30-commonmark-fidelity.sh --write-doc`; do not edit by hand.\n\n")
        out.write("Each example of the CommonMark spec (0.30, `../shared/corpus/commonmark/spec.txt`) is converted with\n")
        out.write("`galley convert - --from markdown --to markdown --no-normalize`; the original and the output\n")
        out.write("are rendered to HTML with `cmark --unsafe` and compared byte for byte (output front matter ignored).\n\n")
        out.write(f"**{kept} of {total}** examples keep their HTML (the issue asks for at least 645).\n\n")
        out.write("For comparison, `scripts/checks/30-commonmark-fidelity.sh --pandoc` runs `pandoc -f commonmark -t commonmark`\n")
        out.write("(pandoc 2.17) the same way: it keeps 541 byte for byte, and 613 when white space in the HTML is\n")
        out.write("folded (`--fold-whitespace`), which is how the issue's figure of 613 was measured.\n\n")
        out.write("How Galley gets there: the writer builds a cmark tree and lets cmark lay out blocks, but writes\n")
        out.write("inline text itself with context-aware escaping, then parses each paragraph back with cmark and\n")
        out.write("falls back to `<em>`/`<strong>` tags or full escaping only when the light form reads\n")
        out.write("differently. Lists, fenced code and thematic breaks are written by Galley because cmark's\n")
        out.write("renderer separates adjacent lists with an `<!-- end list -->` comment, writes an indented code\n")
        out.write("block after a list, and cannot choose bullet characters.\n\n")
        out.write("## Misses\n\n")
        if not misses:
            out.write("None.\n")
        for number, section, markdown, output, reason in misses:
            why = reasons.get(number, reason)
            out.write(f"- Example {number} ({section}): {why}\n")


if __name__ == "__main__":
    sys.exit(main())
