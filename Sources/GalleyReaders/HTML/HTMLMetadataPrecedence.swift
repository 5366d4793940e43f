// Chooses each metadata field from the page's sources, in a fixed and documented order.
import GalleyModel
import GalleySupport

/// Builds `Metadata` from a page's sources. Title, authors and publication date come from the
/// first source in the fitted order of `Models/metadata-precedence.json` that has a value (see
/// `HTMLMetadataCandidates` for the sources: JSON-LD, `<meta>`, microdata, `rel=author`, the
/// page's level-1 headings, bylines, `<time>` elements, dates in text and in the URL). The
/// other fields take the first source that has a value, in this order:
///
/// | field       | precedence |
/// |-------------|------------|
/// | modified    | JSON-LD `dateModified` · `article:modified_time` · `og:updated_time` · microdata `dateModified` |
/// | site name   | `og:site_name` · JSON-LD `WebSite.name` · `application-name` · JSON-LD publisher · the rest of a `<title>` that is the headline (from the sources above) plus a short name |
/// | language    | `<html lang>` · `content-language` · `og:locale` · JSON-LD `inLanguage` |
/// | canonical   | `<link rel=canonical>` · `og:url` · JSON-LD `url` |
/// | description | `<meta name=description>` · `og:description` · `twitter:description` · JSON-LD `description` |
/// | lead image  | `og:image` · `twitter:image` · JSON-LD `image` · microdata `image` |
///
/// Dates are normalized to ISO 8601; URLs are made absolute against the page base.
package enum HTMLMetadataPrecedence {
    static func metadata(from sources: HTMLMetadataSources, resolver: HTMLURLResolver) -> Metadata {
        var labelled: [String] = []
        return metadata(from: sources, resolver: resolver, labelledAuthors: &labelled)
    }

    /// The metadata with the page type (`tree` is the page the sources were read from): the type
    /// is recorded, and the fitted order may weigh author and date sources by it.
    static func metadata(from sources: HTMLMetadataSources, tree: HTMLTree, resolver: HTMLURLResolver, labelledAuthors: inout [String]) -> Metadata {
        metadata(from: sources, resolver: resolver, labelledAuthors: &labelledAuthors, pageType: { tree.pageType(sources: sources, url: $0) })
    }

    /// The metadata, and in `labelledAuthors` the authors as written when a label (`By`, `Текст:`)
    /// was stripped from them (the reader records them as removals, so nothing is lost).
    static func metadata(from sources: HTMLMetadataSources, resolver: HTMLURLResolver, labelledAuthors: inout [String],
                         pageType: (String?) -> PageType? = { _ in nil }) -> Metadata {
        let ld = sources.jsonLDMetadata
        func meta(_ keys: String...) -> String? {
            for key in keys { if let v = sources.meta[key]?.first(where: { !$0.isEmpty }) { return v } }
            return nil
        }
        func micro(_ key: String) -> String? { sources.microdata[key]?.first }
        var m = Metadata()
        m.siteName = meta("og:site_name") ?? ld.siteName ?? meta("application-name") ?? ld.publisher
        if m.siteName == nil {
            let headline = ld.headline ?? meta("og:title", "twitter:title", "dc.title", "dcterms.title", "title") ?? micro("headline")
            m.siteName = siteName(fromTitle: sources.title, headline: headline)
        }
        m.url = (sources.canonical ?? meta("og:url") ?? ld.url).flatMap { resolver.resolve($0) }.flatMap { $0.hasPrefix("#") ? nil : $0 }
        let type = pageType(m.url)
        m.pageType = type?.rawValue
        let candidates = HTMLMetadataCandidates(sources: sources, ld: ld, siteName: m.siteName, url: m.url, pageType: type)
        let order = MetadataSourceOrder.shared
        m.title = HTMLMetadataCandidates.first(candidates.titles, order: order.title)?.value
        if let chosen = HTMLMetadataCandidates.first(candidates.authors, order: order.authors) {
            m.authors = chosen.value
            labelledAuthors = (candidates.rawAuthors[chosen.source] ?? []).map { $0.foldingWhitespace }
                .filter { chosen.source.hasPrefix("meta.") || chosen.source.hasPrefix("ld.") ? AuthorLabels.strip($0).stripped : false }
        }
        m.published = HTMLMetadataCandidates.first(candidates.published, order: order.published).map { candidates.withTime($0.value) }
        m.modified = [ld.modified, meta("article:modified_time", "og:updated_time", "last-modified", "dcterms.modified"), micro("datemodified")]
            .lazy.compactMap { $0.flatMap(MetadataDate.iso8601) }.first
        m.language = (sources.htmlLang ?? meta("content-language", "dc.language", "og:locale") ?? ld.language).flatMap(languageTag)
        m.description = meta("description", "og:description", "twitter:description", "dc.description") ?? ld.description
        m.image = (meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.image ?? micro("image"))
            .flatMap { resolver.resolve($0, forImage: true) }
        m.publisher = ld.publisher ?? meta("article:publisher").flatMap { $0.contains("://") ? nil : $0 }
        m.keywords = !ld.keywords.isEmpty ? ld.keywords
            : (meta("keywords", "news_keywords")?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? [])
        if m.keywords.count > 50 { m.keywords = Array(m.keywords.prefix(50)) }
        m.description = m.description.map(HTMLEntities.decode)
        m.siteName = m.siteName.map(HTMLEntities.decode)
        m.publisher = m.publisher.map(HTMLEntities.decode)
        m.keywords = m.keywords.map(HTMLEntities.decode)
        return m
    }

    /// `en_US` → `en-US`; anything that does not look like a language tag → nil.
    package static func languageTag(_ raw: String) -> String? {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var tag = first.lowercased()
        for part in parts.dropFirst() {
            guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), (2...8).contains(part.count) else { break }
            tag += "-" + (part.count == 2 ? part.uppercased() : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : String(part))
        }
        return tag
    }

    /// The title without a trailing or leading ` | Site Name` when the site name is known.
    package static func withoutSiteName(_ title: String, siteName: String?) -> String {
        guard let site = siteName?.lowercased(), !site.isEmpty else { return title }
        let asciiTitle = title.utf8.allSatisfy { $0 < 0x80 }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " : "] {
            // Splitting needs the separator's bytes in the title; most titles have only one or two.
            // (" · " is always split in a non-ASCII title: U+0387 is canonically equivalent to its
            // middle dot; an ASCII title holds neither.)
            guard (separator == " · " && !asciiTitle) || containsBytes(title, separator) else { continue }
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if parts.last?.lowercased() == site { return parts.dropLast().joined(separator: separator) }
            if parts.first?.lowercased() == site { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }

    /// True when the UTF-8 bytes of `needle` (not empty) occur in those of `text` (a cheap pre-check:
    /// for a separator with no canonically equivalent spelling, a match `components(separatedBy:)`
    /// finds always has the separator's bytes).
    private static func containsBytes(_ text: String, _ needle: String) -> Bool {
        !needle.isEmpty && SimpleScalars.containsBytes(text, needle)
    }
}
