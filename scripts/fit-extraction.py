#!/usr/bin/env python3
"""Fits the extraction model (issue #12): which text units of a web page are main content.

usage: scripts/fit-extraction.py [--galley PATH] [--tables DIR] [--folds 5] [--out Models/extraction-model.json]
                                 [--trees 150] [--depth 4] [--leaf 150] [--l2 3.0] [--max-features 0.5]
                                 [--drop NAME,PREFIX*  (default pageLogChars,logUnits)] [--dedupe-labels]
                                 [--nested-types] [--threshold T]

1. Features: `galley explain --features-tsv PAGE` prints one row per text unit (a block element's
   own text), computed by Swift (Sources/GalleyReaders/HTML/Model/ExtractionFeatures.swift), so
   Python never computes a feature. Tables are cached in --tables (default /tmp/galley-extraction-tables).
2. Labels, from the dev sets' gold:
   - WCXB dev (../shared/corpus/wcxb-dev): a unit is content when most of its word 3-grams occur in
     the gold main_content (units under 3 words: when its words occur as one run in the gold);
   - the article benchmark (../shared/corpus/article-benchmark): the same against articleBody;
   - trafilatura-eval-dev: a unit overlapping a "with" snippet is content, one overlapping a
     "without" snippet is not; other units are not used.
   Each unit weighs its share of its page's words, so every page counts the same (page word F1 is
   what the scorers report).
3. Model: boosted shallow trees (scikit-learn HistGradientBoostingClassifier), exported to the JSON that
   ExtractionModel reads (the outline model's tree format); the keep threshold maximises in-sample
   page F1, or is --threshold T (the one the written Markdown was measured best with).
4. Cross-validation: GroupKFold by domain (URL host; trafilatura-eval-dev by the site in the file
   name), page-level word F1 of the kept units' text against the gold, per set and WCXB page type,
   printed beside the in-sample figures (docs/extraction-cv.txt keeps the output). The type.*
   columns come from a page-type model fitted on all WCXB pages; --nested-types refits it inside
   every fold (scripts/extraction_types.py) so no held-out page-type label reaches a fold.
"""
import collections, concurrent.futures, gzip, json, os, re, subprocess, sys
from urllib.parse import urlparse

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

import extraction_types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "corpus")
TOKEN = re.compile(r"\w+")
RATE = 0.1
# Page-size columns name a page more than they describe a unit: trees split on them to single out
# sites (the cross-validated gap narrowed without them). `--drop ""` puts them back.
DROPPED = "pageLogChars,logUnits"
DEDUPE = "--dedupe-labels" in sys.argv
# By default the type.* columns are used as the tables hold them: the page-type model fitted on all
# WCXB pages, so inside the folds they leak the held-out pages' type labels. --nested-types refits
# the page-type model inside each fold and trains on out-of-fold type estimates (extraction_types.py).
NESTED_TYPES = "--nested-types" in sys.argv
TYPE_COLUMNS = []


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def tokens(text):
    return TOKEN.findall(text.lower())


