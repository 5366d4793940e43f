// Generated from Stylesheets/*.css by scripts/embed-stylesheets.sh; do not edit by hand.

/// The default stylesheet, built into the binary (its source is `Stylesheets/galley.css`).
public enum DefaultStylesheet {
    /// The file name outputs link to.
    public static let fileName = "galley.css"
    /// The stylesheet text.
    public static let css = BuiltInStylesheets.galley
}

/// Every stylesheet of `Stylesheets/`, by name (the file name without `.css`).
public enum BuiltInStylesheets {
    /// The names, sorted.
    public static let names = ["classic", "galley", "sans"]

    /// The stylesheet called `name`, or nil.
    public static func css(named name: String) -> String? {
        switch name {
        case "classic": return classic
        case "galley": return galley
        case "sans": return sans
        default: return nil
        }
    }

    /// `Stylesheets/classic.css`.
    public static let classic = #"""
/* Galley classic stylesheet: book typography — justified serif text, indented paragraphs, centred headings. */
/* Sizes are relative (em, %) so the reader's own font-size setting always wins. */
html { -epub-hyphens: auto; -webkit-hyphens: auto; hyphens: auto; }
body { margin: 0; padding: 0 3%; font-family: "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "DejaVu Serif", serif; line-height: 1.45; text-align: justify; color: #111; orphans: 2; widows: 2; overflow-wrap: break-word; }

h1, h2, h3, h4, h5, h6 { font-family: inherit; font-weight: normal; line-height: 1.25; text-align: center; -epub-hyphens: manual; -webkit-hyphens: manual; hyphens: manual; page-break-after: avoid; break-after: avoid; page-break-inside: avoid; break-inside: avoid; }
h1 { font-size: 1.8em; margin: 1.5em 0 1.5em; }
h2 { font-size: 1.3em; margin: 2em 0 0.8em; font-variant: small-caps; letter-spacing: 0.05em; }
h3 { font-size: 1.1em; margin: 1.5em 0 0.6em; font-style: italic; }
h4, h5, h6 { font-size: 1em; margin: 1.2em 0 0.4em; font-style: italic; text-align: left; }

p { margin: 0; text-indent: 1.3em; }
h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, hr + p, blockquote + p, figure + p, table + p, pre + p, ul + p, ol + p { text-indent: 0; }
li p, blockquote p, dd p, td p { text-indent: 0; }
ul, ol { margin: 0.6em 0; padding-left: 1.6em; text-align: left; }
li { margin: 0.2em 0; }
dl { margin: 0.6em 0; }
dt { font-style: italic; margin-top: 0.4em; }
dd { margin: 0 0 0.3em 1.5em; }
a { color: inherit; text-decoration: underline; }
sup, sub { line-height: 0; font-size: 0.75em; }
hr { border: none; margin: 1.2em 0; text-align: center; height: 1.5em; }
hr::after { content: "* * *"; letter-spacing: 0.5em; }

blockquote { margin: 0.8em 1.5em; font-size: 0.95em; }
blockquote p { text-indent: 0; margin-bottom: 0.4em; }

pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8em; line-height: 1.4; white-space: pre-wrap; overflow-wrap: break-word; text-align: left; margin: 0.8em 0; padding: 0.5em 0.8em; border-left: 2px solid #444; page-break-inside: avoid; break-inside: avoid; -epub-hyphens: none; hyphens: none; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; -epub-hyphens: none; hyphens: none; }
pre code { font-size: 1em; }

table { border-collapse: collapse; margin: 1em auto; max-width: 100%; font-size: 0.85em; line-height: 1.35; text-align: left; }
caption { font-style: italic; padding-bottom: 0.3em; }
th, td { padding: 0.25em 0.6em; vertical-align: top; overflow-wrap: break-word; border-bottom: 1px solid #444; }
th { font-weight: bold; border-top: 2px solid #111; border-bottom: 2px solid #111; }

figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; font-style: italic; margin-top: 0.4em; text-align: center; }
.image-removed { font-style: italic; }

body.cover { margin: 0; padding: 0; text-align: center; }
section.cover { margin: 0; padding: 0; }
section.cover img { max-width: 100%; max-height: 100%; height: auto; }
section.titlepage { text-align: center; margin-top: 20%; }
section.titlepage h1.title { font-size: 2.1em; margin: 0 0 0.5em; }
section.titlepage .subtitle { font-size: 1.2em; font-style: italic; margin: 0 0 2.5em; text-indent: 0; }
section.titlepage .authors { font-size: 1.15em; font-variant: small-caps; letter-spacing: 0.05em; margin: 0 0 4em; text-indent: 0; }
section.titlepage .imprint, section.titlepage .rights { font-size: 0.85em; margin: 0 0 0.4em; text-indent: 0; }
nav#toc ol { list-style: none; padding-left: 0; margin: 0; }
nav#toc ol ol { padding-left: 1.4em; }
nav#toc li { margin: 0.45em 0; line-height: 1.3; text-align: left; }
nav#toc a { text-decoration: none; color: #111; }

"""#

    /// `Stylesheets/galley.css`.
    public static let galley = #"""
/* Galley default stylesheet: a serif text face, generous leading, high contrast for e-ink and phones. */
/* Sizes are relative (em, %) so the reader's own font-size setting always wins. */
html { -epub-hyphens: auto; -webkit-hyphens: auto; hyphens: auto; }
body { margin: 0; padding: 0 2%; font-family: Georgia, "Charis SIL", "DejaVu Serif", serif; line-height: 1.5; text-align: left; color: #111; orphans: 2; widows: 2; overflow-wrap: break-word; }

/* Headings: sans, tight, never left alone at the foot of a page. */
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", "Source Sans Pro", "DejaVu Sans", Arial, sans-serif; font-weight: bold; line-height: 1.25; text-align: left; -epub-hyphens: manual; -webkit-hyphens: manual; hyphens: manual; page-break-after: avoid; break-after: avoid; page-break-inside: avoid; break-inside: avoid; }
h1 { font-size: 1.7em; margin: 0.6em 0 1em; }
h2 { font-size: 1.35em; margin: 1.6em 0 0.6em; }
h3 { font-size: 1.15em; margin: 1.4em 0 0.5em; }
h4, h5, h6 { font-size: 1em; margin: 1.2em 0 0.4em; }
h5, h6 { font-style: italic; }

/* Body text. */
p { margin: 0 0 0.8em; }
ul, ol { margin: 0 0 0.8em; padding-left: 1.6em; }
li { margin: 0.2em 0; }
li > p { margin: 0.2em 0; }
dl { margin: 0 0 0.8em; }
dt { font-weight: bold; margin-top: 0.5em; }
dd { margin: 0 0 0.4em 1.5em; }
a { color: #163d6b; text-decoration: underline; }
sup, sub { line-height: 0; font-size: 0.75em; }
hr { border: none; border-top: 1px solid #555; margin: 1.6em 25%; }

/* Quotations: indented with a rule, upright so long quotes stay legible. */
blockquote { margin: 1em 0 1em 0.8em; padding: 0 0 0 0.9em; border-left: 3px solid #555; color: #222; }
blockquote p { margin-bottom: 0.5em; }

/* Code: wraps instead of running off narrow screens. */
pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8em; line-height: 1.4; white-space: pre-wrap; overflow-wrap: break-word; margin: 1em 0; padding: 0.6em 0.8em; border: 1px solid #999; border-left: 4px solid #555; background: #f5f5f5; page-break-inside: avoid; break-inside: avoid; -epub-hyphens: none; hyphens: none; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; -epub-hyphens: none; hyphens: none; }
pre code { font-size: 1em; }

/* Tables: full black rules (grey hairlines vanish on e-ink), small text, cells that wrap. */
table { border-collapse: collapse; margin: 1em 0; max-width: 100%; font-size: 0.85em; line-height: 1.35; }
caption { caption-side: top; font-weight: bold; text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid #444; padding: 0.3em 0.5em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #e8e8e8; font-weight: bold; }

/* Figures: centred, never wider than the screen, kept with their caption. */
figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; font-style: italic; color: #333; margin-top: 0.4em; text-align: center; }
.image-removed { font-style: italic; }

/* Book pages: cover, title page, contents. */
body.cover { margin: 0; padding: 0; text-align: center; }
section.cover { margin: 0; padding: 0; }
section.cover img { max-width: 100%; max-height: 100%; height: auto; }
section.titlepage { text-align: center; margin-top: 18%; }
section.titlepage h1.title { font-size: 2em; margin: 0 0 0.4em; text-align: center; }
section.titlepage .subtitle { font-size: 1.25em; font-style: italic; margin: 0 0 2.5em; }
section.titlepage .authors { font-size: 1.2em; margin: 0 0 4em; }
section.titlepage .imprint, section.titlepage .rights { font-size: 0.85em; margin: 0 0 0.4em; }
nav#toc ol { list-style: none; padding-left: 0; margin: 0; }
nav#toc ol ol { padding-left: 1.4em; }
nav#toc li { margin: 0.45em 0; line-height: 1.3; }
nav#toc > ol > li > a { font-weight: bold; }
nav#toc a { text-decoration: none; color: #111; }

"""#

    /// `Stylesheets/sans.css`.
    public static let sans = #"""
/* Galley sans stylesheet: a humanist sans-serif throughout, for small phone screens and low-resolution e-ink. */
/* Sizes are relative (em, %) so the reader's own font-size setting always wins. */
html { -epub-hyphens: auto; -webkit-hyphens: auto; hyphens: auto; }
body { margin: 0; padding: 0 2%; font-family: "Source Sans Pro", "Open Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.55; text-align: left; color: #000; orphans: 2; widows: 2; overflow-wrap: break-word; }

h1, h2, h3, h4, h5, h6 { font-family: inherit; font-weight: bold; line-height: 1.2; -epub-hyphens: manual; -webkit-hyphens: manual; hyphens: manual; page-break-after: avoid; break-after: avoid; page-break-inside: avoid; break-inside: avoid; }
h1 { font-size: 1.6em; margin: 0.5em 0 1em; padding-bottom: 0.3em; border-bottom: 2px solid #000; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.6em; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.5em; }
h4, h5, h6 { font-size: 1em; margin: 1.2em 0 0.4em; }

p { margin: 0 0 0.9em; }
ul, ol { margin: 0 0 0.9em; padding-left: 1.5em; }
li { margin: 0.25em 0; }
li > p { margin: 0.2em 0; }
dl { margin: 0 0 0.9em; }
dt { font-weight: bold; margin-top: 0.5em; }
dd { margin: 0 0 0.4em 1.4em; }
a { color: #000; text-decoration: underline; }
sup, sub { line-height: 0; font-size: 0.75em; }
hr { border: none; border-top: 2px solid #000; margin: 1.5em 30%; }

blockquote { margin: 1em 0; padding: 0.2em 0 0.2em 1em; border-left: 4px solid #000; }
blockquote p { margin-bottom: 0.5em; }

pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8em; line-height: 1.4; white-space: pre-wrap; overflow-wrap: break-word; margin: 1em 0; padding: 0.6em; border: 1px solid #000; page-break-inside: avoid; break-inside: avoid; -epub-hyphens: none; hyphens: none; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; -epub-hyphens: none; hyphens: none; }
pre code { font-size: 1em; }

table { border-collapse: collapse; margin: 1em 0; max-width: 100%; font-size: 0.85em; line-height: 1.35; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid #000; padding: 0.3em 0.5em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { font-weight: bold; border-bottom-width: 2px; }

figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; margin-top: 0.4em; text-align: center; }
.image-removed { font-style: italic; }

body.cover { margin: 0; padding: 0; text-align: center; }
section.cover { margin: 0; padding: 0; }
section.cover img { max-width: 100%; max-height: 100%; height: auto; }
section.titlepage { text-align: center; margin-top: 18%; }
section.titlepage h1.title { font-size: 2em; margin: 0 0 0.4em; border: none; text-align: center; }
section.titlepage .subtitle { font-size: 1.2em; margin: 0 0 2.5em; }
section.titlepage .authors { font-size: 1.2em; font-weight: bold; margin: 0 0 4em; }
section.titlepage .imprint, section.titlepage .rights { font-size: 0.85em; margin: 0 0 0.4em; }
nav#toc ol { list-style: none; padding-left: 0; margin: 0; }
nav#toc ol ol { padding-left: 1.3em; }
nav#toc li { margin: 0.5em 0; line-height: 1.3; }
nav#toc > ol > li > a { font-weight: bold; }
nav#toc a { text-decoration: none; color: #000; }

"""#
}
