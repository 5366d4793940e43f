// The built-in reader and writer for each format (with the registered ones): the tables the pipeline uses.
import Foundation
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

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

/// The writers, one per output format.
public enum Writers {
    /// The writer for a format: built in, or registered with `FormatRegistry`.
    public static func writer(for format: OutputFormat) -> any DocumentWriter {
        switch format {
        case .markdown: return MarkdownWriter()
        case .json: return JSONWriter()
        case .xhtml: return XHTMLWriter()
        case .pandocJSON: return PandocJSONWriter()
        default: return FormatRegistry.writer(named: format.rawValue)?.writer ?? UnregisteredFormat(name: format.rawValue)
        }
    }
}
