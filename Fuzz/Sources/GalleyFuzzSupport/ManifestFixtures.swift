// The small chapter, cover and stylesheet files every fuzzed manifest's book is built from.
import Foundation
import Galley

/// Fixed files for `ManifestPipeline`.
enum ManifestFixtures {
    /// A 1×1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")!
    static let coverName = "cover.png"
    static let stylesheetName = "style.css"

    /// The chapter file standing in for any chapter of `format`.
    static func chapterName(_ format: InputFormat) -> String {
        switch format {
        case .text: return "chapter.txt"
        case .html: return "chapter.html"
        case .markdown: return "chapter.md"
        }
    }

    static let markdown = """
        ---
        title: A Markdown chapter
        author: Ada
        date: 2024-05-01
        ---
        # First part

        Some *emphasis*, a [link](#second-part) and an image: ![a pixel](cover.png)

        ## Second part

        | a | b |
        |---|---|
        | 1 | 2 |

        # First part
        """

    static let html = """
        <!doctype html><html lang="fr"><head><title>An HTML chapter</title>
        <meta name="author" content="Grace"></head><body><article><h1>Titre</h1>
        <p>Un paragraphe avec <a href="chapter.md">un lien</a> et <img src="cover.png" alt="">.</p>
        <h2 id="x">Table</h2><table><tr><th>a</th><td>b</td></tr></table><figure><img src="data:image/png;base64,\
        iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC">\
        <figcaption>A caption</figcaption></figure></article></body></html>
        """

    static let text = """
        A TEXT CHAPTER

        1. Introduction

        The first paragraph of the text chapter, long enough to be a paragraph
        and wrapped over two lines.

        2. Conclusion

        - one
        - two
        """

    static var files: [(String, Data)] {
        [(chapterName(.markdown), Data(markdown.utf8)), (chapterName(.html), Data(html.utf8)),
         (chapterName(.text), Data(text.utf8)), (coverName, png), (stylesheetName, Data("body { margin: 0 }\n".utf8))]
    }
}
