#!/usr/bin/env python3
"""Fits the order in which Galley tries each metadata field's sources (Models/metadata-precedence.json).

usage: scripts/fit-metadata-precedence.py [--candidates FILE] [--write]
Reads every WCXB dev page's candidate values (`galley page-evidence --metadata`, computed by Galley
itself; run it here unless --candidates names a saved run) and the gold title, author and
publish_date. For each field the order is built greedily: next comes the source that is right most
often on the pages no earlier source answered (at least 5 such pages), kept while it adds more
right answers than a penalty of 0.5 per value given where the gold has none (a spurious author or
date). Sources the greedy pass never picks (too few pages of their own, or no gain) are placed
by the prior order below: before the order's last source when the prior ranks them before it,
else, for a metadata source (not read from the visible page), after the fitted order when it still
gains there, else left out (the fit found them not worth their spurious values), so a source rare on the dev pages (JSON-LD `headline` on a page with neither
`og:title` nor `<h1>`) still comes before the catch-all `<title>`. On pages Galley types as an
article or a forum thread every author and date source is offered twice, as itself and as
`<source>@post`, so the order can trust a visible byline or date there and not on a product,
listing or service page; on forum threads a third time as `<source>@forum`. The greedy order is then
improved by local search (each source moved or dropped where the same objective gains); for each
field the script keeps whichever of the two orders cross-validation scores higher (ties: the
searched one). Prints each source's precision and coverage, the order's
in-sample accuracy and its accuracy under 5-fold cross-validation with folds split by domain (URL
host). --write stores the order fitted on all pages.
"""
import collections, importlib.util, json, os, subprocess, sys
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLIT = os.path.join(ROOT, "..", "shared", "corpus", "wcxb-dev")
spec = importlib.util.spec_from_file_location("bench", os.path.join(ROOT, "scripts", "bench-metadata.py"))
bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)
SPURIOUS_COST = 0.5
MIN_SUPPORT = 5
# Sources read from the visible page (or the URL), as opposed to the page's metadata.
VISIBLE = ("byline.", "date.", "time.", "h1.", "title", "url.")
GOLD_KEY = {"title": "title", "authors": "author", "published": "publish_date"}
# The hand-written precedence Galley had before the order was fitted (issue #12), for the leftovers.
PRIOR = {
    "title": ["ld.headline", "og:title", "twitter:title", "dc.title", "microdata.headline", "title",
              "h1.agreeing", "h1.main", "h1.only", "h1.first"]
             + [s + cut for s in ["og:title", "title", "twitter:title", "ld.headline", "dc.title"] for cut in (".cut", ".cutfirst")],
    "authors": ["ld.author", "ld.author.person", "ld.author.first", "meta.author", "meta.article:author", "meta.dc.creator",
                "meta.dcterms.creator", "meta.parsely-author", "meta.sailthru.author", "meta.citation_author", "meta.twitter:data", "microdata.author",
                "microdata.author.first", "rel.author", "byline.agreeing", "byline.class", "byline.link", "byline.text"],
    "published": ["ld.published", "meta.published", "microdata.datepublished", "url.date", "time.published",
                  "date.agreeing", "date.agreeing.first", "date.shown.modified", "date.shown.unlisted", "meta.published.like", "time.first", "date.classed", "date.shown.first", "date.visible",
                  "ld.modified", "meta.modified"],
}


def correct(field, value, gold):
    if field == "title":
        return bench.norm(value) == bench.norm(gold)
    if field == "authors":
        return bench.names(value) == bench.names(gold)
    return value[:10][:len(gold)] == gold


def load():
    import gzip
    gold = json.load(gzip.open(os.path.join(SPLIT, "ground-truth.json.gz"), "rt", encoding="utf-8"))
    path = sys.argv[sys.argv.index("--candidates") + 1] if "--candidates" in sys.argv else None
    if path:
        lines = open(path, encoding="utf-8").read().splitlines()
    else:
        html = os.path.join(SPLIT, "html")
        files = sorted(os.path.join(html, f) for f in os.listdir(html))
        galley = os.path.join(ROOT, ".build", "release", "galley")
        lines = subprocess.run([galley, "page-evidence", "--metadata", *files], capture_output=True, text=True, check=True).stdout.splitlines()
    pages = []
    for line in lines:
        row = json.loads(line)
        key = row["file"].split(".")[0]
        g = gold[key]
        pages.append(dict(id=key, host=urlparse(g["url"]).hostname or key, gold=g, cand=row["candidates"]))
    return pages


