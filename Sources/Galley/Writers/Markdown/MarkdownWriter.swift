// Writes CommonMark through a cmark tree (placeholder until the full writer lands).

/// Writes a document as CommonMark with YAML front matter.
public struct MarkdownWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Renders the document.
    public func write(_ document: Document, options: WriteOptions) throws -> String {
        document.blocks.flatteningSections.map { block -> String in
            if case .heading(let h) = block.kind { return String(repeating: "#", count: h.level) + " " + h.content.plainText }
            return block.inlineContent?.plainText ?? ""
        }.joined(separator: "\n\n") + "\n"
    }
}
