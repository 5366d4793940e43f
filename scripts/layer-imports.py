#!/usr/bin/env python3
"""Adds the layer imports a Swift file needs after a merge from before the target split (issue #11):
every file under Sources/<Layer>/ (generated files aside) imports each Galley layer its target depends on (Package.swift),
and every test that says `@testable import Galley` (and imports no layer) also imports each layer @testable (internal
declarations live in the layers, not in the umbrella). Idempotent; prints the files it changed.
usage: scripts/layer-imports.py"""
import os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
text = open(os.path.join(ROOT, "Package.swift")).read()
deps = {}
for m in re.finditer(r'\.target\(\s*name:\s*"([^"]+)"', text):
    nxt = re.search(r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:', text[m.end():])
    body = text[m.end(): m.end() + nxt.start()] if nxt else text[m.end():]
    d = re.search(r'dependencies:\s*\[(.*?)\]\s*[,)]', body, re.S)
    deps[m.group(1)] = re.findall(r'(?:^|[\[,\s])"([^"]+)"', d.group(1)) if d else []
layers = [t for t in deps if t.startswith("Galley") and t != "Galley"]


def add_imports(path, lines_wanted):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[0].startswith("// Generated"):  # generated files import nothing (their generators say so)
        return
    missing = [l for l in lines_wanted if l not in lines]
    if not missing:
        return
    last = max((i for i, l in enumerate(lines[:60]) if re.match(r"^(@testable |@preconcurrency )?import ", l)), default=-1)
    if last < 0:
        last = 0
        while last < len(lines) and lines[last].startswith("//") and not lines[last].startswith("///"):
            last += 1
        last -= 1
    lines[last + 1:last + 1] = missing
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(os.path.relpath(path, ROOT))


for target in layers:
    wanted = ["import " + d for d in deps[target] if d in layers]
    for dirpath, _, files in os.walk(os.path.join(ROOT, "Sources", target)):
        for f in files:
            if f.endswith(".swift"):
                add_imports(os.path.join(dirpath, f), wanted)
for dirpath, _, files in os.walk(os.path.join(ROOT, "Tests")):
    for f in files:
        path = os.path.join(dirpath, f)
        source = open(path, encoding="utf-8").read() if f.endswith(".swift") else ""
        # Tests that already import a layer chose their imports.
        if "@testable import Galley\n" in source and not re.search(r"^@testable import Galley\w", source, re.M):
            add_imports(path, ["@testable import " + l for l in layers])
