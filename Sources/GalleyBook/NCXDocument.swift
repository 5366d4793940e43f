// toc.ncx: the table of contents for EPUB 2 reading systems.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Renders the NCX.
enum NCXDocument {
    /// The file name inside the package.
    static let fileName = "toc.ncx"

    /// The NCX XML; `identifier` must equal the OPF's `dc:identifier`.
    static func render(identifier: String, title: String, authors: [String], toc: [TOCEntry]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n"
        out += "<meta name=\"dtb:uid\" content=\"\(XMLEscaping.attribute(identifier))\"/>\n"
        out += "<meta name=\"dtb:depth\" content=\"\(max(1, TOCEntry.depth(toc)))\"/>\n"
        out += "<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n"
        out += "</head>\n<docTitle><text>\(XMLEscaping.text(title))</text></docTitle>\n"
        for author in authors { out += "<docAuthor><text>\(XMLEscaping.text(author))</text></docAuthor>\n" }
        out += "<navMap>\n"
        var order = 0
        func points(_ entries: [TOCEntry], indent: String) -> String {
            var s = ""
            for entry in entries {
                order += 1
                s += indent + "<navPoint id=\"navpoint-\(order)\" playOrder=\"\(order)\">\n"
                s += indent + "  <navLabel><text>\(XMLEscaping.text(entry.label))</text></navLabel>\n"
                s += indent + "  <content src=\"\(XMLEscaping.attribute(entry.href))\"/>\n"
                s += points(entry.children, indent: indent + "  ")
                s += indent + "</navPoint>\n"
            }
            return s
        }
        out += points(toc, indent: "")
        out += "</navMap>\n</ncx>\n"
        return out
    }
}
