// Reads HTML pages: charset, libxml2 parse, metadata, main-content extraction, then blocks.
import Foundation
import GalleyModel
import GalleySupport

/// Reads an HTML page into a document.
///
/// By default only the main content is kept (see `MainContentExtractor`); what was dropped is
/// listed in `Document.removals` (stage `html-extraction`). `ReadOptions.wholePage` keeps the
/// whole body. Attributes past the 256th of an element are dropped before parsing (stage
/// `html-parse-guard`, see `HTMLAttributeGuard`). Scripts, styles, forms controls, embedded objects and tracking pixels never
/// reach the output in either mode. Metadata precedence is documented on `HTMLMetadataPrecedence`.
public struct HTMLReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Evidence that the data is not a web page: control bytes, unless the data starts like markup and
    /// they are few (a stray NUL in a page becomes U+FFFD, as in browsers).
    package static func binaryEvidence(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let offset = TextDecoding.binaryEvidence(bytes) else { return nil }
            let sample = bytes.prefix(65536)
            let looksLikeMarkup = sample.prefix(1024).contains(UInt8(ascii: "<"))
            let controls = sample.reduce(0) { $1 < 0x09 || ($1 > 0x0D && $1 < 0x20 && $1 != 0x1B) ? $0 + 1 : $0 }
            return looksLikeMarkup && (controls <= 8 || controls * 100 < sample.count) ? nil : offset
        }
    }

    /// The extraction model's feature table of a page (one row per text unit, tab-separated, with a
    /// header): what `scripts/fit-extraction.py` fits on (`galley explain --features-tsv page.html`).
    public func extractionFeatureTable(_ data: Data, options: ReadOptions) -> String {
        let decoded = HTMLCharset.decode(data, transportCharset: options.transportCharset)
        let utf8 = HTMLAttributeGuard.capped(decoded.utf8)?.bytes ?? decoded.utf8
        let tree = HTMLTreeBuilder.parse(utf8: utf8)
        let sources = HTMLMetadataSources(tree: tree)
        var labelledAuthors: [String] = []
        let (metadata, types) = Self.metadataAndPageTypes(sources: sources, tree: tree, resolver: HTMLURLResolver(base: nil), labelledAuthors: &labelledAuthors)
        return ModelExtraction(tree: tree, title: metadata.title, jsonLD: sources.jsonLD, ogType: sources.meta["og:type"]?.first, pageTypes: types)
            .table(body: tree.first(.body) ?? 0)
    }

    /// The page's metadata and the page-type model's probabilities, the type judged once: the
    /// metadata records it (and may weigh sources by it), the extraction model reads the
    /// probabilities. The reader and the fitting table (`extractionFeatureTable`) both use this.
    private static func metadataAndPageTypes(sources: HTMLMetadataSources, tree: HTMLTree, resolver: HTMLURLResolver,
                                             labelledAuthors: inout [String]) -> (Metadata, [Double]) {
        var pageTypes: [Double] = []
        let metadata = HTMLMetadataPrecedence.metadata(from: sources, resolver: resolver, labelledAuthors: &labelledAuthors, pageType: { url in
            let judged = tree.pageTypeJudgement(sources: sources, url: url)
            pageTypes = judged.probabilities
            return judged.type
        })
        return (metadata, pageTypes)
    }

    /// Reads HTML bytes.
    public func read(_ data: Data, options: ReadOptions) throws -> Document {
        let decoded = HTMLCharset.decode(data, transportCharset: options.transportCharset)
        if !decoded.encoding.hasPrefix("utf-16"), let offset = Self.binaryEvidence(data) {
            throw TextDecoding.binaryInputError(data, offset: offset, expected: "HTML")
        }
        var utf8 = decoded.utf8
        if utf8.withUnsafeBufferPointer({ buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }) {
            utf8 = utf8.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
        }
        var warnings = decoded.warnings
        var guardRemovals: [Removal] = []
        if let capped = HTMLAttributeGuard.capped(utf8) {
            utf8 = capped.bytes
            guardRemovals = capped.removals
            warnings.append(capped.warning)
        }
        let tree = HTMLTreeBuilder.parse(utf8: utf8)
        let sources = HTMLMetadataSources(tree: tree)
        let pageURL = sources.canonical ?? sources.meta["og:url"]?.first ?? options.source.flatMap { $0.contains("://") ? $0 : nil }
        let pageResolver = HTMLURLResolver(base: pageURL)
        let base = sources.base.flatMap { pageResolver.resolve($0) } ?? pageURL
        let resolver = base == pageURL ? pageResolver : HTMLURLResolver(base: base)
        var labelledAuthors: [String] = []
        var (metadata, pageTypes) = Self.metadataAndPageTypes(sources: sources, tree: tree, resolver: resolver, labelledAuthors: &labelledAuthors)
        metadata.source = options.source

        let body = tree.first(.body) ?? 0
        let extraction: ContentExtraction
        if options.wholePage {
            extraction = ContentExtraction(roots: [body], removed: Array(repeating: false, count: tree.nodes.count), reasons: [:])
        } else {
            extraction = ModelExtraction(tree: tree, title: metadata.title, jsonLD: sources.jsonLD, ogType: sources.meta["og:type"]?.first,
                                         pageTypes: pageTypes, wholeThreads: options.wholeThreads)
                .extract(body: body)
        }
        let builder = HTMLBlockBuilder(tree: tree, removed: extraction.removed, resolver: resolver, keepShareLinks: options.wholePage)
        let built = builder.blocks(of: extraction.roots)
        if let warning = extraction.warning { warnings.append(warning) }
        var removals = guardRemovals + tree.dropped.removals + ExtractionRemovals.removals(tree: tree, body: body, extraction: extraction) + builder.dropped.removals
        var metadataLog = RemovalLog(stage: .htmlMetadata)
        for label in labelledAuthors { metadataLog.record(.authorLabel, text: label) }
        removals += metadataLog.removals
        var cleanup = RemovalLog(stage: .htmlExtraction)
        var blocks = HTMLFigureCleanup.clean(built, log: &cleanup)
        if !options.wholePage {
            HTMLStandfirst.extract(&blocks, metadata: &metadata, log: &cleanup)
            blocks = HTMLRepeatedParagraphs.drop(blocks, log: &cleanup)
        }
        removals += cleanup.removals
        // A type is a judgement about content: a page that shows none has no type.
        if blocks.isEmpty { metadata.pageType = nil }
        return Document(metadata: metadata, blocks: blocks, removals: removals, warnings: warnings)
    }
}
