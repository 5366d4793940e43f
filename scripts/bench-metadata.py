#!/usr/bin/env python3
"""Metadata accuracy (title, author, date, page type) of Galley on WCXB dev against its gold fields.

usage: scripts/bench-metadata.py [--galley PATH] [--split DIR] [--json-dir DIR] [--every K] [--worst FIELD]
                                 [--save FILE] [--floors title=0.7,author=0.6,...]

Converts every page of SPLIT/html/*.html.gz to JSON with `galley convert --to json` (unless
--json-dir points at JSON already written) and compares the metadata with the gold fields of
SPLIT/ground-truth.json.gz. Each field is scored over the pages whose gold has it:

- title:  equal after NFKC, case folding, white-space folding and straight quotes/dashes.
- author: the gold string and Galley's author list, each split into names at `,` `;` `&` `|`
          and ` and `, normalised like titles, compared as sets (order-blind, all names needed).
          Printed beside it, "author (names only)": the same with, on both sides, honorifics
          (`Dr.`), credentials (a part such as `MD`, `Ph.D.`, `CFP®`), parentheses and `_` left out
          (`Dr. Andrew Huberman` = `Andrew Huberman`, `Matt_Brooks` = `Matt Brooks`): a fairer
          reading of the gold, reported only, never fitted on.
- date:   Galley's `published` (else `modified`) as YYYY-MM-DD equals the gold date (a gold
          date given as YYYY-MM compares by month).
- type:   Galley's `pageType` equals the gold `page_type`.

Also: per page type, and the share of pages where Galley gives a value the gold does not
have (a spurious author/date). --worst FIELD lists the misses of FIELD; --save writes the
per-page rows as JSON; --every K scores every K-th page only (a quick sample); --floors exits 1
when a field's accuracy over all pages is below its floor.
"""
import collections, gzip, json, os, re, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b)\s*", re.I)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").translate(QUOTES)
    return " ".join(s.casefold().split())


def names(value):
    items = value if isinstance(value, list) else [value or ""]
    out = set()
    for item in items:
        for part in NAME_SPLIT.split(item):
            part = norm(part).strip(" .")
            if part:
                out.add(part)
    return out


HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|prof|sir)\.?\s+", re.I)


def is_credential(part):
    """`MD`, `Ph.D.`, `CFP®`: one upper-case word of at most 6 letters once dots and ® are dropped."""
    p = part.replace(".", "").replace("\u00ae", "").strip()
    return bool(p) and " " not in p and p.isupper() and len(p) <= 6


def person_names(value):
    """`names`, without honorifics, credentials, parenthesized text, and with `_` read as a space."""
    items = value if isinstance(value, list) else [value or ""]
    out = set()
    for item in items:
        for part in NAME_SPLIT.split(re.sub(r"\s*\([^)]*\)", "", item)):
            if is_credential(part):
                continue
            part = HONORIFIC.sub("", norm(part).replace("_", " ")).strip(" .")
            if part:
                out.add(part)
    return out


def day(value):
    return (value or "")[:10]


def arg(flag, default=None):
    return sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else default


def convert(galley, files, out_dir):
    subprocess.run([galley, "convert", *files, "--out", out_dir, "--to", "json", "--quiet"], check=False)


def main():
    split = arg("--split", os.path.join(ROOT, "..", "shared", "corpus", "wcxb-dev"))
    galley = arg("--galley", os.path.join(ROOT, ".build", "release", "galley"))
    with gzip.open(os.path.join(split, "ground-truth.json.gz"), "rt", encoding="utf-8") as f:
        gold = json.load(f)
    every = int(arg("--every", "1"))
    gold = {k: g for i, (k, g) in enumerate(sorted(gold.items())) if i % every == 0}
    json_dir = arg("--json-dir")
    tmp = None
    if not json_dir:
        tmp = tempfile.TemporaryDirectory()
        json_dir = tmp.name
        convert(galley, [os.path.join(split, "html", k + ".html.gz") for k in sorted(gold)], json_dir)
    rows = []
    for key, g in sorted(gold.items()):
        path = os.path.join(json_dir, key + ".json")
        meta = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                meta = json.load(f).get("metadata", {})
        date = day(meta.get("published") or meta.get("modified"))
        gold_date = g.get("publish_date") or ""
        row = dict(id=key, type=g["page_type"], url=g.get("url", ""),
                   gold_title=g.get("title"), title=meta.get("title"),
                   gold_author=g.get("author"), author=meta.get("authors", []),
                   gold_date=gold_date, date=date, page_type=meta.get("pageType"))
        row["title_ok"] = norm(row["title"]) == norm(row["gold_title"]) if row["gold_title"] else None
        row["author_ok"] = names(row["author"]) == names(row["gold_author"]) if row["gold_author"] else None
        row["author_names_ok"] = person_names(row["author"]) == person_names(row["gold_author"]) if row["gold_author"] else None
        row["date_ok"] = (date[:len(gold_date)] == gold_date) if gold_date else None
        row["type_ok"] = row["page_type"] == row["type"]
        row["author_spurious"] = not row["gold_author"] and bool(row["author"])
        row["date_spurious"] = not gold_date and bool(date)
        rows.append(row)

    def share(rs, field):
        scored = [r[field] for r in rs if r[field] is not None]
        return (sum(scored) / len(scored) if scored else float("nan")), len(scored)

    fields = ["title_ok", "author_ok", "date_ok", "type_ok"]
    print(f"{'set':<14} {'pages':>5}  " + "  ".join(f"{f[:-3]:>12}" for f in fields) + "  spurious author/date")
    groups = [("all", rows)] + [(t, [r for r in rows if r["type"] == t]) for t in sorted({r["type"] for r in rows})]
    for name, rs in groups:
        cells = []
        for f in fields:
            value, n = share(rs, f)
            cells.append(f"{value:.3f} ({n:>4})" if n else f"{'-':>12}")
        spur_a = sum(r["author_spurious"] for r in rs)
        spur_d = sum(r["date_spurious"] for r in rs)
        print(f"{name:<14} {len(rs):>5}  " + "  ".join(f"{c:>12}" for c in cells) + f"  {spur_a}/{spur_d}")
    names_only, n_names = share(rows, "author_names_ok")
    print(f"author (names only: honorifics, credentials, parentheses and _ ignored on both sides): {names_only:.3f} ({n_names})")
    failed = False
    for spec in filter(None, (arg("--floors") or "").split(",")):
        field, floor = spec.split("=")
        value, _ = share(rows, field + "_ok")
        ok = value >= float(floor)
        failed |= not ok
        print(f"{field}: {value:.3f} (floor {floor}): {'ok' if ok else 'BELOW FLOOR'}")
    worst = arg("--worst")
    if worst:
        field = worst + "_ok"
        gold_key, pred_key = {"title": ("gold_title", "title"), "author": ("gold_author", "author"),
                              "date": ("gold_date", "date"), "type": ("type", "page_type")}[worst]
        for r in rows:
            if r[field] is False:
                print(f"{r['id']} {r['type']:<13} gold={r[gold_key]!r} galley={r[pred_key]!r} {r['url'][:70]}")
    if arg("--save"):
        with open(arg("--save"), "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1, ensure_ascii=False)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
