#!/usr/bin/env python3
"""Benchmark peers in one Python process: convert every HTML file given with trafilatura or html2text.

Usage: batch_peers.py trafilatura|html2text FILE...   Prints the number of pages converted."""
import sys


def main():
    tool, files = sys.argv[1], sys.argv[2:]
    if tool == "trafilatura":
        import trafilatura

        def convert(html):
            return trafilatura.extract(html, output_format="markdown")
    elif tool == "html2text":
        import html2text

        def convert(html):
            return html2text.html2text(html)
    else:
        sys.exit("unknown tool " + tool)
    done = 0
    for path in files:
        with open(path, "rb") as f:
            html = f.read().decode("utf-8", errors="replace")
        convert(html)
        done += 1
    print(done)


if __name__ == "__main__":
    main()
