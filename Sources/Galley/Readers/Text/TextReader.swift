// Reads plain text: paragraphs from blank-line-separated blocks (structure inference: see TextStructure).
import Foundation

/// Reads plain text into a document.
public struct TextReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads text bytes (UTF-8, UTF-16 with BOM, or Windows-1252).
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        let decoded = try TextDecoding.decode(data)
        var blocks: [Block] = []
        var lines: [Substring] = []
        var start = 1
        let all = decoded.text.split(separator: "\n", omittingEmptySubsequences: false)
        func flush(_ end: Int) {
            guard !lines.isEmpty else { return }
            let text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            blocks.append(Block(.paragraph([.text(text)]), span: SourceSpan(startLine: start, endLine: end)))
            lines = []
        }
        for (i, raw) in all.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush(i)
                start = i + 2
            } else {
                lines.append(line)
            }
        }
        flush(all.count)
        return Document(metadata: Metadata(source: options.source), blocks: blocks, warnings: decoded.warnings)
    }
}
