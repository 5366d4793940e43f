// Reads HTML pages: charset, libxml2 parse, metadata, main-content extraction, then blocks.
import Foundation

/// Reads an HTML page into a document.
///
/// By default only the main content is kept (see `MainContentExtractor`); what was dropped is
/// listed in `Document.removals` (stage `html-extraction`). `ReadOptions.wholePage` keeps the
/// whole body. Scripts, styles, forms controls, embedded objects and tracking pixels never
/// reach the output in either mode. Metadata precedence is documented on `HTMLMetadataPrecedence`.
public struct HTMLReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads HTML bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        let decoded = HTMLCharset.decode(data)
        if !decoded.encoding.hasPrefix("utf-16"), let offset = TextDecoding.binaryEvidence([UInt8](data.prefix(65536))) {
            throw GalleyError(stage: "decode", message: "this looks like a binary file, not HTML (control byte at offset \(offset))")
        }
        let tree = HTMLTreeBuilder.parse(utf8: decoded.utf8)
        let sources = HTMLMetadataSources(tree: tree)
        let pageURL = sources.canonical ?? sources.meta["og:url"]?.first ?? options.source.flatMap { $0.contains("://") ? $0 : nil }
        let pageResolver = HTMLURLResolver(base: pageURL)
        let base = sources.base.flatMap { pageResolver.resolve($0) } ?? pageURL
        let resolver = HTMLURLResolver(base: base)
        var metadata = HTMLMetadataPrecedence.metadata(from: sources, resolver: resolver)
        metadata.source = options.source

        let body = tree.first(.body) ?? 0
        let extraction: ContentExtraction
        if options.wholePage {
            extraction = ContentExtraction(roots: [body], removed: Array(repeating: false, count: tree.nodes.count), reasons: [:])
        } else {
            extraction = MainContentExtractor(tree: tree).extract(body: body)
        }
        let blocks = HTMLFigureCleanup.clean(HTMLBlockBuilder(tree: tree, removed: extraction.removed, resolver: resolver, keepShareLinks: options.wholePage).blocks(of: extraction.roots))
        let removals = ExtractionRemovals.removals(tree: tree, body: body, extraction: extraction)
        return Document(metadata: metadata, blocks: blocks, removals: removals, warnings: decoded.warnings)
    }
}
