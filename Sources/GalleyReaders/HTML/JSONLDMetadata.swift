// Reads schema.org metadata from JSON-LD blocks (`@graph`, arrays, nested author and publisher objects).
import Foundation
import GalleyModel
import GalleySupport

/// The metadata fields a page's JSON-LD declares.
package struct JSONLDMetadata: Sendable, Equatable {
    package var headline: String?
    package var authors: [String] = []
    package var published: String?
    package var modified: String?
    package var description: String?
    package var image: String?
    package var publisher: String?
    package var siteName: String?
    package var language: String?
    package var url: String?
    package var keywords: [String] = []
    /// The authors that are people: those not typed as an organization (`Organization`, `NewsMediaOrganization` …).
    package var personAuthors: [String] = []
    /// Every `@type` declared by any object of the page's JSON-LD, lower-cased, in page order.
    package var types: [String] = []

    /// Article-like types, preferred over generic pages when several objects are present.
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "report", "socialmediaposting",
        "liveblogposting", "review", "recipe", "howto", "creativework", "medicalwebpage", "posting", "discussionforumposting",
        "question",
    ]

    /// Parses the texts of all JSON-LD scripts of a page. Invalid JSON is skipped.
    package init(scripts: [String]) {
        var objects: [[String: Any]] = [], entities: [[String: Any]] = []
        for script in scripts {
            // Raw line breaks and tabs inside strings are invalid JSON but common: read them as spaces.
            let data = Data(Self.unwrapped(script).utf8.map { $0 == 10 || $0 == 13 || $0 == 9 ? 32 : $0 })
            guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collect(value, into: &objects, entities: &entities, depth: 0)
        }
        // The page-type features read the declared types of the top-level and `@graph` objects only.
        var seenTypes = Set<String>()
        self.types = objects.flatMap { Self.types(of: $0) }.filter { seenTypes.insert($0).inserted }
        objects += entities
        let types = objects.map { Self.types(of: $0) }
        var byID: [String: [String: Any]] = [:]
        for object in objects { if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object } }
        let article = objects.indices.first { types[$0].contains { Self.articleTypes.contains($0) } }
        let page = objects.indices.first { types[$0].contains { $0.hasSuffix("webpage") } }
        for index in [article, page].compactMap({ $0 }) {
            fill(from: objects[index], byID: byID)
        }
        if let site = objects.indices.first(where: { types[$0].contains("website") }) {
            siteName = siteName ?? Self.string(objects[site]["name"])
        }
        if publisher == nil, let org = objects.indices.first(where: { types[$0].contains("organization") || types[$0].contains("newsmediaorganization") }) {
            publisher = Self.string(objects[org]["name"])
        }
    }

    /// The script's JSON without the wrappers pages put around it for old parsers:
    /// `<![CDATA[ … ]]>` (often inside `//` or `/* */` comments) and `<!-- … -->`.
    package static func unwrapped(_ script: String) -> String {
        var text = Substring(script).drop { $0.isWhitespace }
        for (open, close) in [("//<![CDATA[", "//]]>"), ("/*<![CDATA[*/", "/*]]>*/"), ("<![CDATA[", "]]>"), ("<!--", "-->")] {
            guard text.hasPrefix(open) else { continue }
            text = text.dropFirst(open.count)
            var end = text.endIndex
            while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
            if text[..<end].hasSuffix(close) { text = text[..<text.index(end, offsetBy: -close.count)] }
            text = text.drop { $0.isWhitespace }
        }
        return String(text)
    }

    /// Fills the fields still empty from `object`; an author given as a bare `{"@id": …}`
    /// reference is read from the object `byID` has under that id.
    private mutating func fill(from object: [String: Any], byID: [String: [String: Any]]) {
        headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
        if authors.isEmpty {
            let value = object["author"] ?? object["creator"]
            authors = Self.names(value, byID: byID)
            personAuthors = Self.names(value, byID: byID, skippingOrganizations: true)
        }
        published = published ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        modified = modified ?? Self.string(object["dateModified"])
        description = description ?? Self.string(object["description"])
        image = image ?? Self.url(object["image"]) ?? Self.url(object["thumbnailUrl"])
        publisher = publisher ?? Self.names(object["publisher"]).first
        language = language ?? Self.string(object["inLanguage"])
        url = url ?? Self.string(object["url"]) ?? Self.url(object["mainEntityOfPage"])
        if keywords.isEmpty {
            if let list = object["keywords"] as? [Any] {
                keywords = list.compactMap { Self.string($0) }
            } else if let text = Self.string(object["keywords"]) {
                keywords = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
    }

    /// The objects of `value` (arrays and `@graph` flattened) into `objects`; the main entity
    /// nested in one (`QAPage` → `Question`, `WebPage` → `Article`) into `entities`.
    private static func collect(_ value: Any, into objects: inout [[String: Any]], entities: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &objects, entities: &entities, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, entities: &entities, depth: depth + 1) }
            // One main entity only: a list of them (`FAQPage` → questions) is the page's content, not its subject.
            if let entity = object["mainEntity"] as? [String: Any] {
                var nested: [[String: Any]] = []
                collect(entity, into: &nested, entities: &entities, depth: depth + 1)
                entities += nested
            }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// A non-empty trimmed string (numbers are not names).
    package static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let folded = s.foldingWhitespace
        return folded.isEmpty ? nil : folded
    }

    /// A URL from a string, an object with `url` or `@id`, or the first of an array.
    private static func url(_ value: Any?) -> String? {
        if let s = string(value) { return s }
        if let object = value as? [String: Any] { return string(object["url"]) ?? string(object["@id"]) }
        if let array = value as? [Any] { return array.lazy.compactMap { url($0) }.first }
        return nil
    }

    /// Names from a string, an object with `name` (or an `@id` naming an object with one), or an
    /// array of either.
    private static func names(_ value: Any?, byID: [String: [String: Any]] = [:], skippingOrganizations: Bool = false) -> [String] {
        if let s = string(value) { return [s] }
        if let object = value as? [String: Any] {
            let target = (object["@id"] as? String).flatMap { byID[$0] } ?? object
            if skippingOrganizations, (types(of: object) + types(of: target)).contains(where: { $0.contains("organization") || $0 == "corporation" }) {
                return []
            }
            if let name = string(object["name"]) { return [name] }
            if let id = object["@id"] as? String, let target = byID[id], let name = string(target["name"]) { return [name] }
            return []
        }
        if let array = value as? [Any] { return array.prefix(20).flatMap { names($0, byID: byID, skippingOrganizations: skippingOrganizations) } }
        return []
    }
}
