// Writes CommonMark: YAML front matter, then the blocks through a cmark tree.
import GalleyModel
import GalleySupport

/// Writes a document as CommonMark with YAML front matter.
///
/// Sections are flattened (headings in ATX form, setext only for headings over several
/// lines). Text is escaped as lightly as cmark allows: each paragraph is parsed back and
/// escaped more only when the light form would read differently. Tables are GFM pipe tables
/// (HTML when cells are merged); a figure is its image paragraph followed by the caption in
/// italics; a definition list is each term in bold followed by its definitions' blocks.
public struct MarkdownWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Renders the document.
    public func write(_ document: Document, options: WriteOptions) throws -> String {
        let frontMatter = options.frontMatter ? MarkdownFrontMatter.render(document.metadata, style: options.frontMatterStyle ?? .galley) : ""
        var body = CmarkTreeBuilder.render(document.blocks)
        if body.allSatisfy({ $0 == "\n" || $0 == " " }) { body = "" }
        if frontMatter.isEmpty { return body }
        return body.isEmpty ? frontMatter : frontMatter + "\n" + body
    }
}
