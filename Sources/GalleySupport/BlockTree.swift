// Walking and rewriting the block tree: the helpers every pass shares.
import GalleyModel

extension Block {
    /// The block's direct child block sequences (quote body, list items, section body, definitions).
    public var childSequences: [[Block]] {
        switch kind {
        case .blockQuote(let blocks): return [blocks]
        case .list(let list): return list.items
        case .section(let section): return [section.blocks]
        case .definitionList(let items): return items.flatMap(\.definitions)
        default: return []
        }
    }

    /// The block with each child sequence replaced by `transform(sequence)`.
    public func mappingChildSequences(_ transform: ([Block]) -> [Block]) -> Block {
        var copy = self
        switch kind {
        case .blockQuote(let blocks): copy.kind = .blockQuote(transform(blocks))
        case .list(var list):
            list.items = list.items.map(transform)
            copy.kind = .list(list)
        case .section(var section):
            section.blocks = transform(section.blocks)
            copy.kind = .section(section)
        case .definitionList(let items):
            copy.kind = .definitionList(items.map { DefinitionItem(term: $0.term, definitions: $0.definitions.map(transform)) })
        default: break
        }
        return copy
    }

    /// The inline content of a heading or paragraph, nil for other kinds.
    public var inlineContent: [Inline]? {
        switch kind {
        case .heading(let h): return h.content
        case .paragraph(let inlines): return inlines
        default: return nil
        }
    }
}

extension Array where Element == Block {
    /// Rewrites a sequence bottom-up: children first, then `transform` on the sequence itself.
    public func rewritingSequences(_ transform: ([Block]) -> [Block]) -> [Block] {
        let children = map { $0.mappingChildSequences { $0.rewritingSequences(transform) } }
        return transform(children)
    }

    /// Sections dissolved back into their heading followed by their blocks (the flat form).
    public var flatteningSections: [Block] {
        flatMap { block -> [Block] in
            if case .section(let section) = block.kind {
                return [Block(.heading(section.heading), span: section.headingSpan)] + section.blocks.flatteningSections
            }
            return [block.mappingChildSequences { $0.flatteningSections }]
        }
    }

    /// Every block in document order, depth first, containers before their children.
    /// Collected into one array (concatenating per level would copy deep content once per level).
    public var allBlocks: [Block] {
        var out: [Block] = []
        Self.collect(self, into: &out)
        return out
    }

    private static func collect(_ blocks: [Block], into out: inout [Block]) {
        for block in blocks {
            out.append(block)
            for sequence in block.childSequences { collect(sequence, into: &out) }
        }
    }
}

extension String {
    /// The text with runs of white space folded to one space and the ends trimmed.
    public var foldingWhitespace: String {
        if isFoldedPrintableASCII { return self }
        return foldingWhitespaceByScalars ?? split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Block {
    /// The heading level, or nil when the block is not a heading.
    public var headingLevel: Int? {
        if case .heading(let h) = kind { return h.level }
        return nil
    }

    /// Moves a heading by `delta` levels, kept within 1…6.
    package mutating func shiftHeading(by delta: Int) {
        guard case .heading(var h) = kind else { return }
        h.level = min(6, max(1, h.level + delta))
        kind = .heading(h)
    }
}
