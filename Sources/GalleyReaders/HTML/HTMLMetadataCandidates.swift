// Every source's value for the title, authors and publication date, by source name, for the fitted order to choose from.
import Foundation
import GalleyModel
import GalleySupport

/// The candidate values of the fields whose source order is fitted (`MetadataSourceOrder`):
/// metadata (JSON-LD, `<meta>`, microdata, `rel=author`) and the visible page (headings, bylines,
/// `<time>`, dates in text, the URL). Source names are those of `Models/metadata-precedence.json`.
struct HTMLMetadataCandidates {
    var titles: [String: String] = [:]
    /// Cleaned author names by source.
    var authors: [String: [String]] = [:]
    /// The author values as written, by source (the cleaned labels are recorded as removals).
    var rawAuthors: [String: [String]] = [:]
    /// ISO 8601 dates by source.
    var published: [String: String] = [:]

    /// The meta keys read, in order, as `meta.published`.
    static let publishedMetaKeys = ["article:published_time", "og:published_time", "article:published", "published_time", "date",
                                    "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
                                    "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
                                    "citation_online_date"]
    /// The meta keys read as author sources, each under `meta.<key>`.
    static let authorMetaKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                                 "citation_author"]

    /// The page types whose pages have a post's byline and date (article, forum thread): on them
    /// each author and date source is offered a second time as `<source>@post`, so the fitted order
    /// can trust the visible bylines and dates there and not on listings, products or service pages.
    static let postTypes: Set<PageType> = [.article, .forum]

    init(sources: HTMLMetadataSources, ld: JSONLDMetadata, siteName: String?, url: String?, pageType: PageType? = nil,
         cues: MetadataCues = .shared) {
        func meta(_ key: String) -> String? { sources.meta[key]?.first(where: { !$0.isEmpty }) }
        var rawTitles: [String: String] = [:]
        rawTitles["ld.headline"] = ld.headline
        for key in ["og:title", "twitter:title", "dc.title"] { rawTitles[key] = meta(key) }
        rawTitles["dc.title"] = rawTitles["dc.title"] ?? meta("dcterms.title")
        rawTitles["microdata.headline"] = sources.microdata["headline"]?.first
        rawTitles["title"] = sources.title
        let headings = sources.visible.headings
        rawTitles["h1.first"] = headings.first?.text
        rawTitles["h1.main"] = headings.first(where: \.inArticle)?.text
        if headings.count == 1 { rawTitles["h1.only"] = headings[0].text }
        let references = ["ld.headline", "og:title", "twitter:title", "title"].compactMap { rawTitles[$0] }
        rawTitles["h1.agreeing"] = headings.first { heading in
            references.contains { Self.agreement(heading.text, $0) >= cues.titleAgreementShare }
        }?.text
        for (source, title) in rawTitles where !title.isEmpty {
            titles[source] = HTMLEntities.decode(HTMLMetadataPrecedence.withoutSiteName(title, siteName: siteName))
        }
        for source in ["og:title", "title", "twitter:title", "ld.headline", "dc.title"] {
            guard let title = titles[source] else { continue }
            let last = Self.cut(title, separators: cues.titleSeparators, atLast: true)
            if let last { titles[source + ".cut"] = last }
            if let first = Self.cut(title, separators: cues.titleSeparators, atLast: false), first != last { titles[source + ".cutfirst"] = first }
        }

        rawAuthors["ld.author"] = ld.authors
        for key in Self.authorMetaKeys { rawAuthors["meta." + key] = sources.meta[key] }
        rawAuthors["microdata.author"] = sources.microdata["author"]
        rawAuthors["microdata.author.first"] = sources.microdata["author"].map { Array($0.prefix(1)) }
        rawAuthors["ld.author.first"] = ld.authors.isEmpty ? nil : [ld.authors[0]]
        rawAuthors["ld.author.person"] = ld.personAuthors
        rawAuthors["rel.author"] = sources.relAuthors
        rawAuthors["byline.class"] = sources.visible.bylineNames.prefix(1).map { $0 }
        rawAuthors["byline.text"] = sources.visible.labelledNames.prefix(1).map { $0 }
        rawAuthors["byline.link"] = sources.visible.linkedNames.prefix(1).map { $0 }
        // Yoast and others: `twitter:label1` = `Written by`, `twitter:data1` = the name.
        let labels = Set(cues.authorMetaLabels)
        for n in 1...4 where sources.meta["twitter:label\(n)"]?.first.map({ labels.contains($0.lowercased()) }) == true {
            rawAuthors["meta.twitter:data"] = sources.meta["twitter:data\(n)"].map { Array($0.prefix(1)) }
            break
        }
        for (source, list) in rawAuthors {
            var seen = Set<String>()
            let names = list.map(AuthorNames.clean).filter { !$0.isEmpty && $0.count < 100 && seen.insert($0.lowercased()).inserted }
            if !names.isEmpty { authors[source] = AuthorNames.withoutNonNames(names.map(HTMLEntities.decode), cues: cues) }
        }

        Self.splitBySite(&authors, siteNames: [siteName, ld.publisher, url.flatMap(Self.hostLabel)].compactMap { $0 })
        // A name the page shows in a byline that one of its metadata sources confirms.
        let declaredNames = ["ld.author", "meta.author", "meta.article:author", "microdata.author", "rel.author"].flatMap { authors[$0] ?? [] }
            .map { $0.lowercased() }
        let shownNames = sources.visible.bylineNames + sources.visible.labelledNames
        if let agreeing = shownNames.first(where: { name in
            let lower = name.lowercased()
            return declaredNames.contains { $0.contains(lower) || lower.contains($0) }
        }) {
            authors["byline.agreeing"] = [agreeing]
        }

        let dates: [String: String?] = [
            "ld.published": ld.published, "ld.modified": ld.modified,
            "meta.published": Self.publishedMetaKeys.lazy.compactMap(meta).first,
            "meta.modified": ["article:modified_time", "og:updated_time", "last-modified", "dcterms.modified"].lazy.compactMap(meta).first,
            "microdata.datepublished": sources.microdata["datepublished"]?.first,
            "time.first": sources.visible.times.first, "time.published": sources.visible.publishedTimes.first,
            "date.visible": sources.visible.textDates.first, "date.classed": sources.visible.classedDates.first,
            "url.date": url.flatMap(Self.dateInPath),
            "meta.published.like": sources.meta.keys.sorted().lazy.filter { $0.contains("publish") && !$0.contains("publisher") }
                .compactMap { meta($0) }.first { MetadataDate.iso8601($0) != nil },
        ]
        for (source, value) in dates {
            if let value, let iso = MetadataDate.iso8601(value) { published[source] = iso }
        }
        // A date the page shows that one of its metadata dates confirms (published or modified).
        let declared = Set(["ld.published", "ld.modified", "meta.published", "meta.modified", "microdata.datepublished", "meta.published.like"]
            .compactMap { published[$0].map { String($0.prefix(10)) } })
        let shown = sources.visible.publishedTimes + sources.visible.classedDates + sources.visible.textDates + sources.visible.times
        if let agreeing = shown.first(where: { declared.contains(String($0.prefix(10))) }) { published["date.agreeing"] = String(agreeing.prefix(10)) }
        // The same, the first in page order (the date a reader sees first, often by the title).
        if let first = sources.visible.shownDates.first(where: declared.contains) { published["date.agreeing.first"] = first }
        if let first = sources.visible.shownDates.first { published["date.shown.first"] = first }
        // The page shows none of the publication dates its metadata declares: the shown modification
        // date (`Updated Dec 18`) or, failing that, the first date shown.
        let declaredPublished = Set(["ld.published", "meta.published", "microdata.datepublished", "meta.published.like"]
            .compactMap { published[$0].map { String($0.prefix(10)) } })
        if !declaredPublished.isEmpty, !sources.visible.shownDates.contains(where: declaredPublished.contains) {
            let declaredModified = Set(["ld.modified", "meta.modified"].compactMap { published[$0].map { String($0.prefix(10)) } })
            if let shown = sources.visible.shownDates.first(where: declaredModified.contains) { published["date.shown.modified"] = shown }
            if let shown = sources.visible.shownDates.first { published["date.shown.unlisted"] = shown }
        }
        if let pageType, Self.postTypes.contains(pageType) {
            // … and on a forum thread a third time as `<source>@forum` (the first poster's name and date)
            let suffixes = pageType == .forum ? ["@post", "@forum"] : ["@post"]
            for suffix in suffixes {
                for (source, value) in authors where !source.contains("@") { authors[source + suffix] = value }
                for (source, value) in published where !source.contains("@") { published[source + suffix] = value }
            }
        }
    }

    /// Source variants the fitted order weighs apart: a metadata author that names the site or its
    /// publisher (`USA TODAY` on usatoday.com) moves to `<source>.site`; a visible byline of a
    /// single word (`History`, `Recipe`, a forum handle) moves to `<source>.word`.
    static func splitBySite(_ authors: inout [String: [String]], siteNames: [String]) {
        let sites = siteNames.map(letters).filter { $0.count >= 3 }
        for (source, names) in authors {
            if source.hasPrefix("byline.") {
                if names.count == 1, !names[0].contains(" ") { authors[source] = nil; authors[source + ".word"] = names }
            } else if !sites.isEmpty, names.allSatisfy({ name in
                let n = letters(name)
                return sites.contains { site in n == site || (min(n.count, site.count) >= 5 && (n.contains(site) || site.contains(n))) }
            }) {
                authors[source] = nil
                authors[source + ".site"] = names
            }
        }
    }

    /// The lower-case letters and digits of `text` (`Texas Mattress Makers` → `texasmattressmakers`).
    static func letters(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {  // ASCII: the alphanumerics are the letters and digits
            return String(decoding: text.utf8.compactMap { b -> UInt8? in
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                return (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? lower : nil
            }, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The host's name without `www.` and its suffix (`https://www.rapid7.com/blog` → `rapid7`).
    static func hostLabel(_ url: String) -> String? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        let host = url[start...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return nil }
        return String(labels[labels.count - 2])
    }

    /// A day (`2025-09-04`, from the URL or the visible page) with the time of day a metadata date
    /// gives for that same day, when one does.
    func withTime(_ date: String) -> String {
        guard date.count == 10 else { return date }
        for source in ["ld.published", "meta.published", "microdata.datepublished", "meta.published.like", "ld.modified", "meta.modified"] {
            if let full = published[source], full.count > 10, full.hasPrefix(date) { return full }
        }
        return date
    }

    /// The title before its last (or first) separator (`Headline | Tagline` → `Headline`); nil when
    /// it has none or nothing stands before it.
    static func cut(_ title: String, separators: [String], atLast: Bool) -> String? {
        let prepared = separators == sharedTitleSeparators.list ? sharedTitleSeparators.prepared : separators.map(ASCIISeparator.init)
        var best: String.Index?
        for (k, separator) in separators.enumerated() {
            let lowerBound: String.Index
            if let offset = prepared[k].offset(in: title, backwards: atLast) {  // ASCII: by bytes
                guard let offset else { continue }
                lowerBound = title.utf8.index(title.startIndex, offsetBy: offset)
            } else {
                guard let range = title.range(of: separator, options: atLast ? .backwards : []) else { continue }
                lowerBound = range.lowerBound
            }
            guard lowerBound > title.startIndex else { continue }
            if best == nil || (atLast ? lowerBound > best! : lowerBound < best!) { best = lowerBound }
        }
        guard let best else { return nil }
        let head = title[..<best].trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? nil : head
    }

    /// The compiled-in title separators, prepared for byte search once.
    private static let sharedTitleSeparators = (list: MetadataCues.shared.titleSeparators,
                                                prepared: MetadataCues.shared.titleSeparators.map(ASCIISeparator.init))

    /// The value of the first source in `order` that has one.
    static func first<T>(_ values: [String: T], order: [String]) -> (source: String, value: T)? {
        for source in order { if let value = values[source] { return (source, value) } }
        return nil
    }

    /// The share of the heading's words (lower-cased letters and digits) that `title` also has.
    static func agreement(_ heading: String, _ title: String) -> Double {
        let words = { (s: String) in s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let headingWords = words(heading)
        guard !headingWords.isEmpty else { return 0 }
        let titleWords = Set(words(title))
        return Double(headingWords.filter(titleWords.contains).count) / Double(headingWords.count)
    }

    /// `2025-09-04` from a URL path holding `/2025/09/04/` or `/2025/september/04/` (year, month and
    /// day as path segments), else one of its segments starting with `2025-09-04`.
    static func dateInPath(_ url: String) -> String? {
        let segments = url.split(separator: "/").map(String.init)
        for i in segments.indices.dropLast(2) {
            guard segments[i].count == 4, let year = Int(segments[i]), (1990...2100).contains(year),
                  let month = segments[i + 1].count == 2 ? Int(segments[i + 1]) : MetadataDate.monthNumbers[segments[i + 1].lowercased()],
                  (1...12).contains(month),
                  segments[i + 2].count == 2, let day = Int(segments[i + 2]), (1...31).contains(day) else { continue }
            return "\(segments[i])-\(month < 10 ? "0" : "")\(month)-\(segments[i + 2])"
        }
        // `/blog/2025-12-17-the-pilot-has-landed`: an ISO day opening a path segment
        for segment in segments.dropFirst(2) where segment.utf8.count >= 10 {
            if let day = MetadataDate.isoDayInText(String(segment.prefix(11))), segment.hasPrefix(day) { return day }
        }
        return nil
    }
}
