// The writer interface: a document in, text out.

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