def fit(field, pages):
    return improve(field, greedy(field, pages), pages)  # the greedy order, then moved where it gains


def improve(field, order, pages, rounds=4):
    """The order after local search on the greedy pass's objective (right answers minus the spurious
    penalty): each source of the order moved to every other place or dropped, the best change kept,
    until none gains (at most `rounds` sweeps)."""
    import numpy as np
    sources = sorted({s for p in pages for s in p["cand"][field]} | set(order))  # (a prior source no page has stays placeable)
    column = {s: i for i, s in enumerate(sources)}
    present = np.zeros((len(pages), len(sources)), dtype=bool)
    right = np.zeros_like(present)
    has_gold = np.array([bool(p["gold"].get(GOLD_KEY[field])) for p in pages])
    for i, p in enumerate(pages):
        gold = p["gold"].get(GOLD_KEY[field])
        for s, v in p["cand"][field].items():
            present[i, column[s]] = True
            right[i, column[s]] = bool(gold) and correct(field, v, gold)

    def objective(o):
        if not o:
            return 0.0
        cols = [column[s] for s in o]
        sub = present[:, cols]
        answered = sub.any(axis=1)
        first = np.array(cols)[sub.argmax(axis=1)]
        ok = right[np.arange(len(pages)), first] & answered
        return ok.sum() - SPURIOUS_COST * (answered & ~has_gold).sum()

    best = objective(order)
    for _ in range(rounds):
        candidate = None
        for s in sources:
            base = [t for t in order if t != s]
            options = [base] if s in order else []
            options += [base[:k] + [s] + base[k:] for k in range(len(base) + 1)] if s in order else []
            for o in options:
                value = objective(o)
                if value > best + 1e-9:
                    best, candidate = value, o
        if candidate is None:
            break
        order = candidate
    return order


def greedy(field, pages):
    sources = sorted({s for p in pages for s in p["cand"][field]})
    order, open_pages = [], list(pages)
    while True:
        best = None
        for s in sources:
            if s in order:
                continue
            answered = [p for p in open_pages if s in p["cand"][field]]
            with_gold = [p for p in answered if p["gold"].get(GOLD_KEY[field])]
            if len(with_gold) < MIN_SUPPORT:
                continue
            right = sum(correct(field, p["cand"][field][s], p["gold"][GOLD_KEY[field]]) for p in with_gold)
            spurious = len(answered) - len(with_gold)
            gain = right - SPURIOUS_COST * spurious
            precision = right / len(with_gold)
            if gain > 0 and (best is None or (precision, gain) > best[0]):
                best = ((precision, gain), s)
        if best is None:
            return place_leftovers(field, order, open_pages, sources)
        order.append(best[1])
        open_pages = [p for p in open_pages if best[1] not in p["cand"][field]]


def gain(field, source, pages):
    """Right answers minus the spurious penalty of `source` on `pages`."""
    answered = [p for p in pages if source in p["cand"][field]]
    right = sum(correct(field, p["cand"][field][source], p["gold"][GOLD_KEY[field]]) for p in answered if p["gold"].get(GOLD_KEY[field]))
    return right - SPURIOUS_COST * sum(1 for p in answered if not p["gold"].get(GOLD_KEY[field]))


def variant_base(source):
    """`byline.text@post` (on article and forum pages only), `ld.author.site` (naming the site),
    `byline.class.word` (one word): the source they are variants of."""
    source = source.split("@")[0]
    for suffix in (".site", ".word"):
        if source.endswith(suffix):
            return source[: -len(suffix)]
    return source


