#!/usr/bin/env python3
"""Copies SRC/*.md to DST, dropping the level-1 heading that opens the body when it repeats the
front-matter title. Galley writes the title twice (front matter and `# Title`); the benchmark's
ground truth is the article body, without its title, and the scorer already ignores the front
matter. usage: strip_title.py SRC DST"""
import os, re, sys

def strip(text):
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        return text
    title = re.search(r'^title: "(.*)"$', match.group(1), re.M)
    lines = text[match.end():].split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            if title and line.startswith("# "):
                lines[i] = ""
            break
    return match.group(0) + "\n".join(lines)

def main():
    src, dst = sys.argv[1:3]
    os.makedirs(dst, exist_ok=True)
    for name in os.listdir(src):
        if name.endswith(".md"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(strip(text))

if __name__ == "__main__":
    main()
