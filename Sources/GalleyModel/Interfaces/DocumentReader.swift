// The reader interface: bytes in, a document out.
import Foundation

/// Turns input bytes into a `Document`. Readers copy what they need out of any C library and
/// free its memory before returning. Register your own with `FormatRegistry`.
public protocol DocumentReader: Sendable {
    /// Reads a document from raw bytes (any encoding the format allows).
    func read(_ data: Data, options: ReadOptions) throws -> Document
}

extension DocumentReader {
    /// Reads a document from raw bytes with the default options.
    public func read(_ data: Data) throws -> Document {
        try read(data, options: ReadOptions())
    }
}
