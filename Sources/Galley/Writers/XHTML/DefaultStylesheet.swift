// Generated from Stylesheets/galley.css by scripts/embed-stylesheets.sh; do not edit by hand.

/// The default stylesheet, built into the binary (its source is `Stylesheets/galley.css`).
public enum DefaultStylesheet {
    /// The file name outputs link to.
    public static let fileName = "galley.css"
    /// The stylesheet text.
    public static let css = #"""
/* Galley default stylesheet: readable on e-ink and phone screens. */
html { -epub-hyphens: auto; hyphens: auto; }
body { margin: 0 5%; font-family: Georgia, "Times New Roman", serif; line-height: 1.5; text-align: left; }
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; text-align: left; hyphens: manual; -epub-hyphens: manual; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.8em; margin: 1.2em 0 0.8em; }
h2 { font-size: 1.4em; margin: 1.4em 0 0.6em; }
h3 { font-size: 1.2em; margin: 1.2em 0 0.5em; }
h4, h5, h6 { font-size: 1em; margin: 1em 0 0.4em; }
p { margin: 0 0 0.8em; orphans: 2; widows: 2; }
blockquote { margin: 1em 1.5em; padding-left: 0.8em; border-left: 3px solid #999; font-style: italic; }
pre { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.85em; white-space: pre-wrap; background: #f4f4f4; padding: 0.6em; border-radius: 3px; }
code { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.9em; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; }
th { background: #eee; }
figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
figure img, img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; color: #444; margin-top: 0.3em; }
hr { border: none; border-top: 1px solid #999; margin: 1.5em 20%; }
a { color: #1a4f8b; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5em 1.5em; }

"""#
}
