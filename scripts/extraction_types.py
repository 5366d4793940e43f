# Page-type probabilities for scripts/fit-extraction.py, refitted inside each fold (nested), so the
# extraction model's cross-validation never sees a page-type model fitted on the held-out pages.
"""The extraction table's `type.*` columns are the page-type model's probabilities
(Models/page-type-model.json, fitted by scripts/fit-page-type.py on every WCXB dev page). Inside the
extraction model's cross-validation those columns would leak the held-out fold's page-type labels,
and the trees would learn from page types more certain than Galley will meet on new pages. So:

- every WCXB page in a training set gets out-of-fold probabilities (a page-type model fitted, with the
  same settings as fit-page-type.py, on the other domain folds of that training set);
- every other page (held-out pages, the article benchmark, trafilatura-eval-dev) gets the probabilities
  of a page-type model fitted on all WCXB pages of the training set.

For the committed model the training set is every page, and at run time Galley applies the page-type
model fitted on all WCXB pages to pages it never saw: the same kind of estimate the trees learned from.
"""
import importlib.util, os, subprocess

import numpy as np
from sklearn.model_selection import GroupKFold

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("fit_page_type", os.path.join(HERE, "fit-page-type.py"))
page_type = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(page_type)
CLASSES = page_type.CLASSES  # PageType.allCases order, as the type.* columns are
C = 0.05  # fit-page-type.py's default


def evidence(galley, pages, cache):
    """The page-type features of every page (`galley page-evidence`, cached), one row per page."""
    out = os.path.join(cache, "page-evidence.tsv")
    if not os.path.exists(out):
        paths = [p.path for p in pages]
        with open(out, "w", encoding="utf-8") as f:
            for start in range(0, len(paths), 400):
                text = subprocess.run([galley, "page-evidence", *paths[start:start + 400]], capture_output=True,
                                      text=True, check=True).stdout
                lines = text.splitlines()
                f.write("\n".join(lines if start == 0 else lines[1:]) + "\n")
    lines = open(out, encoding="utf-8").read().splitlines()
    rows = {line.split("\t")[0]: [float(c) for c in line.split("\t")[1:]] for line in lines[1:]}
    return np.array([rows[os.path.basename(p.path)] for p in pages])


def probabilities(E, labels, train, apply_to):
    """Probabilities (rows of `apply_to`) from a page-type model fitted on the rows `train`."""
    m, mean, scale = page_type.fit(E[train], labels[train], C)
    out = np.zeros((len(apply_to), len(CLASSES)))
    out[:, m.classes_] = m.predict_proba(page_type.standardize(E[apply_to], mean, scale))
    return out


def nested(pages, E, train, folds=5):
    """type.* rows for all pages when the extraction model trains on `train` (indices): out-of-fold
    for the WCXB pages in `train`, the model of all of train's WCXB pages for every other page."""
    labels = np.array([CLASSES.index(p.kind) if p.set == "wcxb" else -1 for p in pages])
    wcxb = np.array([i for i in train if labels[i] >= 0])
    types = probabilities(E, labels, wcxb, np.arange(len(pages)))
    groups = [pages[i].group for i in wcxb]
    for inner_train, inner_test in GroupKFold(n_splits=folds).split(wcxb, groups=groups):
        types[wcxb[inner_test]] = probabilities(E, labels, wcxb[inner_train], wcxb[inner_test])
    return types


def columns(header):
    """The indices of the type.* columns in the extraction table, in CLASSES order."""
    return [header.index("type." + c) for c in CLASSES]
