#!/usr/bin/env python3
"""Where Galley's time goes: reads `perf script` output (perf record -g of one galley run) on standard
input and prints a Markdown table of the share of CPU samples per stage (inclusive, first match wins)."""
import re
import sys

# (label, regex on any frame of the sample's stack or on its leaf's object), checked in order.
STAGES = [
    ("SHA-256 (manifest hashes, libcrypto)", r"Galley6SHA256[OV]|galley_sha256|^LEAF:.*libcrypto"),
    ("writing files (temp + rename)", r"Galley12OutputWriterO|\sunlink\+|\srename\+|__GI___libc_write|\s__libc_open64|\sopen64\+"),
    ("HTML: libxml2 parse (C)", r"^LEAF:.*libxml2"),
    ("HTML: tree copy from libxml2", r"Galley15HTMLTreeBuilderO"),
    ("HTML: main-content extraction", r"Galley20MainContentExtractorV|Galley18ExtractionRemovalsO"),
    ("HTML: metadata (meta, JSON-LD)", r"Galley22HTMLMetadataPrecedenceO|Galley19HTMLMetadataSourcesV|Galley14JSONLDMetadataV"),
    ("HTML: charset decoding", r"Galley11HTMLCharsetO|Galley12TextDecodingO"),
    ("HTML: blocks and inlines", r"Galley16HTMLBlockBuilderV|Galley10HTMLReaderV"),
    ("passes", r"Galley6PassesO|Galley17RepeatedBlockPassO|Galley22NavigationArtifactPassO"),
    ("Markdown writer (cmark)", r"Galley14MarkdownWriterV"),
    ("JSON writer", r"Galley10JSONWriterV"),
    ("XHTML writer", r"Galley11XHTMLWriterV"),
    ("reading inputs, other batch work", r"Galley8InputJobV|Galley14BatchConverterV"),
    ("kernel (file I/O, page faults)", r"^LEAF:.*kernel"),
]


def main():
    counts = {label: 0 for label, _ in STAGES}
    counts["other (start-up, runtime, unattributed)"] = 0
    total = 0
    for sample in sys.stdin.read().split("\n\n"):
        lines = [l.strip() for l in sample.strip().split("\n")[1:] if l.strip()]
        if not lines:
            continue
        total += 1
        leaf = "LEAF:" + lines[0]
        for label, pattern in STAGES:
            rx = re.compile(pattern)
            if rx.search(leaf) or any(rx.search(l) for l in lines):
                counts[label] += 1
                break
        else:
            counts["other (start-up, runtime, unattributed)"] += 1
    print("| stage | share of CPU samples |")
    print("| --- | ---: |")
    for label, n in counts.items():
        print(f"| {label} | {100 * n / max(total, 1):.1f}% |")
    print(f"\n{total} samples.")


if __name__ == "__main__":
    main()
