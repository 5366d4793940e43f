#!/usr/bin/env python3
"""Heading outline of the text reader per set, genre and language (issue #13).

usage: scripts/bench-outline.py [--bin .build/release/galley] [--verbose] [SET ...]
SET defaults to ../shared/corpus/text-structure-web and ../shared/corpus/text-structure-dev.
Converts each set with the release binary (`galley convert --to markdown`), scores it with the
shared scorer (../shared/tools/score_outline.py --verbose: heading F1 and level agreement per page)
and prints the mean per set, per genre and per language (manifest.tsv; the dev set has none and
counts as one group). Pass --keep DIR to keep the Markdown.
"""
import os, re, subprocess, sys, tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"


def manifest(set_dir):
    path = os.path.join(set_dir, "manifest.tsv")
    rows = {}
    if os.path.exists(path):
        lines = open(path, encoding="utf-8").read().splitlines()
        head = lines[0].split("\t")
        for line in lines[1:]:
            cells = dict(zip(head, line.split("\t")))
            rows[cells["id"]] = cells
    return rows


def score_pages(set_dir, out_dir):
    tool = os.path.join(SHARED, "tools", "score_outline.py")
    res = subprocess.run([sys.executable, tool, set_dir, out_dir, "--verbose"], capture_output=True, text=True, check=True)
    pages = {}
    for m in re.finditer(r"^  (\S+): P=([\d.]+) R=([\d.]+) F1=([\d.]+) levels=([\d.]+)", res.stdout, re.M):
        pages[m.group(1)] = (float(m.group(4)), float(m.group(5)))
    return pages, res.stdout.strip().splitlines()[-1]


def table(name, pages, rows):
    groups = defaultdict(list)
    for key, fl in pages.items():
        row = rows.get(key, {})
        groups[("set", name)].append(fl)
        if row:
            groups[("genre", row["genre"])].append(fl)
            groups[("lang", row["genre"] + "/" + row["lang"])].append(fl)
            groups[("source", row["source"])].append(fl)
    out = []
    for (kind, group), values in sorted(groups.items(), key=lambda kv: (["set", "genre", "lang", "source"].index(kv[0][0]), kv[0][1])):
        n = len(values)
        f1 = sum(v[0] for v in values) / n
        lv = sum(v[1] for v in values) / n
        out.append((kind, group, n, f1, lv))
    return out


def main():
    args = sys.argv[1:]
    binary = os.path.join(ROOT, ".build", "release", "galley")
    keep = None
    if "--bin" in args:
        i = args.index("--bin"); binary = args[i + 1]; del args[i:i + 2]
    if "--keep" in args:
        i = args.index("--keep"); keep = args[i + 1]; del args[i:i + 2]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    sets = args or [os.path.join(SHARED, "corpus", "text-structure-web"), os.path.join(SHARED, "corpus", "text-structure-dev")]
    print(f"{'group':<28} {'pages':>5} {'F1':>6} {'levels':>6}")
    for set_dir in sets:
        name = os.path.basename(os.path.normpath(set_dir))
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(keep, name) if keep else tmp
            os.makedirs(out, exist_ok=True)
            subprocess.run([binary, "convert", set_dir, "--out", out, "--to", "markdown", "-q", "--force"], check=True)
            pages, summary = score_pages(set_dir, out)
        for kind, group, n, f1, lv in table(name, pages, manifest(set_dir)):
            label = group if kind == "set" else f"  {kind} {group}"
            print(f"{label:<28} {n:>5} {f1:6.3f} {lv:6.3f}")
        if verbose:
            for key, (f1, lv) in sorted(pages.items(), key=lambda kv: kv[1][0]):
                print(f"    {key[:60]:<60} {f1:.2f} {lv:.2f}")
        print(f"  scorer: {summary}")


if __name__ == "__main__":
    main()
