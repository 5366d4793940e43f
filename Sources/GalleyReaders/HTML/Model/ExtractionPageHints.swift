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
            if Self.addTypesByBytes(script, to: &found) { continue }
            // Any other script: `"@type"` found by bytes (an ASCII needle: a byte match is the literal
            // match Foundation's `range(of:)` finds), the window of 160 Characters after it as before;
            // a type is checked as before only when its quoted bytes stand in the window's bytes
            // (no match is possible otherwise).
            let lower = script.lowercased()
            let bytes = Array(lower.utf8)
            var from = 0
            while let at = Self.firstOccurrence(Self.typeKey, in: bytes, from: from, to: bytes.count) {
                from = at + Self.typeKey.count
                let rest = lower[lower.utf8.index(lower.startIndex, offsetBy: from)...]
                let window = rest.prefix(160)
                let windowEnd = lower.utf8.distance(from: lower.startIndex, to: window.endIndex)
                for (type, quoted) in Self.quotedTypes where Self.firstOccurrence(quoted, in: bytes, from: from, to: windowEnd) != nil
                    && window.contains("\"\(type)\"") { found.insert(type) }
            }
        }
        if let og = ogType?.lowercased() { found.insert(og) }
        values = Self.types.map { group in group.contains { found.contains($0) } ? 1 : 0 }
    }

    private static let quotedTypes: [(String, [UInt8])] = types.joined().map { ($0, Array("\"\($0)\"".utf8)) }
    private static let typeKey = Array("\"@type\"".utf8)

    /// The search above done on bytes, for a script of ASCII without carriage returns (there every
    /// byte is one `Character` and a Foundation search is a byte search). False for any other script.
    private static func addTypesByBytes(_ script: String, to found: inout Set<String>) -> Bool {
        var lower = Array(script.utf8)
        for (i, b) in lower.enumerated() {
            if b >= 0x80 || b == 0x0D { return false }
            if b >= 0x41, b <= 0x5A { lower[i] = b + 0x20 }
        }
        var from = 0
        while let at = firstOccurrence(typeKey, in: lower, from: from, to: lower.count) {
            from = at + typeKey.count
            let windowEnd = min(lower.count, from + 160)
            for (type, quoted) in quotedTypes where firstOccurrence(quoted, in: lower, from: from, to: windowEnd) != nil { found.insert(type) }
        }
        return true
    }

    private static func firstOccurrence(_ needle: [UInt8], in hay: [UInt8], from: Int, to end: Int) -> Int? {
        guard !needle.isEmpty, end - from >= needle.count else { return nil }
        var start = from
        while start <= end - needle.count {
            if hay[start] == needle[0], hay[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }
}