def place_leftovers(field, order, open_pages, sources=()):
    base_rank = {s: i for i, s in enumerate(PRIOR[field])}
    # the prior's sources, each followed by its `.site` / `.word` variants (ranked as their source)
    variants = sorted((s for s in sources if "@" not in s and s not in base_rank and variant_base(s) in base_rank),
                      key=lambda s: (base_rank[variant_base(s)], s))
    prior = sorted(PRIOR[field] + variants, key=lambda s: (base_rank[variant_base(s)], s != variant_base(s), s))
    rank = {s: base_rank[variant_base(s)] for s in prior}
    last = order[-1] if order else None
    base = variant_base
    before, after = [], []
    for s in prior:
        if s in order or s in ("ld.modified", "meta.modified"):
            continue  # a modification date is never offered as the publication date
        variant = s != base(s)  # a variant the greedy pass saw often enough: placed only where it still pays
        if not variant and last is not None and rank[s] < base_rank.get(base(last), len(prior)):
            before.append(s)
        elif (variant or not s.startswith(VISIBLE)) and gain(field, s, open_pages) > 0:
            after.append(s)  # a metadata source too rare to fit, after the fitted order, when it pays there
            open_pages = [p for p in open_pages if s not in p["cand"][field]]
    return order[:-1] + before + order[-1:] + after if order else []


def score(field, order, pages):
    right = n = spurious = 0
    for p in pages:
        value = next((p["cand"][field][s] for s in order if s in p["cand"][field]), None)
        gold = p["gold"].get(GOLD_KEY[field])
        if gold:
            n += 1
            right += value is not None and correct(field, value, gold)
        elif value:
            spurious += 1
    return right / max(n, 1), n, spurious


def folds(pages, k=5):
    hosts = sorted({p["host"] for p in pages})
    # hosts to folds by size, largest first, each to the fold with the fewest pages (GroupKFold's rule)
    sizes = collections.Counter(p["host"] for p in pages)
    load_, fold_of = [0] * k, {}
    for host in sorted(hosts, key=lambda h: (-sizes[h], h)):
        f = min(range(k), key=lambda i: (load_[i], i))
        fold_of[host] = f
        load_[f] += sizes[host]
    return [[p for p in pages if fold_of[p["host"]] == f] for f in range(k)]


def main():
    pages = load()
    fitted = {}
    parts = folds(pages)
    for field in ["title", "authors", "published"]:
        print(f"== {field}")
        for s in sorted({s for p in pages for s in p["cand"][field]}):
            answered = [p for p in pages if s in p["cand"][field]]
            with_gold = [p for p in answered if p["gold"].get(GOLD_KEY[field])]
            right = sum(correct(field, p["cand"][field][s], p["gold"][GOLD_KEY[field]]) for p in with_gold)
            print(f"  {s:<26} present {len(answered):>4}  precision {right / max(len(with_gold), 1):.3f} on {len(with_gold):>4}  spurious {len(answered) - len(with_gold):>4}")
        # the greedy order, and the same improved by local search: the one cross-validation prefers is kept
        results = []
        for name, method in (("greedy", greedy), ("greedy + local search", fit)):
            order = method(field, pages)
            acc, n, spurious = score(field, order, pages)
            right = 0
            for i, test in enumerate(parts):
                train = [p for j, part in enumerate(parts) if j != i for p in part]
                a, m, _ = score(field, method(field, train), test)
                right += a * m
            print(f"  {name}: accuracy in-sample {acc:.3f} on {n} pages (spurious {spurious}); 5-fold by domain {right / n:.3f}")
            results.append((right / n, name == "greedy + local search", order, name))
        cv, _, order, name = max(results, key=lambda r: (r[0], r[1]))
        fitted[field] = order
        print(f"  kept ({name}): {' > '.join(order)}")
    if "--write" in sys.argv:
        with open(os.path.join(ROOT, "Models", "metadata-precedence.json"), "w", encoding="utf-8") as f:
            f.write("{\n" + ",\n".join(f'  "{k}": {json.dumps(v)}' for k, v in fitted.items()) + "\n}\n")


if __name__ == "__main__":
    main()
