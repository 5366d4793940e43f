// Helpers for the text-reader tests: read a string, list headings, render a writer-independent outline.
import Foundation
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

/// Reads `text` with the text reader (no normalization passes).
func readText(_ text: String, options: ReadOptions = ReadOptions()) -> Document {
    TextStructure.analyze(text, options: options).document
}

/// Reads `text` and runs the default normalization passes, as `galley convert` does.
func convertText(_ text: String) -> Document {
    Passes.run(Passes.normalization, on: readText(text))
}

/// `(level, text)` of every heading, in order.
func headings(_ document: Document) -> [(Int, String)] {
    document.blocks.flatteningSections.compactMap { block in
        if case .heading(let h) = block.kind { return (h.level, h.content.plainText) }
        return nil
    }
}

/// The plain text of every paragraph, in order (top level only).
func paragraphs(_ document: Document) -> [String] {
    document.blocks.flatteningSections.compactMap { block in
        if case .paragraph(let inlines) = block.kind { return inlines.plainText }
        return nil
    }
}

/// A small Markdown-like rendering of the model used by the golden tests, so that the expected
/// files do not change when the real Markdown writer changes: `#` headings, paragraphs with
/// hard breaks as `\` line ends, `-` / `1.` list items (nested by two spaces), `>` quotes,
/// fenced code and `***` rules.
func outline(_ blocks: [Block], indent: String = "") -> String {
    var parts: [String] = []
    for block in blocks.flatteningSections {
        switch block.kind {
        case .heading(let h):
            parts.append(indent + String(repeating: "#", count: h.level) + " " + h.content.plainText)
        case .paragraph(let inlines):
            parts.append(indent + inlines.map { $0 == .lineBreak ? "\\\n" + indent : $0.plainText }.joined())
        case .list(let list):
            var lines: [String] = []
            for (i, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + i)." : "-"
                let body = outline(item, indent: indent + "  ").dropFirst(indent.count + 2)
                lines.append(indent + marker + " " + body.replacingOccurrences(of: "\n\n", with: "\n"))
            }
            parts.append(lines.joined(separator: list.tight ? "\n" : "\n\n"))
        case .blockQuote(let inner):
            parts.append(outline(inner).split(separator: "\n", omittingEmptySubsequences: false).map { indent + ">" + ($0.isEmpty ? "" : " " + $0) }.joined(separator: "\n"))
        case .codeBlock(let code):
            parts.append(indent + "```\n" + code.text + indent + "```")
        case .thematicBreak:
            parts.append(indent + "***")
        case .table(let table):
            let rows = (table.header.map { [$0] } ?? []) + table.rows
            parts.append(rows.map { row in indent + "| " + row.map { $0.content.plainText }.joined(separator: " | ") + " |" }.joined(separator: "\n"))
        default:
            parts.append(indent + "<\(block.typeName)>")
        }
    }
    return parts.joined(separator: "\n\n")
}
