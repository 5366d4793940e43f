#!/usr/bin/env python3
"""Regenerates Sources/GalleyReaders/Text/Model/OutlineModelData.swift from Models/outline-model.json
and Models/outline-words.json,
so the galley binary carries the outline model (issue #13) and needs no file at run time.
usage: scripts/embed-outline-model.py [--check]   (--check: exit 1 when the Swift file is stale)"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "Models", "outline-model.json")
WORDS = os.path.join(ROOT, "Models", "outline-words.json")
OUT = os.path.join(ROOT, "Sources", "GalleyReaders", "Text", "Model", "OutlineModelData.swift")


def generate():
    text = open(SRC, encoding="utf-8").read()
    words = open(WORDS, encoding="utf-8").read()
    assert '"""' not in text + words and "\\" not in text + words
    return ("// Generated from Models/outline-model.json and Models/outline-words.json by scripts/embed-outline-model.py; do not edit by hand.\n\n"
            "/// The outline model's weights (fitted by scripts/fit-outline.py), built into the binary.\n"
            "enum OutlineModelData {\n"
            "    /// The JSON text of `Models/outline-model.json`.\n"
            "    static let json = #\"\"\"\n" + text.rstrip("\n") + "\n\"\"\"#\n\n"
            "    /// The JSON text of `Models/outline-words.json` (the cue words of CueWordFeatures).\n"
            "    static let words = #\"\"\"\n" + words.rstrip("\n") + "\n\"\"\"#\n}\n")


if __name__ == "__main__":
    new = generate()
    if "--check" in sys.argv:
        sys.exit(0 if os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == new else 1)
    open(OUT, "w", encoding="utf-8").write(new)
