// The reader interface and the table of readers by format.
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

/// The readers, one per input format.
public enum Readers {
    /// The reader for a format: built in, or registered with `FormatRegistry`.
    public static func reader(for format: InputFormat) -> any DocumentReader {
        switch format {
        case .text: return TextReader()
        case .html: return HTMLReader()
        case .markdown: return MarkdownReader()
        case .pandocJSON: return PandocJSONReader()
        default: return FormatRegistry.reader(named: format.rawValue)?.reader ?? UnregisteredFormat(name: format.rawValue)
        }
    }
}
