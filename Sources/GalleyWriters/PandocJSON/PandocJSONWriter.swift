// Writes pandoc's JSON AST (`pandoc -f json` reads it): the road from Galley into pandoc's formats.
import GalleyModel
import GalleySupport

/// Writes a document as pandoc's JSON AST, API version `PandocAPI.version` (pandoc 2.17's).
///
/// Sections are flattened into their headings (pandoc has no section block); figures are pandoc
/// 2.x's implicit figures (a paragraph holding one image whose title starts with `fig:`); tight
/// list items hold `Plain` blocks; raw HTML is `RawBlock`/`RawInline "html"`. Metadata goes into
/// `meta` under pandoc's names (`title`, `author`, `date`, `lang` ...), removals and warnings under
/// `galley-removals` and `galley-warnings`.
public struct PandocJSONWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Renders the document as one line of JSON followed by a newline.
    public func write(_ document: Document, options: WriteOptions) throws -> String {
        let root = PandocValue.object([
            ("pandoc-api-version", .array(PandocAPI.version.map(PandocValue.int))),
            ("meta", PandocMetaWriter.meta(document)),
            ("blocks", .array(PandocBlockWriter.blocks(document.blocks))),
        ])
        return root.serialized() + "\n"
    }
}

/// Block conversion.
enum PandocBlockWriter {
    static func blocks(_ blocks: [Block], tight: Bool = false) -> [PandocValue] {
        var out: [PandocValue] = []
        for block in blocks { append(block, tight: tight, to: &out) }
        return out
    }

    private static func append(_ block: Block, tight: Bool, to out: inout [PandocValue]) {
        switch block.kind {
        case .heading(let heading):
            out.append(header(heading))
        case .section(let section):
            out.append(header(section.heading))
            for child in section.blocks { append(child, tight: false, to: &out) }
        case .paragraph(let inlines):
            out.append(.node(tight ? "Plain" : "Para", .array(PandocInlineWriter.inlines(inlines))))
        case .list(let list):
            let items = PandocValue.array(list.items.map { .array(blocks($0, tight: list.tight)) })
            switch list.style {
            case .ordered(let delimiter):
                let attributes = PandocValue.array([.int(list.start), .node("Decimal"), .node(delimiter == .paren ? "OneParen" : "Period")])
                out.append(.node("OrderedList", .array([attributes, items])))
            case .bullet:
                out.append(.node("BulletList", items))
            }
        case .blockQuote(let children):
            out.append(.node("BlockQuote", .array(blocks(children))))
        case .codeBlock(let code):
            var text = code.text
            if text.hasSuffix("\n") { text.removeLast() }
            let classes = code.language.map { [$0] } ?? []
            var pairs: [(String, String)] = []
            if let info = code.info, info != code.language { pairs.append(("info", info)) }
            out.append(.node("CodeBlock", .array([.attr(classes: classes, pairs: pairs), .string(text)])))
        case .thematicBreak:
            out.append(.node("HorizontalRule"))
        case .table(let table):
            out.append(PandocTableWriter.table(table))
        case .figure(let figure):
            out.append(self.figure(figure))
        case .rawHTML(let html):
            out.append(.node("RawBlock", .array([.string("html"), .string(html)])))
        case .definitionList(let items):
            out.append(.node("DefinitionList", .array(items.map { item in
                .array([.array(PandocInlineWriter.inlines(item.term)), .array(item.definitions.map { .array(blocks($0)) })])
            })))
        }
    }

    private static func header(_ heading: Heading) -> PandocValue {
        .node("Header", .array([.int(heading.level), .attr(id: heading.id ?? ""), .array(PandocInlineWriter.inlines(heading.content))]))
    }

    /// Pandoc 2.x's implicit figure: a paragraph of one image titled `fig:...`, the caption as its
    /// inlines (the alternative text, when it differs, as the `alt` attribute).
    private static func figure(_ figure: Figure) -> PandocValue {
        let image = figure.image
        var pairs: [(String, String)] = []
        let caption = figure.caption ?? image.alt
        if figure.caption != nil, !image.alt.isEmpty { pairs.append(("alt", image.alt.plainText)) }
        let target = PandocValue.array([.string(image.source), .string("fig:" + (image.title ?? ""))])
        let node = PandocValue.node("Image", .array([.attr(pairs: pairs), .array(PandocInlineWriter.inlines(caption)), target]))
        return .node("Para", .array([node]))
    }
}
