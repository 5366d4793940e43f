// What a page says about its own kind (JSON-LD @type, og:type): features shared by all its units.
import Foundation
import GalleyModel
import GalleySupport

/// Page-kind hints from schema.org JSON-LD types and `og:type` (each 0 or 1).
struct ExtractionPageHints {
    /// The hint names, in column order.
    static let names = ["ld.article", "ld.product", "ld.forum", "ld.list", "ld.docs", "ld.faq"]
    /// Type names (lower case) that set each hint, in the order of `names`.
    private static let types: [[String]] = [
        ["article", "newsarticle", "blogposting", "reportagenewsarticle", "scholarlyarticle"],
        ["product", "offer", "productgroup"],
        ["qapage", "discussionforumposting", "question", "socialmediaposting"],
        ["itemlist", "collectionpage", "searchresultspage"],
        ["techarticle", "howto", "apireference"],
        ["faqpage"],
    ]

    /// One value per name.
    var values: [Double]

    init(jsonLD: [String], ogType: String?) {
        var found = Set<String>()
        for script in jsonLD {
            let lower = script.lowercased()
            var rest = lower[...]
            while let range = rest.range(of: "\"@type\"") {
                rest = rest[range.upperBound...]
                let window = rest.prefix(160)
                for type in Self.types.joined() where window.contains("\"\(type)\"") { found.insert(type) }
            }
        }
        if let og = ogType?.lowercased() { found.insert(og) }
        values = Self.types.map { group in group.contains { found.contains($0) } ? 1 : 0 }
    }
}
