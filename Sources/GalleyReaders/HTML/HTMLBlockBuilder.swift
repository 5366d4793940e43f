// Turns the kept parts of an HTML tree into blocks: paragraphs from inline runs, and each block element mapped.
import GalleyModel
import GalleySupport

/// Builds the document blocks of an HTML tree (the parts not marked removed).
struct HTMLBlockBuilder {
    package let tree: HTMLTree
    package let removed: [Bool]
    let resolver: HTMLURLResolver
    /// True for nodes with a block element somewhere below them.
    let hasBlockDescendant: [Bool]
    /// Keep links to social share endpoints (whole-page mode); extraction drops them.
    let keepShareLinks: Bool
    /// What the builder drops on purpose (share links), recorded so nothing disappears silently.
    package let dropped = RemovalSink(stage: ExtractionRemovals.stage)

    package init(tree: HTMLTree, removed: [Bool], resolver: HTMLURLResolver, keepShareLinks: Bool = false) {
        self.keepShareLinks = keepShareLinks
        self.tree = tree
        self.removed = removed
        self.resolver = resolver
        var flags = Array(repeating: false, count: tree.nodes.count)
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) where !removed[i] {
            let tag = tree.nodes[i].tag
            if flags[i] || tag.isBlock || tag == .figure { flags[tree.nodes[i].parent] = true }
        }
        hasBlockDescendant = flags
    }

    /// The blocks of the given subtrees, in order.
    package func blocks(of roots: [Int]) -> [Block] {
        var blocks: [Block] = []
        for root in roots where !removed[root] {
            if tree.nodes[root].tag == .text || !tree.nodes[root].tag.isBlock && !hasBlockDescendant[root] && tree.nodes[root].tag != .figure {
                var paragraph = ParagraphBuffer()
                paragraph.add(root, builder: self)
                paragraph.flush(into: &blocks, builder: self)
            } else {
                appendBlock(root, to: &blocks)
            }
        }
        return blocks
    }

    /// The blocks inside container `i`: inline runs become paragraphs, block children map to blocks.
    func containerBlocks(_ i: Int) -> [Block] {
        var blocks: [Block] = []
        appendContainer(i, to: &blocks)
        return blocks
    }

    /// Appends the content of container `i` to `blocks`.
    func appendContainer(_ i: Int, to blocks: inout [Block]) {
        var paragraph = ParagraphBuffer()
        appendContainerChildren(i, to: &blocks, paragraph: &paragraph)
        paragraph.flush(into: &blocks, builder: self)
    }

    /// Walks the children of `i`, sending inline content to `paragraph` and block content to `blocks`.
    /// Inline elements that hold blocks are walked through as if they were not there.
    private func appendContainerChildren(_ i: Int, to blocks: inout [Block], paragraph: inout ParagraphBuffer) {
        for child in tree.children(of: i) where !removed[child] {
            let tag = tree.nodes[child].tag
            if isBlockLevelInline(child) {
                paragraph.flush(into: &blocks, builder: self)
                var own = ParagraphBuffer()
                if tag == .a || tag == .img || tag == .picture {
                    own.add(child, builder: self)
                } else {
                    appendContainerChildren(child, to: &blocks, paragraph: &own)
                }
                own.flush(into: &blocks, builder: self)
                continue
            }
            if tag == .text || (!tag.isBlock && tag != .figure && !hasBlockDescendant[child]) {
                paragraph.add(child, builder: self)
            } else if !tag.isBlock && tag != .figure {
                appendContainerChildren(child, to: &blocks, paragraph: &paragraph)
            } else {
                paragraph.flush(into: &blocks, builder: self)
                appendBlock(child, to: &blocks)
            }
        }
    }

    /// Appends the block(s) for block element `i`.
    func appendBlock(_ i: Int, to blocks: inout [Block]) {
        let tag = tree.nodes[i].tag
        let span = tree.span(of: i)
        if let level = tag.headingLevel {
            let content = inlines(of: i)
            if !content.plainText.trimmingSpaces.isEmpty {
                blocks.append(Block(.heading(Heading(level: level, content: content)), span: span))
            } else {
                appendFigures(content, span: span, to: &blocks)
            }
            return
        }
        switch tag {
        case .ul, .ol, .menu, .dir:
            if let list = list(i) { blocks.append(Block(.list(list), span: span)) }
        case .dl:
            appendDefinitionList(i, to: &blocks)
        case .table:
            appendTable(i, to: &blocks)
        case .pre:
            if let code = codeBlock(i) { blocks.append(Block(.codeBlock(code), span: span)) }
        case .blockquote:
            let inner = containerBlocks(i)
            if !inner.isEmpty { blocks.append(Block(.blockQuote(inner), span: span)) }
        case .figure:
            appendFigure(i, to: &blocks)
        case .hr:
            if let last = blocks.last, last.kind == .thematicBreak { return }
            blocks.append(Block(.thematicBreak, span: span))
        default:
            appendContainer(i, to: &blocks)
        }
    }

    /// Figures for a run of inlines that holds nothing but images.
    func appendFigures(_ inlines: [Inline], span: SourceSpan?, to blocks: inout [Block]) {
        for image in Self.images(in: inlines) {
            blocks.append(Block(.figure(Figure(image: image)), span: span))
        }
    }

    /// The images of inlines, looking inside links and wrappers.
    package static func images(in inlines: [Inline]) -> [Image] {
        inlines.flatMap { inline -> [Image] in
            switch inline {
            case .image(let image): return [image]
            case .link(let link): return images(in: link.content)
            case .emphasis(let c), .strong(let c): return images(in: c)
            default: return []
            }
        }
    }
}

