// Reads HTML pages with libxml2's HTML parser (placeholder until the full reader lands).
import Foundation

/// Reads an HTML page into a document.
public struct HTMLReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads HTML bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        throw GalleyError(stage: "read", message: "the HTML reader is not available yet")
    }
}
