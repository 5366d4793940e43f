// Writes one EPUB 3 XHTML content document per input: sections carry the heading ids.
import GalleyModel
import GalleySupport

/// Writes a document as an EPUB 3 content document (XHTML 5 in XML syntax).
/// Everything is escaped here; unsafe URLs and raw HTML never pass through unchecked.
public struct XHTMLWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Renders the whole document.
    public func write(_ document: Document, options: WriteOptions) throws -> String {
        let language = document.metadata.language ?? "und"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
        out += " lang=\"\(XMLEscaping.attribute(language))\" xml:lang=\"\(XMLEscaping.attribute(language))\">\n"
        out += "<head>\n<meta charset=\"UTF-8\"/>\n"
        out += "<title>\(XMLEscaping.text(Self.title(of: document)))</title>\n"
        if let href = options.stylesheetHref {
            out += "<link rel=\"stylesheet\" type=\"text/css\" href=\"\(XMLEscaping.attribute(href))\"/>\n"
        }
        out += "</head>\n<body>\n"
        out += body(makeSections(document.blocks))
        out += "</body>\n</html>\n"
        return out
    }

    /// The title shown in `<title>`: metadata title, else the first heading, else the source name.
    public static func title(of document: Document) -> String {
        if let title = document.metadata.title, !title.isEmpty { return title }
        if let heading = document.blocks.first(where: { $0.headingLevel != nil }) {
            return heading.inlineContent?.plainText.foldingWhitespace ?? "Untitled"
        }
        if let source = document.metadata.source, let name = source.split(separator: "/").last { return String(name) }
        return "Untitled"
    }

    /// The XHTML of a sequence of blocks (no surrounding document); used by the EPUB writer too.
    public func body(_ blocks: [Block]) -> String {
        var out = ""
        for block in blocks { render(block, into: &out) }
        return out
    }

    private func render(_ block: Block, into out: inout String, tight: Bool = false) {
        switch block.kind {
        case .section(let section):
            let id = section.heading.id.map { " id=\"\(XMLEscaping.attribute($0))\"" } ?? ""
            out += "<section\(id)>\n"
            out += heading(section.heading)
            for child in section.blocks { render(child, into: &out) }
            out += "</section>\n"
        case .heading(let h):
            out += heading(h)
        case .paragraph(let inlines):
            out += tight ? inline(inlines) + "\n" : "<p>" + inline(inlines) + "</p>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            out += "<\(tag)\(start)>\n"
            for item in list.items {
                out += "<li>"
                if list.tight, item.count == 1, case .paragraph(let inlines) = item[0].kind {
                    out += inline(inlines)
                } else {
                    out += "\n"
                    for child in item { render(child, into: &out, tight: list.tight) }
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .blockQuote(let blocks):
            out += "<blockquote>\n"
            for child in blocks { render(child, into: &out) }
            out += "</blockquote>\n"
        case .codeBlock(let code):
            let cls = code.language.map { " class=\"language-\(XMLEscaping.attribute($0))\"" } ?? ""
            out += "<pre><code\(cls)>" + XMLEscaping.text(code.text) + "</code></pre>\n"
        case .thematicBreak:
            out += "<hr/>\n"
        case .table(let table):
            out += self.table(table)
        case .figure(let figure):
            out += "<figure>\n" + image(figure.image) + "\n"
            if let caption = figure.caption, !caption.isEmpty {
                out += "<figcaption>" + inline(caption) + "</figcaption>\n"
            }
            out += "</figure>\n"
        case .rawHTML(let html):
            let safe = SafeHTMLFragment.block(html)
            if !safe.isEmpty { out += safe + "\n" }
        case .definitionList(let items):
            out += "<dl>\n"
            for item in items {
                out += "<dt>" + inline(item.term) + "</dt>\n"
                if item.definitions.isEmpty { out += "<dd></dd>\n" }  // a term alone: XHTML's dl needs a dd after it
                for definition in item.definitions {
                    out += "<dd>"
                    if definition.count == 1, case .paragraph(let inlines) = definition[0].kind {
                        out += inline(inlines)
                    } else {
                        out += "\n"
                        for child in definition { render(child, into: &out) }
                    }
                    out += "</dd>\n"
                }
            }
            out += "</dl>\n"
        }
    }

    private func heading(_ h: Heading) -> String {
        let level = min(6, max(1, h.level))
        return "<h\(level)>" + inline(h.content) + "</h\(level)>\n"
    }

    /// The XHTML of a table. `alignment` writes a column's alignment attribute (a `style` here;
    /// the Markdown writer's HTML fallback uses `align`, which Markdown renderers keep), and
    /// `cell` post-processes each cell's markup.
    func table(
        _ table: Table,
        alignment: (Table.Alignment) -> String = { " style=\"text-align: \($0.rawValue)\"" },
        cell: (String) -> String = { $0 }
    ) -> String {
        var out = "<table>\n"
        if let caption = table.caption, !caption.isEmpty { out += "<caption>" + inline(caption) + "</caption>\n" }
        func row(_ cells: [TableCell], tag: String) -> String {
            var r = "<tr>"
            for (column, content) in cells.enumerated() {
                var attributes = ""
                if content.colspan > 1 { attributes += " colspan=\"\(content.colspan)\"" }
                if content.rowspan > 1 { attributes += " rowspan=\"\(content.rowspan)\"" }
                if column < table.alignments.count, table.alignments[column] != .none {
                    attributes += alignment(table.alignments[column])
                }
                r += "<\(tag)\(attributes)>" + cell(inline(content.content)) + "</\(tag)>"
            }
            return r + "</tr>\n"
        }
        if let header = table.header { out += "<thead>\n" + row(header, tag: "th") + "</thead>\n" }
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for cells in table.rows { out += row(cells, tag: "td") }
            out += "</tbody>\n"
        }
        return out + "</table>\n"
    }

    private func image(_ image: Image) -> String {
        guard SafeURL.isSafe(image.source, forImage: true) else {
            return "<span class=\"image-removed\">" + XMLEscaping.text(image.alt.plainText) + "</span>"
        }
        var out = "<img src=\"\(XMLEscaping.attribute(image.source))\" alt=\"\(XMLEscaping.attribute(image.alt.plainText))\""
        if let title = image.title { out += " title=\"\(XMLEscaping.attribute(title))\"" }
        return out + "/>"
    }

    /// The XHTML of inline content.
    public func inline(_ inlines: [Inline]) -> String {
        if inlines.contains(where: { if case .rawHTML = $0 { return true } else { return false } }) {
            // Raw tags often come in pieces (`<b>`, text, `</b>`): sanitize the run as one fragment.
            return SafeHTMLFragment.inline(inlines.map { inline -> String in
                if case .rawHTML(let html) = inline { return html }
                return self.inline([inline])
            }.joined())
        }
        var out = ""
        for node in inlines {
            switch node {
            case .text(let s): out += XMLEscaping.text(s)
            case .emphasis(let c): out += "<em>" + inline(c) + "</em>"
            case .strong(let c): out += "<strong>" + inline(c) + "</strong>"
            case .strikethrough(let c): out += "<del>" + inline(c) + "</del>"
            case .superscript(let c): out += "<sup>" + inline(c) + "</sup>"
            case .subscript(let c): out += "<sub>" + inline(c) + "</sub>"
            case .code(let s): out += "<code>" + XMLEscaping.text(s) + "</code>"
            case .link(let link):
                if SafeURL.isSafe(link.url) {
                    var a = "<a href=\"\(XMLEscaping.attribute(link.url))\""
                    if let title = link.title { a += " title=\"\(XMLEscaping.attribute(title))\"" }
                    out += a + ">" + inline(link.content) + "</a>"
                } else {
                    out += "<span>" + inline(link.content) + "</span>"
                }
            case .image(let img): out += image(img)
            case .lineBreak: out += "<br/>\n"
            case .softBreak: out += "\n"
            case .rawHTML(let html): out += SafeHTMLFragment.inline(html)
            }
        }
        return out
    }
}