/// Inline content collected for the paragraph being built, with the lines it came from.
struct ParagraphBuffer {
    package var inlines: [Inline] = []
    package var state = InlineWhitespaceState()
    var firstLine = 0
    var lastLine = 0
    var firstByte: Int32 = 0
    var lastByte: Int32 = 0

    /// Adds inline node `i`.
    package mutating func add(_ i: Int, builder: HTMLBlockBuilder) {
        builder.appendInline(i, to: &inlines, state: &state)
        let node = builder.tree.nodes[i]
        if node.line > 0 {
            if firstLine == 0 { firstLine = node.line }
            lastLine = max(lastLine, node.endLine)
        }
        if node.byteStart > 0 && (firstByte == 0 || node.byteStart < firstByte) { firstByte = node.byteStart }
        lastByte = max(lastByte, node.byteEnd)
    }

    /// Emits the paragraph (or figures, when it holds only images) and starts a new one.
    package mutating func flush(into blocks: inout [Block], builder: HTMLBlockBuilder) {
        defer { self = ParagraphBuffer() }
        InlineWhitespace.trimTrailing(&inlines, breaks: true)
        InlineWhitespace.trimLeading(&inlines)
        guard !inlines.isEmpty else { return }
        let span = firstLine > 0 ? SourceSpan(startLine: firstLine, endLine: lastLine,
                                              startByte: firstByte > 0 ? Int(firstByte) - 1 : nil,
                                              endByte: lastByte > 0 ? Int(lastByte) - 1 : nil) : nil
        // Only images, or only white space of any kind (a paragraph holding a no-break space is
        // blank on the page, not content).
        if inlines.plainTextWithoutImages.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            builder.appendFigures(inlines, span: span, to: &blocks)
            return
        }
        blocks.append(Block(.paragraph(inlines), span: span))
    }
}

extension Array where Element == Inline {
    /// The plain text, with image alt text left out.
    var plainTextWithoutImages: String {
        map { inline -> String in
            switch inline {
            case .image: return ""
            case .link(let link): return link.content.plainTextWithoutImages
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c): return c.plainTextWithoutImages
            case .lineBreak, .softBreak: return ""
            default: return inline.plainText
            }
        }.joined()
    }
}
