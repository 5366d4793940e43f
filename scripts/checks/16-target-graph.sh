#!/usr/bin/env bash
# The library's layers: reads the targets and their dependencies from Package.swift and every
# `import` under Sources/, and fails on a dependency cycle, a dependency or import that points
# up or sideways (a writer importing a reader), an import of a target not declared as a
# dependency, or C / I/O in the model (GalleyModel imports Foundation only and uses no file API).
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 - <<'PY'
import os, re, sys

# Each Swift target's layer; a target may depend on and import only targets of lower layers.
LAYERS = {
    "GalleyModel": 0,
    "GalleySupport": 1,
    "GalleyReaders": 2, "GalleyPasses": 2, "GalleyWriters": 2,
    "GalleyPipeline": 3,
    "GalleyBook": 4, "GalleyBatch": 4,
    "Galley": 5,
    "galley": 6,
}
# What the model may import: no C library, nothing that reads or writes files.
MODEL_IMPORTS = {"Foundation"}

text = open("Package.swift").read()
targets = {}   # name -> (kind, [dependency names])
for m in re.finditer(r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"', text):
    kind, name = m.group(1), m.group(2)
    # The target's text runs to the next target declaration.
    nxt = re.search(r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:', text[m.end():])
    body = text[m.end(): m.end() + nxt.start()] if nxt else text[m.end():]
    deps = []
    d = re.search(r'dependencies:\s*\[(.*?)\]\s*[,)]', body, re.S)
    if d:
        deps = re.findall(r'(?:^|[\[,\s])"([^"]+)"', d.group(1))
        deps += re.findall(r'\.product\(name:\s*"([^"]+)"', d.group(1))
    targets[name] = (kind, deps)

errors = []
swift_targets = {n for n, (k, _) in targets.items() if k in ("target", "executableTarget")}
for name in sorted(swift_targets):
    if name not in LAYERS:
        errors.append(f"target {name} has no layer in scripts/checks/16-target-graph.sh")

# Cycles (depth-first search over the package's own targets).
state = {}
def visit(node, path):
    if state.get(node) == "done": return
    if state.get(node) == "open":
        errors.append("dependency cycle: " + " -> ".join(path + [node])); return
    state[node] = "open"
    for dep in targets.get(node, ("", []))[1]:
        if dep in targets: visit(dep, path + [node])
    state[node] = "done"
for name in targets: visit(name, [])

# Dependencies point down.
for name in sorted(swift_targets & LAYERS.keys()):
    for dep in targets[name][1]:
        if dep in LAYERS and LAYERS[dep] >= LAYERS[name]:
            errors.append(f"Package.swift: {name} (layer {LAYERS[name]}) depends on {dep} (layer {LAYERS[dep]}): not downstream")

# Every import of a package target is a declared dependency (so it points down too).
imports_seen = 0
for name in sorted(swift_targets):
    root = os.path.join("Sources", name)
    declared = set(targets[name][1])
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".swift"): continue
            path = os.path.join(dirpath, f)
            source = open(path, encoding="utf-8").read()
            if name == "GalleyModel":
                io = re.search(r"\b(FileManager|FileHandle|fopen|URLSession|Process|Bundle)\b", re.sub(r"//.*", "", source))
                if io:
                    errors.append(f"{path}: the model does I/O ({io.group(1)}): no C, no I/O in GalleyModel")
            for line in source.split("\n"):
                m = re.match(r'\s*(?:@_exported\s+|@preconcurrency\s+|@testable\s+)*import\s+(?:struct\s+|enum\s+|class\s+|func\s+)?(\w+)', line)
                if not m: continue
                imports_seen += 1
                module = m.group(1)
                if name == "GalleyModel" and module not in MODEL_IMPORTS:
                    errors.append(f"{path}: the model imports {module} (only {', '.join(sorted(MODEL_IMPORTS))} allowed: no C, no I/O)")
                if module in targets and module not in declared:
                    up = module in LAYERS and name in LAYERS and LAYERS[module] >= LAYERS[name]
                    errors.append(f"{path}: imports {module}, " + ("a layer above or beside " + name if up else "not a declared dependency of " + name))

if errors:
    for e in errors: print("FAIL: " + e)
    sys.exit(1)
print(f"target graph: {len(swift_targets)} Swift targets in {len(set(LAYERS.values()))} layers, no cycle; {imports_seen} imports all point down")
PY
