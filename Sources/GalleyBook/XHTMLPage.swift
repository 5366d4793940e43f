// The XHTML wrapper shared by every page of the book: chapters, title page, cover and nav.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// An EPUB 3 XHTML content document around a body.
enum XHTMLPage {
    /// The stylesheet's path inside the package, relative to the pages.
    static let stylesheetHref = "css/galley.css"

    /// A complete XHTML document.
    static func render(title: String, language: String, bodyAttributes: String = "", body: String) -> String {
        let lang = XMLEscaping.attribute(language)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"\(lang)\" xml:lang=\"\(lang)\">\n"
        out += "<head>\n<meta charset=\"UTF-8\"/>\n"
        out += "<title>\(XMLEscaping.text(title))</title>\n"
        out += "<link rel=\"stylesheet\" type=\"text/css\" href=\"\(stylesheetHref)\"/>\n"
        out += "</head>\n<body\(bodyAttributes)>\n"
        out += body
        out += "</body>\n</html>\n"
        return out
    }
}
