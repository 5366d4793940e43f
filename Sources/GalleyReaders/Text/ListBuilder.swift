// Builds list blocks from marked lines: bullets, numbers, letters, nested by indentation.
import Foundation
import GalleyModel
import GalleySupport

/// Turns the lines of list units into `ListBlock`s.
enum ListBuilder {
    /// One item being collected: its marker, indentation, text lines and the lines of its sub-list.
    package struct Item {
        var marker: ListMarker
        var indent: Int
        var lines: [String]
        var nested: [String] = []
    }

    /// Lists nested deeper than this are kept at this depth (no input can exhaust the stack).
    static let maxDepth = 8

    /// The items of a list unit's lines: a marked line indented like the first item starts an item;
    /// deeper marked lines (and everything after them) form the item's sub-list; other lines continue it.
    static func items(_ lines: [String]) -> [Item] {
        var items: [Item] = []
        let baseIndent = lines.first.map { LineMarkers.indentation($0) } ?? 0
        for line in lines {
            let indent = LineMarkers.indentation(line)
            if let marker = LineMarkers.listMarker(line), indent <= baseIndent + 1 || items.isEmpty {
                items.append(Item(marker: marker, indent: indent, lines: [marker.content]))
            } else if !items.isEmpty {
                let last = items.count - 1
                if !items[last].nested.isEmpty || LineMarkers.listMarker(line) != nil {
                    items[last].nested.append(line)
                } else {
                    items[last].lines.append(line)
                }
            }
        }
        return items
    }

    /// A list block from items; `tight` when the items were not separated by blank lines.
    static func block(_ items: [Item], tight: Bool, width: Int?, vocabulary: Set<String>, depth: Int = 0) -> ListBlock? {
        guard let first = items.first else { return nil }
        let blocks: [[Block]] = items.map { item in
            // Every line after an item's first continues it (width 0: always join).
            var text = Unwrapping.logicalLines(item.lines, width: 0, vocabulary: vocabulary)
            var content: [Block] = []
            if depth < maxDepth, let nested = block(self.items(item.nested), tight: true, width: width, vocabulary: vocabulary, depth: depth + 1) {
                content = [Block(.paragraph(TextBlockBuilder.inlines(text))), Block(.list(nested))]
            } else {
                text += item.nested.map { $0.trimmedSpaces }
                content = [Block(.paragraph(TextBlockBuilder.inlines(text)))]
            }
            return content
        }
        let marker = first.marker
        let style: ListBlock.Style = marker.ordered
            ? .ordered(marker.delimiter)
            : .bullet(marker.bullet.map { $0 == "*" ? .asterisk : $0 == "+" ? .plus : .hyphen })
        return ListBlock(style: style, start: marker.ordered ? marker.number : 1, tight: tight, items: blocks)
    }
}
