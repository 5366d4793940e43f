// Reads CommonMark with cmark (placeholder until the full reader lands).
import Foundation

/// Reads CommonMark Markdown into a document.
public struct MarkdownReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads Markdown bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        throw GalleyError(stage: "read", message: "the Markdown reader is not available yet")
    }
}
