#!/usr/bin/env python3
"""Regenerates Sources/GalleyReaders/HTML/PageModel/PageModelData.swift from the HTML page models in
Models/ (metadata cues and precedence, page-type cues and weights), so the galley binary carries them.
usage: scripts/embed-page-models.py [--check]   (--check: exit 1 when the Swift file is stale)"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "GalleyReaders", "HTML", "PageModel", "PageModelData.swift")
FILES = [("metadataCues", "metadata-cues.json", "hand-written cue lists for visible bylines and dates"),
         ("metadataPrecedence", "metadata-precedence.json", "source order per field, fitted by scripts/fit-metadata-precedence.py"),
         ("pageTypeCues", "page-type-cues.json", "hand-written token lists the page-type features count"),
         ("pageTypeModel", "page-type-model.json", "page-type weights, fitted by scripts/fit-page-type.py")]


def generate():
    out = ["// Generated from Models/*.json by scripts/embed-page-models.py; do not edit by hand.\n",
           "/// The HTML page models, built into the binary (no file is read at run time).",
           "enum PageModelData {"]
    for name, file, what in FILES:
        text = open(os.path.join(ROOT, "Models", file), encoding="utf-8").read().rstrip("\n")
        assert '"""#' not in text and "\\#" not in text
        out += [f"    /// `Models/{file}`: {what}.", f'    static let {name} = #"""', text, '"""#', ""]
    out[-1] = "}"
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    new = generate()
    if "--check" in sys.argv:
        sys.exit(0 if os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == new else 1)
    open(OUT, "w", encoding="utf-8").write(new)
