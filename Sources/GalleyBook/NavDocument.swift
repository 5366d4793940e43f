// nav.xhtml: the EPUB 3 navigation document (table of contents and landmarks).
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Renders the navigation document.
enum NavDocument {
    /// The file name inside the package.
    static let fileName = "nav.xhtml"

    /// A landmark: an `epub:type`, its target and label.
    struct Landmark: Equatable {
        var type: String
        var href: String
        var label: String
    }

    /// The XHTML of the navigation document.
    static func render(title: String, language: String, toc: [TOCEntry], landmarks: [Landmark]) -> String {
        let heading = XMLEscaping.text(BookWords.contentsHeading(language: language))
        var body = "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>\(heading)</h1>\n"
        body += list(toc, indent: "")
        body += "</nav>\n"
        if !landmarks.isEmpty {
            body += "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n"
            for mark in landmarks {
                body += "<li><a epub:type=\"\(mark.type)\" href=\"\(XMLEscaping.attribute(mark.href))\">\(XMLEscaping.text(mark.label))</a></li>\n"
            }
            body += "</ol>\n</nav>\n"
        }
        return XHTMLPage.render(title: title, language: language, bodyAttributes: " class=\"nav\"", body: body)
    }

    private static func list(_ entries: [TOCEntry], indent: String) -> String {
        guard !entries.isEmpty else { return "" }
        var out = indent + "<ol>\n"
        for entry in entries {
            out += indent + "<li><a href=\"\(XMLEscaping.attribute(entry.href))\">\(XMLEscaping.text(entry.label))</a>"
            if entry.children.isEmpty {
                out += "</li>\n"
            } else {
                out += "\n" + list(entry.children, indent: indent + "  ") + indent + "</li>\n"
            }
        }
        return out + indent + "</ol>\n"
    }
}
