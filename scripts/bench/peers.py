#!/usr/bin/env python3
"""Runs a peer extractor over a folder of pages in one process, writing OUT/<id>.md, and prints
pages/s. usage: peers.py trafilatura|readability HTML_DIR OUT_DIR"""
import os, sys, time

def trafilatura_extract():
    import trafilatura
    def run(html):
        return trafilatura.extract(html, output_format="markdown", include_comments=False) or ""
    return run

def readability_extract():
    from readability import Document
    from lxml import html as lhtml
    def run(html):
        summary = Document(html).summary(html_partial=True)
        return lhtml.fromstring(summary).text_content() if summary.strip() else ""
    return run

def main():
    name, src, dst = sys.argv[1:4]
    run = {"trafilatura": trafilatura_extract, "readability": readability_extract}[name]()
    os.makedirs(dst, exist_ok=True)
    pages = sorted(f for f in os.listdir(src) if f.endswith(".html"))
    inputs = [(p, open(os.path.join(src, p), "rb").read().decode("utf-8", errors="replace")) for p in pages]
    start = time.perf_counter()
    outputs = []
    for page, html in inputs:
        try:
            outputs.append((page, run(html)))
        except Exception as error:  # a peer failing on one page scores 0 there, as a missing file would
            outputs.append((page, ""))
            print(f"{name}: {page}: {error}", file=sys.stderr)
    elapsed = time.perf_counter() - start
    for page, text in outputs:
        with open(os.path.join(dst, page[: -len(".html")] + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(pages) / elapsed:.1f}")

if __name__ == "__main__":
    main()
