#!/usr/bin/env python3
"""Regenerates Sources/GalleyReaders/HTML/Model/ExtractionModelData.swift from Models/extraction-model.json
(the fitted weights) and Models/extraction-cues.json (the class/id cue groups), so the galley binary
carries the extraction model (issue #12) and needs no file at run time.
usage: scripts/embed-extraction-model.py [--check]   (--check: exit 1 when the Swift file is stale)"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "Models", "extraction-model.json")
CUES = os.path.join(ROOT, "Models", "extraction-cues.json")
OUT = os.path.join(ROOT, "Sources", "GalleyReaders", "HTML", "Model", "ExtractionModelData.swift")


def literal(path):
    text = open(path, encoding="utf-8").read()
    assert '"""' not in text and "\\" not in text
    return "#\"\"\"\n" + text.rstrip("\n") + "\n\"\"\"#"


def generate():
    return ("// Generated from Models/extraction-model.json and Models/extraction-cues.json by\n"
            "// scripts/embed-extraction-model.py; do not edit by hand.\n\n"
            "/// The extraction model's weights (fitted by scripts/fit-extraction.py) and cue groups, built into the binary.\n"
            "enum ExtractionModelData {\n"
            "    /// The JSON text of `Models/extraction-model.json`.\n"
            "    static let json = " + literal(MODEL) + "\n\n"
            "    /// The JSON text of `Models/extraction-cues.json`.\n"
            "    static let cues = " + literal(CUES) + "\n}\n")


if __name__ == "__main__":
    new = generate()
    if "--check" in sys.argv:
        sys.exit(0 if os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == new else 1)
    open(OUT, "w", encoding="utf-8").write(new)
