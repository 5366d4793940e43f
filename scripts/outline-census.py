#!/usr/bin/env python3
"""Error census of the outline model's held-out decisions (issue #13): false and missed headings by kind.

usage: scripts/outline-census.py DUMP CACHE [GENRE]
DUMP: the file of `scripts/fit-outline.py --threshold 0.4 --dump-heldout DUMP` (every candidate unit
decided by the fold model that did not see its page); CACHE: that run's `--cache` folder (the feature
tables, read for the context of each unit); GENRE: web (default), docs or text-structure-dev.
Each error goes to the first kind it fits, in the order printed; the kinds are shapes, no word lists.
"""
import collections, csv, re, sys

GLUED = re.compile(r"[^\W\d_]{3,}\d")  # letters run into a counter: `Facebookissa1280`


def main():
    dump, cache = sys.argv[1], sys.argv[2]
    genre = sys.argv[3] if len(sys.argv) > 3 else "web"
    tables = {}

    def table(set_name, key):
        if (set_name, key) not in tables:
            lines = open(f"{cache}/{set_name}--{key}.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
            head = lines[0].split("\t")
            tables[(set_name, key)] = ({n: i for i, n in enumerate(head)}, [l.split("\t") for l in lines[1:]])
        return tables[(set_name, key)]

    false_kinds, missed_kinds = collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    per_page = collections.Counter()
    rows = csv.DictReader(open(dump, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
    for r in rows:
        if r["genre"] != genre:
            continue
        decided, gold = r["decided"] == "1", r["gold"] == "1"
        if decided == gold:
            continue
        col, units = table(r["set"], r["key"])
        u = int(r["unit"])

        def value(name, k=u):
            return float(units[k][col[name]]) if 0 <= k < len(units) else 0.0

        text = r["text"]
        words = len(text.split())
        question = text.rstrip().endswith("?")
        credit = value("creditWord") > 0 or value("oldCaption") > 0 or "\u00a9" in text
        before_body = value("beforeBody") > 0
        if decided:
            kind = ("share button or counter (letters run into figures)" if GLUED.search(text) else
                    "credit or caption (cue word, caption, \u00a9)" if credit else
                    "dateline (month next to a number)" if value("monthDate") > 0 else
                    "headline area (before the first body paragraph)" if before_body else
                    "question in the body" if question else
                    "label of <= 2 words in the body" if words <= 2 else
                    "3-6 words in the body" if words <= 6 else
                    "7-12 words in the body" if words <= 12 else "> 12 words in the body")
            false_kinds[kind] += 1
            per_page[r["key"]] += 1
        else:
            prev_credit = value("prevCreditWord") > 0 or u > 0 and ("\u00a9" in units[u - 1][3] or units[u - 1][3].strip() == "CC")
            kind = ("vetoed by the rules" if r["vetoed"] == "1" else
                    "last block of the text" if u == len(units) - 1 else
                    "question of > 12 words (interview)" if question and words > 12 else
                    "question of <= 12 words" if question else
                    "after a credit line" if prev_credit else
                    "headline area (title, kicker, standfirst)" if before_body else
                    "ends with a colon" if text.rstrip().endswith(":") else
                    "> 12 words (standfirst, long heading)" if words > 12 else
                    "label of <= 2 words" if words <= 2 else "3-6 words" if words <= 6 else "7-12 words")
            missed_kinds[kind] += 1
        examples[kind].append(text[:60])
    print(f"{genre}: false headings {sum(false_kinds.values())}, missed headings {sum(missed_kinds.values())}")
    for title, kinds in (("false headings", false_kinds), ("missed headings", missed_kinds)):
        print(title)
        for kind, n in kinds.most_common():
            print(f"  {n:4d}  {kind}  e.g. " + " | ".join(repr(e) for e in examples[kind][:2]))
    print("pages with the most false headings:", ", ".join(f"{k} {n}" for k, n in per_page.most_common(5)))


if __name__ == "__main__":
    main()
