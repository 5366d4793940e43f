// Builds list blocks from marked lines: bullets, numbers, letters, nested by indentation.
import Foundation

/// Turns the lines of list units into `ListBlock`s.
enum ListBuilder {
    /// One item being collected: its marker, indentation and text lines.
    struct Item {
        var marker: ListMarker
        var indent: Int
        var lines: [String]
        var children: [Item] = []
    }

    /// The items of a list unit's lines (continuation lines join the item above).
    static func items(_ lines: [String]) -> [Item] {
        var items: [Item] = []
        for line in lines {
            let indent = LineMarkers.indentation(line)
            if let marker = LineMarkers.listMarker(line) {
                if let last = items.last, indent > last.indent + 1 {
                    items[items.count - 1].children.append(Item(marker: marker, indent: indent, lines: [marker.content]))
                } else {
                    items.append(Item(marker: marker, indent: indent, lines: [marker.content]))
                }
            } else if !items.isEmpty {
                if !items[items.count - 1].children.isEmpty {
                    let c = items[items.count - 1].children.count - 1
                    items[items.count - 1].children[c].lines.append(line)
                } else {
                    items[items.count - 1].lines.append(line)
                }
            }
        }
        return items
    }

    /// A list block from items; `tight` when the items were not separated by blank lines.
    static func block(_ items: [Item], tight: Bool, width: Int?, vocabulary: Set<String>) -> ListBlock? {
        guard let first = items.first else { return nil }
        let blocks: [[Block]] = items.map { item in
            // Every line after an item's first continues it (width 0: always join).
            let text = Unwrapping.logicalLines(item.lines, width: 0, vocabulary: vocabulary)
            var content: [Block] = [Block(.paragraph(TextBlockBuilder.inlines(text)))]
            if let nested = block(item.children, tight: true, width: width, vocabulary: vocabulary) {
                content.append(Block(.list(nested)))
            }
            return content
        }
        return ListBlock(ordered: first.marker.ordered, start: first.marker.ordered ? first.marker.number : 1, tight: tight,
                         delimiter: first.marker.delimiter, bullet: first.marker.bullet.map { $0 == "*" || $0 == "+" ? String($0) : "-" },
                         items: blocks)
    }
}
