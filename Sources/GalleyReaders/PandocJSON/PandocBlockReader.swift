// Block conversion for the pandoc JSON reader: pandoc's blocks to Galley's, the rest kept as content.
import GalleyModel
import GalleySupport

/// Block conversion.
enum PandocBlockReader {
    /// How nodes Galley has no model for are kept (for the warnings).
    static let keptAs: [String: String] = [
        "Div": "its contents", "Span": "its contents", "LineBlock": "a paragraph with line breaks",
        "Math": "code", "Note": "bracketed text", "RawBlock": "a code block", "RawInline": "code",
        "Cite": "its text", "Quoted": "quoted text", "SmallCaps": "its text", "Underline": "its text",
        "Figure": "an image with caption", "TableFoot": "body rows",
    ]

    static func blocks(_ nodes: [Any], context: inout PandocReadContext) -> [Block] {
        var out: [Block] = []
        for node in nodes { append(node, to: &out, context: &context) }
        return out
    }

    private static func append(_ node: Any, to out: inout [Block], context: inout PandocReadContext) {
        guard let node = PandocNode.parts(node) else { return }
        let (tag, c) = (node.tag, node.content)
        let parts = PandocNode.array(c)
        switch tag {
        case "Plain", "Para":
            let inlines = PandocInlineReader.inlines(PandocNode.array(c), context: &context)
            if let figure = implicitFigure(PandocNode.array(c), inlines: inlines, paragraph: tag == "Para", context: &context) {
                out.append(Block(.figure(figure)))
            } else if !inlines.isEmpty {
                out.append(Block(.paragraph(inlines)))
            }
        case "Header" where parts.count == 3:
            let attr = PandocNode.attr(parts[1])
            let level = min(6, max(1, PandocNode.int(parts[0]) ?? 1))
            let content = PandocInlineReader.inlines(PandocNode.array(parts[2]), context: &context)
            out.append(Block(.heading(Heading(level: level, id: attr.id.isEmpty ? nil : attr.id, content: content))))
        case "BulletList":
            out.append(Block(.list(list(ordered: false, items: parts, context: &context))))
        case "OrderedList" where parts.count == 2:
            var result = list(ordered: true, items: PandocNode.array(parts[1]), context: &context)
            let attributes = PandocNode.array(parts[0])
            result.start = attributes.first.flatMap { PandocNode.int($0) } ?? 1
            if attributes.count > 2, PandocNode.parts(attributes[2])?.tag == "OneParen" { result.style = .ordered(.paren) }
            out.append(Block(.list(result)))
        case "BlockQuote":
            out.append(Block(.blockQuote(blocks(parts, context: &context))))
        case "CodeBlock" where parts.count == 2:
            let attr = PandocNode.attr(parts[0])
            let info = attr.pairs.first { $0.0 == "info" }?.1
            out.append(Block(.codeBlock(CodeBlock(language: attr.classes.first, info: info, text: PandocNode.string(parts[1]) + "\n"))))
        case "HorizontalRule":
            out.append(Block(.thematicBreak))
        case "RawBlock" where parts.count == 2:
            let format = PandocNode.string(parts[0]).lowercased()
            if format == "html" || format == "html5" {
                out.append(Block(.rawHTML(PandocNode.string(parts[1]))))
            } else {
                context.approximate(tag)
                out.append(Block(.codeBlock(CodeBlock(language: format, text: PandocNode.string(parts[1]) + "\n"))))
            }
        case "Table":
            out.append(contentsOf: PandocTableReader.table(parts, context: &context))
        case "DefinitionList":
            let items = parts.map { item -> DefinitionItem in
                let pair = PandocNode.array(item)
                let term = pair.first.map { PandocInlineReader.inlines(PandocNode.array($0), context: &context) } ?? []
                let definitions = pair.count > 1 ? PandocNode.array(pair[1]).map { blocks(PandocNode.array($0), context: &context) } : []
                return DefinitionItem(term: term, definitions: definitions)
            }
            out.append(Block(.definitionList(items)))
        case "LineBlock":
            context.approximate(tag)
            var inlines: [Inline] = []
            for (i, line) in parts.enumerated() {
                if i > 0 { inlines.append(.lineBreak) }
                inlines += PandocInlineReader.inlines(PandocNode.array(line), context: &context)
            }
            if !inlines.isEmpty { out.append(Block(.paragraph(inlines))) }
        case "Div" where parts.count == 2:
            context.approximate(tag)
            out.append(contentsOf: blocks(PandocNode.array(parts[1]), context: &context))
        case "Figure" where parts.count == 3:
            // API 1.23: Figure Attr Caption [Block]; one image inside becomes a Galley figure.
            let inner = blocks(PandocNode.array(parts[2]), context: &context)
            let caption = PandocTableReader.captionInlines(parts[1], context: &context)
            if inner.count == 1, case .paragraph(let inlines) = inner[0].kind, inlines.count == 1, case .image(let image) = inlines[0] {
                out.append(Block(.figure(Figure(image: image, caption: caption.isEmpty ? nil : caption))))
            } else {
                context.approximate(tag)
                out.append(contentsOf: inner)
                if !caption.isEmpty { out.append(Block(.paragraph(caption))) }
            }
        case "Null":
            break
        default:
            // An unknown block: keep any text it holds as a paragraph.
            context.approximate(tag)
            let text = PandocInlineReader.text(of: c as Any)
            if !text.isEmpty { out.append(Block(.paragraph([.text(text)]))) }
        }
    }

    private static func list(ordered: Bool, items: [Any], context: inout PandocReadContext) -> ListBlock {
        var tight = true
        let converted = items.map { item -> [Block] in
            let nodes = PandocNode.array(item)
            if nodes.contains(where: { PandocNode.parts($0)?.tag == "Para" }) { tight = false }
            return blocks(nodes, context: &context)
        }
        return ListBlock(ordered: ordered, tight: tight, items: converted)
    }

    /// Pandoc 2.x's implicit figure: a paragraph of exactly one image titled `fig:...`.
    private static func implicitFigure(_ nodes: [Any], inlines: [Inline], paragraph: Bool, context: inout PandocReadContext) -> Figure? {
        guard paragraph, nodes.count == 1, let node = PandocNode.parts(nodes[0]), node.tag == "Image" else { return nil }
        let parts = PandocNode.array(node.content)
        guard parts.count == 3 else { return nil }
        let target = PandocNode.array(parts[2])
        let title = target.count > 1 ? PandocNode.string(target[1]) : ""
        guard title.hasPrefix("fig:") else { return nil }
        let attr = PandocNode.attr(parts[0])
        let caption = PandocInlineReader.inlines(PandocNode.array(parts[1]), context: &context)
        let alt = attr.pairs.first { $0.0 == "alt" }.map { [Inline.text($0.1)] }
        let plainTitle = String(title.dropFirst(4))
        let image = Image(source: PandocNode.string(target.first), title: plainTitle.isEmpty ? nil : plainTitle, alt: alt ?? caption)
        return Figure(image: image, caption: alt == nil ? nil : caption)
    }
}
