// The writer interface and the table of writers by format.

/// Renders a `Document` as text in one output format.
public protocol DocumentWriter: Sendable {
    /// Renders the document.
    func write(_ document: Document, options: WriteOptions) throws -> String
}

/// The writers, one per output format.
public enum Writers {
    /// The writer for a format.
    public static func writer(for format: OutputFormat) -> any DocumentWriter {
        switch format {
        case .markdown: return MarkdownWriter()
        case .json: return JSONWriter()
        case .xhtml: return XHTMLWriter()
        case .pandocJSON: return PandocJSONWriter()
        }
    }
}