def word_f1(pred, gold):
    if not gold:
        return 1.0 if not pred else 0.0
    if not pred:
        return 0.0
    overlap = sum((collections.Counter(pred) & collections.Counter(gold)).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(pred), overlap / len(gold)
    return 2 * p * r / (p + r)


class Page:
    def __init__(self, set_name, key, group, kind, gold_text, header, rows, texts, snippets=None, path=None):
        self.set, self.key, self.group, self.kind, self.path = set_name, key, group, kind, path
        self.X = np.array(rows, dtype=np.float64).reshape(len(rows), len(header))
        self.texts = texts
        self.toks = [tokens(t) for t in texts]
        self.gold = tokens(gold_text) if gold_text is not None else None
        hidden = self.X[:, header.index("in.hidden")] if "in.hidden" in header and len(rows) else None
        self.y, self.w = self.label(snippets, hidden)

    def label(self, snippets, hidden=None):
        n = len(self.texts)
        y, w = np.zeros(n), np.zeros(n)
        if self.gold is not None:
            grams = collections.Counter(tuple(self.gold[i:i + 3]) for i in range(len(self.gold) - 2))
            joined = " " + " ".join(self.gold) + " "
            # With --dedupe-labels a unit uses up the gold 3-grams it matches, visible units first,
            # so a hidden copy of the text (microdata, a print version) is not content twice.
            dedupe = DEDUPE and hidden is not None
            order = sorted(range(n), key=lambda i: (bool(hidden[i]), i)) if dedupe else range(n)
            for i in order:
                t = self.toks[i]
                if not t:
                    continue
                if len(t) >= 3:
                    seen = collections.Counter(tuple(t[j:j + 3]) for j in range(len(t) - 2))
                    if dedupe:
                        share = sum(min(c, grams[g]) for g, c in seen.items()) / (len(t) - 2)
                    else:
                        share = sum(c for g, c in seen.items() if grams[g] > 0) / (len(t) - 2)
                    if dedupe and share >= 0.5:
                        for g, c in seen.items():
                            grams[g] -= min(c, grams[g])
                else:
                    share = 1.0 if (" " + " ".join(t) + " ") in joined else 0.0
                y[i] = share >= 0.5
                w[i] = len(t)
        else:
            with_, without = snippets
            for i, t in enumerate(self.toks):
                s = " " + " ".join(t) + " "
                if len(t) < 3:
                    continue
                if any(c in s or s.strip() in c for c in with_):
                    y[i], w[i] = 1, len(t)
                elif any(c in s or s.strip() in c for c in without):
                    y[i], w[i] = 0, len(t)
        total = w.sum()
        return y, (w / total if total > 0 else w)


def table(galley, path, cache):
    out = os.path.join(cache, os.path.basename(path) + ".tsv")
    if not os.path.exists(out):
        text = subprocess.run([galley, "explain", "--features-tsv", path], capture_output=True, text=True).stdout
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    with open(out, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")[1:-2] if lines and lines[0] else None
    rows, texts = [], []
    for line in lines[1:]:
        if not line:
            continue
        parts = line.split("\t")
        rows.append([float(x) for x in parts[1:-2]])
        texts.append(parts[-1])
    return header, rows, texts


def host(url):
    h = urlparse(url or "").netloc.lower()
    return h[4:] if h.startswith("www.") else h


def load(galley, cache):
    os.makedirs(cache, exist_ok=True)
    jobs = []
    wcxb = json.load(gzip.open(os.path.join(SHARED, "wcxb-dev", "ground-truth.json.gz"), "rt", encoding="utf-8"))
    for key, g in wcxb.items():
        jobs.append(("wcxb", key, "wcxb:" + host(g.get("url")), g["page_type"], g["main_content"], None,
                     os.path.join(SHARED, "wcxb-dev", "html", key + ".html.gz")))
    art = json.load(open(os.path.join(SHARED, "article-benchmark", "ground-truth.json"), encoding="utf-8"))
    for key, g in art.items():
        jobs.append(("articles", key, "art:" + host(g.get("url")), "article", g["articleBody"], None,
                     os.path.join(SHARED, "article-benchmark", "html", key + ".html.gz")))
    traf = json.load(open(os.path.join(SHARED, "trafilatura-eval-dev", "evaldata.json"), encoding="utf-8"))
    for entry in traf.values():
        site = entry["file"].split("-")[0] if "." in entry["file"].split("-")[0] else entry["key"]
        snippets = ([" " + " ".join(tokens(c)) + " " for c in entry.get("with", [])],
                    [" " + " ".join(tokens(c)) + " " for c in entry.get("without", [])])
        jobs.append(("trafilatura", entry["key"], "traf:" + site, "snippets", None, snippets,
                     os.path.join(SHARED, "trafilatura-eval-dev", "html", entry["key"] + ".html.gz")))
    plain = arg("--plain", "/tmp/ext-data")  # decompressed copies, when galley cannot read .gz

    def run(job):
        path = job[6]
        if not os.path.exists(path):
            return None
        alt = os.path.join(plain, {"wcxb": "wcxb", "articles": "art", "trafilatura": "traf"}[job[0]],
                           os.path.basename(path)[:-3])
        path = alt if os.path.exists(alt) else path
        return job, path, table(galley, path, cache + "/" + job[0])

    for s in ("wcxb", "articles", "trafilatura"):
        os.makedirs(os.path.join(cache, s), exist_ok=True)
    pages, header = [], None
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for result in pool.map(run, jobs):
            if result is None:
                continue
            job, path, (h, rows, texts) = result
            if h is None:
                continue
            header = header or h
            pages.append(Page(job[0], job[1], job[2], job[3], job[4], h, rows, texts, job[5], path))
    return header, pages


def export_trees(model, names):
    """The trees of a fitted HistGradientBoostingClassifier as OutlineModel.Scorer holds them: node
    arrays, feature -1 at leaves, a row going left when its value is <= the threshold (no missing
    values occur); inner values scaled like the leaves so explain's contributions add up."""
    trees, used = [], set()
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        used |= {int(n["feature_idx"]) for n in nodes if not n["is_leaf"]}
    used = sorted(used)
    remap = {f: i for i, f in enumerate(used)}
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        trees.append({
            "feature": [-1 if n["is_leaf"] else remap[int(n["feature_idx"])] for n in nodes],
            "threshold": [0 if n["is_leaf"] else float(f"{float(n['num_threshold']):.9g}") for n in nodes],
            "left": [int(n["left"]) if not n["is_leaf"] else 0 for n in nodes],
            "right": [int(n["right"]) if not n["is_leaf"] else 0 for n in nodes],
            "value": [float(f"{float(n['value']) * (1 if n['is_leaf'] else RATE):.6g}") for n in nodes],
        })
    bias = float(np.ravel(model._baseline_prediction)[0])
    return {"features": [names[f] for f in used], "bias": float(f"{bias:.9g}"), "trees": trees}


def tree_score(exported, names, X):
    """The exported model's log-odds, computed as Swift does (to check the export)."""
    cols = [names.index(f) for f in exported["features"]]
    out = np.full(len(X), exported["bias"])
    for r in range(len(X)):
        for t in exported["trees"]:
            node = 0
            while t["feature"][node] >= 0:
                node = t["left"][node] if X[r, cols[t["feature"][node]]] <= t["threshold"][node] else t["right"][node]
            out[r] += t["value"][node]
    return out


def settings():
    """The trees' size and regularisation (command-line options; the defaults are the committed model's)."""
    return dict(max_iter=int(arg("--trees", "150")), max_depth=int(arg("--depth", "4")), learning_rate=RATE,
                min_samples_leaf=int(arg("--leaf", "150")), l2_regularization=float(arg("--l2", "3.0")),
                max_features=float(arg("--max-features", "0.5")), early_stopping=False, random_state=0)


def dropped_columns(header):
    """Columns left out of the fit (--drop: names, or prefixes ending in *)."""
    names = [n for n in arg("--drop", DROPPED).split(",") if n]
    return [i for i, h in enumerate(header) if any(h == n or (n.endswith("*") and h.startswith(n[:-1])) for n in names)]


def stack(pages, types=None):
    """The pages' feature rows; `types` (one row of page-type probabilities per page) replaces the
    type.* columns (extraction_types.nested)."""
    X = np.vstack([p.X for p in pages])
    if types is not None:
        sizes = [len(p.texts) for p in pages]
        X[:, TYPE_COLUMNS] = np.repeat(np.asarray(types), sizes, axis=0)
    return X


def fit(pages, drop=(), types=None):
    X = stack(pages, types)
    if drop:
        X[:, list(drop)] = 0  # a constant column is never split on, so the export leaves it out
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w for p in pages])
    keep = w > 0
    gbc = HistGradientBoostingClassifier(**settings())
    gbc.fit(X[keep], y[keep], sample_weight=w[keep] * len(pages))
    return gbc


