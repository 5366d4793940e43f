// Turns classified units into document blocks: headings, paragraphs, lists, quotes, code, rules.
import Foundation
import GalleyModel
import GalleySupport

/// Builds `Block`s from units.
enum TextBlockBuilder {
    /// The context every unit is built in: the wrap width and the text's vocabulary.
    package struct Context {
        var width: Int?
        var vocabulary: Set<String>
        /// How many quotes deep the blocks being built are.
        var quoteDepth = 0
    }

    /// Quotes nested deeper than this are kept as text (no input can exhaust the stack).
    static let maxQuoteDepth = 16

    /// Inlines of logical lines, separated by hard line breaks.
    static func inlines(_ lines: [String]) -> [Inline] {
        var out: [Inline] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(.lineBreak) }
            out.append(.text(line))
        }
        return out
    }

    /// Builds the blocks of all units; consecutive list units of the same kind become one loose list.
    static func blocks(_ units: [TextUnit], context: Context) -> [Block] {
        var out: [Block] = []
        var pendingItems: [ListBuilder.Item] = []
        var pendingSpan: SourceSpan?
        var pendingLoose = false
        func flushList() {
            if let list = ListBuilder.block(pendingItems, tight: !pendingLoose, width: context.width, vocabulary: context.vocabulary) {
                out.append(Block(.list(list), span: pendingSpan))
            }
            pendingItems = []
            pendingSpan = nil
            pendingLoose = false
        }
        for unit in units {
            if unit.kind == .list {
                let items = ListBuilder.items(unit.lines)
                if let first = items.first, let open = pendingItems.first, open.marker.ordered == first.marker.ordered,
                   open.marker.lettered == first.marker.lettered {
                    pendingItems += items
                    pendingLoose = true
                    pendingSpan = pendingSpan.map { $0.union(unit.span) } ?? unit.span
                    continue
                }
                flushList()
                pendingItems = items
                pendingSpan = unit.span
                continue
            }
            flushList()
            if let block = block(unit, context: context) { out.append(block) }
        }
        flushList()
        return out
    }

    /// The block of one non-list unit.
    static func block(_ unit: TextUnit, context: Context) -> Block? {
        switch unit.kind {
        case .heading:
            let text = unit.text.foldingWhitespace
            return Block(.heading(Heading(level: unit.level ?? 2, content: [.text(text)])), span: unit.span)
        case .paragraph:
            let lines = Unwrapping.logicalLines(unit.lines, width: context.width, vocabulary: context.vocabulary)
            return Block(.paragraph(inlines(lines)), span: unit.span)
        case .rule:
            return Block(.thematicBreak, span: unit.span)
        case .table:
            return Block(.table(TabTables.table(unit.lines)), span: unit.span)
        case .code:
            let indent = unit.fenced ? 0 : (unit.lines.map { LineMarkers.indentation($0) }.min() ?? 0)
            let text = unit.lines.map { dropIndent($0, indent) }.joined(separator: "\n") + "\n"
            let language = unit.fenceInfo?.split(separator: " ").first.map(String.init)
            return Block(.codeBlock(CodeBlock(language: language, info: unit.fenceInfo, text: text)), span: unit.span)
        case .quote:
            guard context.quoteDepth < maxQuoteDepth else {
                return Block(.paragraph(inlines(unit.lines.map { $0.trimmedSpaces })), span: unit.span)
            }
            var inner = context
            inner.quoteDepth += 1
            return Block(.blockQuote(TextStructure.quoteBlocks(unit, context: inner)), span: unit.span)
        case .list:
            return nil
        }
    }

    /// A line with up to `count` leading spaces removed (a tab counts 4).
    static func dropIndent(_ line: String, _ count: Int) -> String {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < count {
            let c = line[index]
            if c == " " { removed += 1 } else if c == "\t" { removed += 4 } else { break }
            index = line.index(after: index)
        }
        return String(line[index...])
    }
}
