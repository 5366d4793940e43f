// The title page: title, subtitle, authors, publisher, date and rights.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Renders the book's title page.
enum TitlePage {
    /// The file name inside the package.
    static let fileName = "title.xhtml"

    /// The XHTML of the title page.
    static func render(_ metadata: BookMetadata) -> String {
        var body = "<section class=\"titlepage\" epub:type=\"titlepage\">\n"
        body += "<h1 class=\"title\">\(XMLEscaping.text(metadata.title))</h1>\n"
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            body += "<p class=\"subtitle\">\(XMLEscaping.text(subtitle))</p>\n"
        }
        if !metadata.authors.isEmpty {
            body += "<p class=\"authors\">\(XMLEscaping.text(ListFormatting.names(metadata.authors)))</p>\n"
        }
        var imprint: [String] = []
        if let publisher = metadata.publisher, !publisher.isEmpty { imprint.append(XMLEscaping.text(publisher)) }
        if let date = metadata.date, !date.isEmpty { imprint.append(XMLEscaping.text(date)) }
        if !imprint.isEmpty { body += "<p class=\"imprint\">\(imprint.joined(separator: " · "))</p>\n" }
        if let rights = metadata.rights, !rights.isEmpty {
            body += "<p class=\"rights\">\(XMLEscaping.text(rights))</p>\n"
        }
        body += "</section>\n"
        return XHTMLPage.render(title: metadata.title, language: metadata.language, body: body)
    }
}

/// Joining names for display.
enum ListFormatting {
    /// `A`, `A and B`, `A, B and C`.
    static func names(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }
}
