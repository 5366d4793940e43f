"""The pathological input shapes of scripts/pathological.py: each makes an input of size n.

A shape is (name, extension, mode, n, bench_n, generate): `generate(n)` returns the input bytes,
`mode` is how Galley is run on it (see pathological.py), `n` the default size (the suite also runs
8n) and `bench_n` the size for --bench. Sizes are chosen so that 8n takes well under a second of
CPU when Galley is linear; the exponential and quadratic shapes of issue #10 would take minutes.
"""


def repeat(unit, n):
    return (unit * n).encode()


def html(body):
    return b"<!DOCTYPE html><html><head><title>Pathological</title></head><body>" + body + b"</body></html>\n"


def nested_tables_closed(copies, depth=40):
    """`copies` tables nested `depth` deep, closed and valid (the exponential shape of #10: 2^depth
    cell builds). The depth is fixed (trees are cut at 160 levels, 53 of these tables); at a
    constant size, depth 48 costs twice depth 6 (docs/robustness.md)."""
    one = "<table><tr><td>" * depth + "cell" + "</td><td>two</td></tr></table>" * depth
    return html(("<div>" + one + "</div>\n").encode() * copies)


def many_attributes(n):
    return html(b"<div " + b" ".join(b'a%d="v"' % i for i in range(n)) + b">text</div>")


def paragraphs_of(words):
    return b" ".join(b"w%d" % (i % 997) for i in range(words))


def root(n):
    """A count whose square grows like n: for shapes whose size is quadratic in their count."""
    return int((n * 100) ** 0.5)


# cmark's own pathological Markdown (test/pathological_tests.py), at size n.
CMARK = [
    ("md-nested-strong-emphasis", lambda n: repeat("*a **a ", n) + b"b" + repeat(" a** a*", n)),
    ("md-emphasis-closers-no-openers", lambda n: repeat("a_ ", n)),
    ("md-emphasis-openers-no-closers", lambda n: repeat("_a ", n)),
    ("md-link-closers-no-openers", lambda n: repeat("a]", n)),
    ("md-link-openers-no-closers", lambda n: repeat("[a", n)),
    ("md-mismatched-openers-closers", lambda n: repeat("*a_ ", n)),
    ("md-openers-and-closers-multiple-of-3", lambda n: b"a**b" + repeat("c* ", n)),
    ("md-link-openers-and-emph-closers", lambda n: repeat("[ a_", n)),
    ("md-pattern-bracket-paren", lambda n: repeat("[ (](", n)),
    ("md-nested-brackets", lambda n: repeat("[", n) + b"a" + repeat("]", n)),
    ("md-nested-block-quotes", lambda n: repeat(">", n) + b" a\n"),
    ("md-deeply-nested-lists", lambda n: "".join("  " * i + "* a\n" for i in range(root(n))).encode()),
    ("md-unclosed-links-a", lambda n: repeat("[a](<b", n)),
    ("md-unclosed-links-b", lambda n: repeat("[a](b", n)),
    ("md-unclosed-html-comment", lambda n: b"</" + repeat("<!--", n)),
    ("md-many-backticks", lambda n: b"".join(b"e" + b"`" * i for i in range(1, root(n)))),
    ("md-many-link-reference-definitions", lambda n: b"".join(b"[r%d]: /u%d\n" % (i, i) for i in range(n)) + b"\n[r1] [r2]\n"),
    ("md-reference-links-used", lambda n: b"[x]: /u\n\n" + repeat("[x] ", n)),
    ("md-huge-thematic-break", lambda n: repeat("*", n) + b"\n"),
]

