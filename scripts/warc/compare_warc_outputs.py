#!/usr/bin/env python3
"""Checks that the pages of a WARC convert to the same outputs as the same pages as files.

usage: compare_warc_outputs.py PAGES_DIR FILE_OUT WARC_OUT_PAGES_DIR
PAGES_DIR holds the pages (NAME.html or NAME.html.gz) that make_warc.py captured as
https://pages.example/NAME; FILE_OUT is `galley convert PAGES_DIR` output, WARC_OUT_PAGES_DIR the
WARC output's folder for host pages.example. Every JSON, Markdown and XHTML output must be
identical once the capture metadata (url, source, archive) is set aside. Prints
'warc: N passed, M failed'.
"""
import hashlib, json, os, re, sys

def slug(name):
    s = re.sub(r"[^a-z0-9._]+", "-", name.lower()).strip("-.")
    return s[:60].strip("-.") or "index"

def strip_md(text):
    return "\n".join(l for l in text.split("\n") if not re.match(r'^(url|source|archive|  (uri|date|record|digest)):', l))

def strip_xhtml(text):
    # the stylesheet link is relative to the output's folder, which is deeper for WARC pages
    return re.sub(r'href="(\.\./)*galley\.css"', 'href="galley.css"', text)

def main():
    pages, file_out, warc_out = sys.argv[1:4]
    passed = failed = 0
    for name in sorted(os.listdir(pages)):
        if name.endswith(".gz"):
            name = name[:-3]
        if not name.endswith((".html", ".htm", ".txt")):
            continue
        uri = "https://pages.example/" + name
        stem = slug(name) + "-" + hashlib.sha256(uri.encode()).hexdigest()[:8]
        base = os.path.splitext(name)[0]
        ok = True
        w = json.load(open(os.path.join(warc_out, stem + ".json")))
        f = json.load(open(os.path.join(file_out, base + ".json")))
        if w["metadata"].get("archive", {}).get("targetURI") != uri:
            ok = False
        for d in (w, f):
            for key in ("source", "url", "archive"):
                d["metadata"].pop(key, None)
        ok = ok and w == f
        for ext, strip in ((".md", strip_md), (".xhtml", strip_xhtml)):
            a = open(os.path.join(warc_out, stem + ext), encoding="utf-8").read()
            b = open(os.path.join(file_out, base + ext), encoding="utf-8").read()
            ok = ok and strip(a) == strip(b)
        if ok:
            passed += 1
        else:
            failed += 1
            print("differs:", name)
    print(f"warc: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)

if __name__ == "__main__":
    main()
