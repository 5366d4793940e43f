// Walking and rewriting the block tree: the helpers every pass shares.

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
    public var allBlocks: [Block] {
        flatMap { [$0] + $0.childSequences.flatMap(\.allBlocks) }
    }
}

extension String {
    /// The text with runs of white space folded to one space and the ends trimmed.
    public var foldingWhitespace: String {
        // Byte-wise over UTF-8 (the Character-based split was a hot spot): ASCII white space and
        // the multi-byte Unicode White_Space characters (NEL, NBSP, U+1680, U+2000–U+200A,
        // U+2028, U+2029, U+202F, U+205F, U+3000) separate words.
        var copy = self
        return copy.withUTF8 { buffer -> String in
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count)
            var pendingSpace = false
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                var width = 0
                if b == 32 || (b >= 9 && b <= 13) {
                    width = 1
                } else if b == 0xC2, i + 1 < n, buffer[i + 1] == 0x85 || buffer[i + 1] == 0xA0 {
                    width = 2
                } else if b >= 0xE1 && b <= 0xE3, i + 2 < n {
                    let c1 = buffer[i + 1], c2 = buffer[i + 2]
                    switch (b, c1, c2) {
                    case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                        width = 3
                    case (0xE2, 0x80, let c) where c >= 0x80 && c <= 0x8A:
                        width = 3
                    default:
                        width = 0
                    }
                }
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    i += width
                } else {
                    if pendingSpace { out.append(32); pendingSpace = false }
                    out.append(b)
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
