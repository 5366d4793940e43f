// Reads CommonMark: front matter split off, the rest parsed by cmark and copied into the model.
import Foundation
import GalleyModel
import GalleySupport

/// Reads CommonMark Markdown into a document.
///
/// A leading YAML front matter block becomes `Metadata`; the body is parsed by cmark with
/// source positions, so every block records the input lines it came from. The cmark tree is
/// freed before `read` returns. Links and images with script-running URLs (`javascript:` …)
/// keep only their text, and each is recorded in `Document.removals`.
public struct MarkdownReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads Markdown bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        let decoded = try TextDecoding.decode(data)
        var document = MarkdownReader.document(fromText: decoded.text)
        document.warnings = decoded.warnings + document.warnings
        return LineByteSpans.addingBytes(to: document, input: data)
    }

    /// Reads Markdown that is already a string.
    public static func document(fromText text: String) -> Document {
        let split = FrontMatter.split(text)
        var document = Document(metadata: split.metadata ?? Metadata(), warnings: split.warnings)
        let blocks = CmarkDocument.withParsed(split.body, sourcePositions: true) { root in
            CmarkBlockConverter(source: split.body, lineOffset: split.lineOffset).blocks(of: root)
        }
        var filter = UnsafeLinkFilter()
        document.blocks = filter.filter(blocks)
        document.removals = filter.removals
        return document
    }
}
