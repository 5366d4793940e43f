#!/usr/bin/env python3
"""Lists the source folders no test names: every folder of Swift files under Sources/ needs one.

A test file under Tests/ names a folder when its path (folders and file name, without `Tests.swift`)
contains the folder's name, and, for a name that two folders share (Readers/Markdown and
Writers/Markdown), also its parent's name in the singular (`MarkdownReaderTests.swift`). A folder
right inside a target needs only its own name; a layer target's folder (Sources/GalleyModel) is
named by its layer (`Model`), as are the layer names of the folders' parents. An executable target's folder
(a `main` or `@main` file) is named by a check in scripts/checks/ that mentions `Sources/<name>`.
Exit code 1 when a folder is not named; the folders are listed.
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def swift_folders():
    folders = []
    for base, _, names in os.walk(os.path.join(ROOT, "Sources")):
        if any(n.endswith(".swift") for n in names):
            folders.append(os.path.relpath(base, os.path.join(ROOT, "Sources")).split(os.sep))
    return sorted(folders)


def test_paths():
    paths = []
    for base, _, names in os.walk(os.path.join(ROOT, "Tests")):
        for name in names:
            if name.endswith("Tests.swift"):
                rel = os.path.relpath(os.path.join(base, name), os.path.join(ROOT, "Tests"))
                paths.append(rel[: -len("Tests.swift")])
    return paths


def is_executable(folder):
    path = os.path.join(ROOT, "Sources", *folder)
    for name in os.listdir(path):
        if name == "main.swift":
            return True
        if name.endswith(".swift"):
            with open(os.path.join(path, name), encoding="utf-8") as f:
                if re.search(r"^@main\b", f.read(), re.M):
                    return True
    return False


def named_by_check(folder):
    needle = "Sources/" + "/".join(folder)
    checks = os.path.join(ROOT, "scripts", "checks")
    for name in os.listdir(checks):
        with open(os.path.join(checks, name), encoding="utf-8") as f:
            if needle in f.read():
                return True
    return False


def layer_name(name):
    """`Model` for the layer target `GalleyModel`; other folder names unchanged."""
    return name[len("Galley"):] if name.startswith("Galley") and len(name) > len("Galley") else name


def main():
    folders = swift_folders()
    shared = collections.Counter(f[-1] for f in folders)
    tests = test_paths()
    missing = []
    for folder in folders:
        if len(folder) == 1 and is_executable(folder):
            if not named_by_check(folder):
                missing.append("/".join(folder) + " (executable: no check in scripts/checks/ mentions Sources/" + folder[0] + ")")
            continue
        needed = [layer_name(folder[-1])]
        if shared[folder[-1]] > 1 and len(folder) >= 2:
            needed.append(layer_name(folder[-2]).removesuffix("s"))
        if not any(all(word in path for word in needed) for path in tests):
            missing.append("/".join(folder) + " (no test file named with " + " and ".join(needed) + ")")
    for line in missing:
        print("untested folder: Sources/" + line)
    print(f"{len(folders) - len(missing)}/{len(folders)} source folders named by a test")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