def probabilities(gbc, pages, types=None):
    X = stack(pages, types)
    prob = gbc.predict_proba(X)[:, 1]
    out, start = [], 0
    for p in pages:
        out.append(prob[start:start + len(p.texts)])
        start += len(p.texts)
    return out


def page_score(page, prob, threshold):
    kept = [t for t, q in zip(page.toks, prob) if q >= threshold]
    if page.gold is not None:
        return word_f1([w for t in kept for w in t], page.gold)
    text = " " + " ".join(w for t in kept for w in t) + " "
    with_, without = page.y, None  # snippet pages: share of decided units right, weighted
    right = sum(page.w[i] for i in range(len(page.texts)) if page.w[i] > 0 and (prob[i] >= threshold) == bool(page.y[i]))
    return right if page.w.sum() > 0 else 1.0


def report(title, pages, probs, threshold):
    rows = collections.defaultdict(list)
    for page, prob in zip(pages, probs):
        s = page_score(page, prob, threshold)
        rows[page.set].append(s)
        if page.set == "wcxb":
            rows["wcxb/" + page.kind].append(s)
    print(f"{title} (threshold {threshold:g})")
    for name in sorted(rows, key=lambda n: (n.count("/"), n)):
        measure = "unit accuracy (words)" if name == "trafilatura" else "page word F1"
        print(f"  {name:<26} pages={len(rows[name]):<5} {measure}={np.mean(rows[name]):.3f}")
    return np.mean(rows["wcxb"]) if rows["wcxb"] else 0.0


