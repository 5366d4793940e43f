// The evidence behind an HTML page's metadata and page type, for the fitting scripts (hidden `galley page-evidence`).
import Foundation
import GalleyModel
import GalleySupport

/// What the metadata reader and the page-type model see on a page, in the forms the fitting
/// scripts read: so no script recomputes a feature, and the fitted weights apply to exactly the
/// values Galley computes.
public enum HTMLPageEvidence {
    /// Parses `data` (already inflated when it was gzip) as an HTML page; the tree, its metadata
    /// sources and its canonical URL.
    private static func parse(_ data: Data) -> (tree: HTMLTree, sources: HTMLMetadataSources, url: String?) {
        let decoded = HTMLCharset.decode(data, transportCharset: nil)
        let tree = HTMLTreeBuilder.parse(utf8: decoded.utf8)
        let sources = HTMLMetadataSources(tree: tree)
        let resolver = HTMLURLResolver(base: nil)
        let url = (sources.canonical ?? sources.meta["og:url"]?.first ?? sources.jsonLDMetadata.url).flatMap { resolver.resolve($0) }
        return (tree, sources, url)
    }

    /// The page-type feature names and values of the page, in the model's column order.
    public static func pageTypeFeatures(_ data: Data) -> (names: [String], values: [Double]) {
        let page = parse(data)
        let features = page.tree.pageTypeFeatures(sources: page.sources, url: page.url)
        return (features.names, features.values)
    }

    /// Every source's candidate title, authors and publication date, as one line of JSON
    /// (`{"title": {source: value}, "authors": {source: [names]}, "published": {source: date}}`, keys sorted).
    public static func metadataCandidates(_ data: Data) -> String {
        let page = parse(data)
        var labelled: [String] = []
        let metadata = HTMLMetadataPrecedence.metadata(from: page.sources, tree: page.tree, resolver: HTMLURLResolver(base: page.url),
                                                       labelledAuthors: &labelled)
        let candidates = HTMLMetadataCandidates(sources: page.sources, ld: page.sources.jsonLDMetadata, siteName: metadata.siteName, url: page.url,
                                                pageType: metadata.pageType.flatMap(PageType.init(rawValue:)))
        let object: [String: Any] = ["title": candidates.titles, "authors": candidates.authors, "published": candidates.published]
        let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: json, as: UTF8.self)
    }
}
