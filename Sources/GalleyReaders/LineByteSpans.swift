// Adds byte offsets to the line spans of readers whose input is line-based (text, Markdown).
import Foundation
import GalleyModel
import GalleySupport

/// Byte offsets from line numbers, for inputs read line by line: a span from line A to line B
/// covers the bytes from the start of A to the end of B (its line terminator left out).
enum LineByteSpans {
    /// The document with `startByte`/`endByte` set on every block, section heading and removal
    /// span, counted in `input`'s bytes. UTF-16 input (with a BOM) is left without byte offsets:
    /// its lines cannot be found by looking for newline bytes.
    static func addingBytes(to document: Document, input data: Data) -> Document {
        guard !(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])) else { return document }
        let table = LineTable(data)
        var document = document
        document.blocks = document.blocks.map { table.annotate($0) }
        document.removals = document.removals.map { removal in
            var removal = removal
            removal.span = removal.span.map(table.annotate)
            return removal
        }
        return document
    }

    /// Where each line starts and ends.
    struct LineTable {
        /// `starts[k]` is the offset of line k + 1; `ends[k]` the offset of its terminator.
        private var starts: [Int] = []
        private var ends: [Int] = []

        init(_ data: Data) {
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var start = 0
                for (offset, byte) in bytes.enumerated() where byte == 0x0A {
                    starts.append(start)
                    ends.append(offset > start && bytes[offset - 1] == 0x0D ? offset - 1 : offset)
                    start = offset + 1
                }
                if start < bytes.count || starts.isEmpty {
                    starts.append(start)
                    ends.append(bytes.count)
                }
            }
        }

        func annotate(_ span: SourceSpan) -> SourceSpan {
            guard span.startLine >= 1, span.startLine <= starts.count else { return span }
            var span = span
            span.startByte = starts[span.startLine - 1]
            span.endByte = ends[min(max(span.endLine, span.startLine), ends.count) - 1]
            return span
        }

        func annotate(_ block: Block) -> Block {
            var block = block.mappingChildSequences { $0.map(annotate) }
            block.span = block.span.map(annotate)
            if case .section(var section) = block.kind {
                section.headingSpan = section.headingSpan.map(annotate)
                block.kind = .section(section)
            }
            return block
        }
    }
}