def best_threshold(pages, probs):
    best = (0, 0.5)
    for t in np.arange(0.2, 0.81, 0.05):
        scores = [page_score(p, q, t) for p, q in zip(pages, probs) if p.gold is not None]
        best = max(best, (np.mean(scores), round(float(t), 2)))
    return best[1]


def main():
    galley = arg("--galley", os.path.join(ROOT, ".build", "release", "galley"))
    cache = arg("--tables", "/tmp/galley-extraction-tables")
    header, pages = load(galley, cache)
    print(f"{len(pages)} pages, {sum(len(p.texts) for p in pages)} units, {len(header)} features")
    drop = dropped_columns(header)
    print(f"settings: {settings()}; columns left out: {[header[i] for i in drop]}")
    TYPE_COLUMNS[:] = extraction_types.columns(header)
    everything = np.arange(len(pages))
    E = extraction_types.evidence(galley, pages, cache) if NESTED_TYPES else None
    types = extraction_types.nested(pages, E, everything) if NESTED_TYPES else None
    print("page types: " + ("out-of-fold for the training pages, refitted inside each fold (nested)" if NESTED_TYPES
                            else "as the tables hold them (page-type model fitted on all pages)"))
    gbc = fit(pages, drop, types)
    probs = probabilities(gbc, pages, types)
    threshold = float(arg("--threshold", "0")) or best_threshold(pages, probs)
    report("in-sample", pages, probs, threshold)
    if NESTED_TYPES:
        report("in-sample, page types as Galley computes them (model fitted on all pages)", pages,
               probabilities(gbc, pages), threshold)
    model = {"threshold": threshold, "scorer": export_trees(gbc, header)}
    out = arg("--out", os.path.join(ROOT, "Models", "extraction-model.json"))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(model, f, separators=(",", ":"))
        f.write("\n")
    sample = stack(pages[:20], None if types is None else types[:20])
    drift = np.max(np.abs(tree_score(model["scorer"], header, sample) - gbc.decision_function(sample)))
    print(f"export check: largest log-odds difference {drift:.2e} on {len(sample)} units")
    counts = collections.Counter(model["scorer"]["features"][f] for t in model["scorer"]["trees"] for f in t["feature"] if f >= 0)
    print("most used features: " + ", ".join(f"{n} {c}" for n, c in counts.most_common(20)))
    folds = int(arg("--folds", "5"))
    if folds > 1:
        groups = [p.group for p in pages]
        cv = [None] * len(pages)
        for train, test in GroupKFold(n_splits=folds).split(pages, groups=groups):
            fold_types = extraction_types.nested(pages, E, train) if NESTED_TYPES else None
            m = fit([pages[i] for i in train], drop, None if fold_types is None else fold_types[train])
            for i, q in zip(test, probabilities(m, [pages[i] for i in test], None if fold_types is None else fold_types[test])):
                cv[i] = q
        report(f"cross-validated ({folds} folds by domain)", pages, cv, threshold)

if __name__ == "__main__":
    main()
