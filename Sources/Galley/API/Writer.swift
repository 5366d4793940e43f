// The writer interface and the table of writers by format.

/// Renders a `Document` as text in one output format. Register your own with `FormatRegistry`.
public protocol DocumentWriter: Sendable {
    /// Renders the document.
    func write(_ document: Document, options: WriteOptions) throws -> String
}

extension DocumentWriter {
    /// Renders the document with the default options.
    public func write(_ document: Document) throws -> String {
        try write(document, options: WriteOptions())
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