# (name, extension, mode, n, bench_n, generate)
SHAPES = [
    # The exponential and quadratic shapes of issue #10.
    ("html-nested-tables-closed", "html", "convert", 100, 8000, nested_tables_closed),
    ("html-nested-tables-closed-whole-page", "html", "whole-page", 100, 8000, nested_tables_closed),
    ("html-nested-tables-closed-pamphlet", "html", "pamphlet", 100, 8000, nested_tables_closed),
    ("html-nested-tables-unclosed", "html", "convert", 10000, 100000, lambda n: html(repeat("<table><tr><td>x", n))),
    ("html-p-b-i-table-mix", "html", "convert", 2000, 20000,
     lambda n: html(repeat("<p><b><i><table><tr><td>cell<td>cell2<p>para<li>item", n))),
    ("html-p-b-i-table-mix-whole-page", "html", "whole-page", 2000, 20000,
     lambda n: html(repeat("<p><b><i><table><tr><td>cell<td>cell2<p>para<li>item", n))),
    ("html-p-b-i-table-mix-pamphlet", "html", "pamphlet", 2000, 20000,
     lambda n: html(repeat("<p><b><i><table><tr><td>cell<td>cell2<p>para<li>item", n))),
    ("html-identical-headings", "html", "convert", 1500, 12500, lambda n: html(repeat("<h2>Results</h2>\n<p>Text.</p>\n", n))),
    ("html-identical-headings-pamphlet", "html", "pamphlet", 1500, 12500, lambda n: html(repeat("<h2>Results</h2>\n<p>Text.</p>\n", n))),
    ("md-identical-headings", "md", "convert", 1500, 12500, lambda n: repeat("## Results\n\nText.\n\n", n)),
    ("md-identical-headings-pamphlet", "md", "pamphlet-twice", 1000, 12500, lambda n: repeat("## Results\n\nText.\n\n", n)),
    ("html-many-attributes", "html", "convert", 12500, 100000, many_attributes),
    # Shapes libxml2's HTML parser might handle badly.
    ("html-unclosed-bold", "html", "convert", 12000, 400000, lambda n: html(repeat("<b>x", n))),
    ("html-unclosed-inline-mix", "html", "convert", 6000, 200000, lambda n: html(repeat("<b><i><u><span>x", n))),
    ("html-unclosed-paragraphs", "html", "convert", 5000, 100000, lambda n: html(repeat("<p>x", n))),
    ("html-unclosed-anchors", "html", "convert", 5000, 100000, lambda n: html(repeat('<a href="/x">x', n))),
    ("html-many-options", "html", "convert", 40000, 400000, lambda n: html(b"<select>" + repeat("<option>o", n) + b"</select>")),
    ("html-huge-comment", "html", "convert", 500000, 16000000, lambda n: html(b"<p>a</p><!--" + b"x" * n + b"--><p>b</p>")),
    ("html-many-comments", "html", "convert", 5000, 100000, lambda n: html(repeat("<!--c--><p>x</p>", n))),
    ("html-many-entities", "html", "convert", 20000, 1000000, lambda n: html(b"<p>" + repeat("&amp;&#233;&eacute; ", n) + b"</p>")),
    ("html-many-bare-ampersands", "html", "convert", 20000, 1000000, lambda n: html(b"<p>" + repeat("& &x &#; ", n) + b"</p>")),
    ("html-unclosed-attribute-quote", "html", "convert", 100000, 2000000, lambda n: html(b'<div title="' + repeat("a b ", n))),
    # The passing shapes of issue #10, kept passing.
    ("html-nested-lists", "html", "convert", 10000, 100000, lambda n: html(repeat("<ul><li>x", n) + repeat("</li></ul>", n))),
    ("html-nested-divs", "html", "convert", 40000, 400000, lambda n: html(repeat("<div>", n) + b"x" + repeat("</div>", n))),
    ("html-nested-blockquotes", "html", "convert", 15000, 200000, lambda n: html(repeat("<blockquote>x", n))),
    ("html-nested-spans", "html", "convert", 15000, 200000, lambda n: html(b"<p>" + repeat("<span>x ", n) + repeat("</span>", n) + b"</p>")),
    ("html-nested-figures", "html", "convert", 4000, 50000, lambda n: html(repeat("<figure>caption text ", n))),
    ("html-inline-runs", "html", "convert", 2000, 50000, lambda n: html(b"<p>" + repeat("<b>b</b><i>i</i> <a href='/x'>a</a> ", n) + b"</p>")),
    ("html-paragraphs", "html", "convert", 5000, 100000, lambda n: html(b"".join(b"<p>Paragraph %d of the text.</p>\n" % i for i in range(n)))),
    ("html-distinct-headings", "html", "convert", 2000, 100000, lambda n: html(b"".join(b"<h2>Part %d</h2><p>t</p>\n" % i for i in range(n)))),
    ("html-huge-table", "html", "convert", 3000, 40000,
     lambda n: html(b"<table><tr><th>a</th><th>b</th><th>c</th></tr>" + repeat("<tr><td>1</td><td>2</td><td>3</td></tr>", n) + b"</table>")),
    ("html-table-spans", "html", "convert", 3000, 40000,
     lambda n: html(b"<table><tr><th>a</th><th>b</th></tr>" + repeat('<tr><td colspan="1000">1</td><td rowspan="1000">2</td></tr>', n) + b"</table>")),
    ("html-huge-span", "html", "convert", 200000, 2000000, lambda n: html(b"<p><span>" + paragraphs_of(n) + b"</span></p>")),
    ("html-long-word", "html", "convert", 625000, 10000000, lambda n: html(b"<p>" + b"x" * n + b"</p>")),
    ("html-long-attribute", "html", "convert", 625000, 10000000, lambda n: html(b'<p><a href="/' + b"x" * n + b'">link</a></p>')),
    ("html-many-links", "html", "convert", 3000, 50000, lambda n: html(b"".join(b'<p><a href="/p%d">link %d</a></p>' % (i, i) for i in range(n)))),
    ("html-repeated-paragraphs", "html", "convert", 6000, 100000, lambda n: html(repeat("<p>The same sentence again.</p>\n", n))),
    ("html-deep-wrappers-wide", "html", "convert", 2000, 20000,
     lambda n: html(repeat('<div class="content">', 150) + repeat('<p>Some text of the article, <a href="/x">a link</a>, more text.</p>\n', n))),
    ("html-many-line-breaks", "html", "convert", 10000, 200000, lambda n: html(b"<p>" + repeat("line<br>", n) + b"</p>")),
    ("html-huge-pre", "html", "convert", 60000, 1000000, lambda n: html(b"<pre>" + repeat("code line\n", n) + b"</pre>")),
    ("html-many-list-items", "html", "convert", 5000, 100000, lambda n: html(b"<ul>" + repeat("<li>item text", n) + b"</ul>")),
    ("html-definition-list", "html", "convert", 3000, 50000, lambda n: html(b"<dl>" + repeat("<dt>term<dd>definition", n) + b"</dl>")),
    ("html-many-images", "html", "convert", 3000, 50000, lambda n: html(b"".join(b'<p><img src="/i%d.png" alt="x"></p>' % i for i in range(n)))),
    ("html-distinct-headings-pamphlet", "html", "pamphlet", 1000, 20000, lambda n: html(b"".join(b"<h2>Part %d</h2><h3>Sub</h3><p>t</p>\n" % i for i in range(n)))),
    ("text-identical-lines", "txt", "convert", 12000, 100000, lambda n: repeat("Results\n\n", n)),
    ("text-identical-paragraphs", "txt", "convert", 6000, 100000, lambda n: repeat("The same paragraph of text, again.\n\n", n)),
    ("text-paragraphs", "txt", "convert", 6000, 50000, lambda n: b"".join(b"Paragraph %d of the text.\n\n" % i for i in range(n))),
    ("text-long-line", "txt", "convert", 400000, 4000000, lambda n: paragraphs_of(n) + b"\n"),
    ("text-long-word", "txt", "convert", 2500000, 20000000, lambda n: b"x" * n + b"\n"),
    ("text-one-line-each", "txt", "convert", 5000, 100000, lambda n: b"".join(b"line %d\n" % i for i in range(n))),
    ("text-list-items", "txt", "convert", 16000, 200000, lambda n: b"".join(b"- item %d\n" % i for i in range(n))),
    ("text-heading-like-lines", "txt", "convert", 2500, 20000, lambda n: b"".join(b"CHAPTER %d\n\nSome text.\n\n" % i for i in range(n))),
    ("text-underlined-headings", "txt", "convert", 1000, 20000, lambda n: repeat("Results\n=======\n\nText.\n\n", n)),
    ("text-wrapped-hyphenated", "txt", "convert", 3000, 100000, lambda n: repeat("a long line of wrapped text that ends in a hyph-\nenated word and goes on\n", n)),
    ("text-trailing-spaces", "txt", "convert", 20000, 1000000, lambda n: b"word" + b" " * n + b"\nnext line\n"),
    ("text-closing-hashes", "txt", "convert", 20000, 1000000, lambda n: b"# Title " + b"#" * n + b"\n\nText.\n"),
    ("text-indented-code", "txt", "convert", 25000, 200000, lambda n: b"Code:\n\n" + repeat("    let x = 1\n", n)),
    ("md-paragraphs", "md", "convert", 5000, 100000, lambda n: b"".join(b"Paragraph %d of the text.\n\n" % i for i in range(n))),
    ("md-huge-list", "md", "convert", 5000, 100000, lambda n: b"".join(b"- item %d\n" % i for i in range(n))),
    ("md-nested-heading-levels", "md", "convert", 1000, 20000, lambda n: repeat("# A\n## B\n### C\n#### D\ntext\n", n)),
    ("md-inline-mix", "md", "convert", 1200, 50000, lambda n: repeat("*a* **b** `c` [d](/e) ", n) + b"\n"),
    ("md-html-blocks", "md", "convert", 3000, 50000, lambda n: repeat("<div>\nx\n</div>\n\n", n)),
    ("md-as-markdown-flag", "txt", "markdown", 1500, 12500, lambda n: repeat("## Results\n\nText.\n\n", n)),
] + [(name, "md", "convert", 2000 if "backticks" in name else 10000, 100000, gen) for name, gen in CMARK]
