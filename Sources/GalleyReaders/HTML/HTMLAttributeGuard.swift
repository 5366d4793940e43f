// A pre-parse guard: libxml2's HTML parser takes quadratic time on an element with thousands of attributes.
import Foundation
import GalleyModel
import GalleySupport

/// Drops the attributes of a start tag past `attributesPerElement` before libxml2 parses the page.
/// libxml2 2.9's HTML parser compares each new attribute with every earlier one of its element,
/// so one element with 100,000 attributes takes minutes; no real page comes near the limit.
/// The dropped attributes are recorded as removals (stage `html-parse-guard`) and warned about.
enum HTMLAttributeGuard {
    /// Attributes kept per element.
    static let attributesPerElement = 256
    /// The removal stage name.
    static let stage = "html-parse-guard"

    /// The page with excess attributes cut out, and what was cut.
    struct Capped {
        var bytes: [UInt8]
        var removals: [Removal]
        var warning: String
    }

    /// The bytes with every start tag's attributes past `limit` cut out, or nil when no tag has more.
    static func capped(_ bytes: [UInt8], limit: Int = attributesPerElement) -> Capped? {
        let cuts = bytes.withUnsafeBufferPointer { HTMLTagScanner(bytes: $0, limit: limit).excessAttributes() }
        guard !cuts.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var removals: [Removal] = []
        var start = 0
        var line = 1
        var lineCountedTo = 0
        var dropped = 0
        for cut in cuts {
            out.append(contentsOf: bytes[start..<cut.range.lowerBound])
            line += bytes[lineCountedTo..<cut.range.lowerBound].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            lineCountedTo = cut.range.lowerBound
            // The cut attributes become spaces (line breaks kept), so every later byte keeps its
            // offset and line: spans still point into the page as it was given.
            out.append(contentsOf: bytes[cut.range].lazy.map { $0 == 0x0A ? 0x0A : 0x20 })
            let text = String(decoding: bytes[cut.range], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let lines = bytes[cut.range].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            let reason = "\(cut.count) attributes past the \(limit)th of one element"
            removals.append(Removal(stage: stage, reason: reason, text: text,
                                    span: SourceSpan(startLine: line, endLine: line + lines,
                                                     startByte: cut.range.lowerBound, endByte: cut.range.upperBound)))
            dropped += cut.count
            start = cut.range.upperBound
        }
        out.append(contentsOf: bytes[start...])
        let elements = cuts.count == 1 ? "one element" : "\(cuts.count) elements"
        let warning = "\(dropped) attributes dropped from \(elements) with more than \(limit) (the HTML parser slows down on more)"
        return Capped(bytes: out, removals: removals, warning: warning)
    }
}

/// A byte-level pass over HTML that finds start tags and their attributes the way a tokenizer
/// would (comments, declarations, end tags and script/style text skipped), without building anything.
private struct HTMLTagScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int

    /// For each start tag with more than `limit` attributes: the byte range from the end of the
    /// `limit`th attribute to the end of the last one, and how many attributes that range holds.
    func excessAttributes() -> [(range: Range<Int>, count: Int)] {
        var cuts: [(range: Range<Int>, count: Int)] = []
        let n = bytes.count
        var i = 0
        while let lt = find(UInt8(ascii: "<"), from: i) {
            i = lt + 1
            guard i < n else { break }
            let c = bytes[i]
            if c == UInt8(ascii: "!") {
                if starts(with: "!--", at: i) {
                    i = find("-->", from: i + 3).map { $0 + 3 } ?? n
                } else {
                    i = find(UInt8(ascii: ">"), from: i).map { $0 + 1 } ?? n
                }
            } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "?") {
                i = find(UInt8(ascii: ">"), from: i).map { $0 + 1 } ?? n
            } else if Self.isLetter(c) {
                let nameStart = i
                while i < n, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
                let rawTextEnd = rawTextEndTag(nameStart..<i)
                var count = 0
                var keptEnd = i
                var lastEnd = i
                attributes: while i < n {
                    while i < n, Self.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
                    guard i < n, bytes[i] != UInt8(ascii: ">") else { break attributes }
                    i = attributeEnd(from: i)
                    count += 1
                    if count <= limit { keptEnd = i }
                    lastEnd = i
                }
                if count > limit { cuts.append((keptEnd..<lastEnd, count - limit)) }
                if i < n { i += 1 }
                // Script and style text runs to its end tag (to the end of the page when there is none).
                if let rawTextEnd { i = findEndTag(rawTextEnd, from: i) ?? n }
            }
        }
        return cuts
    }

    /// One past the end of the attribute starting at `start` (name, then optionally `=` and a value).
    private func attributeEnd(from start: Int) -> Int {
        let n = bytes.count
        var i = start + 1  // the first byte always belongs to the name, even a quote or '='
        while i < n, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: "/") { i += 1 }
        var j = i
        while j < n, Self.isSpace(bytes[j]) { j += 1 }
        guard j < n, bytes[j] == UInt8(ascii: "=") else { return i }
        j += 1
        while j < n, Self.isSpace(bytes[j]) { j += 1 }
        guard j < n else { return j }
        let quote = bytes[j]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            return find(quote, from: j + 1).map { $0 + 1 } ?? n
        }
        while j < n, !Self.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
        return j
    }

    /// `/script` or `/style` for those elements, whose text runs to that end tag; nil for others.
    private func rawTextEndTag(_ name: Range<Int>) -> String? {
        if name.count == 6 && matches("script", at: name.lowerBound) { return "/script" }
        if name.count == 5 && matches("style", at: name.lowerBound) { return "/style" }
        return nil
    }

    /// The index of the next `<` + `endTag` (case-blind), if any.
    private func findEndTag(_ endTag: String, from start: Int) -> Int? {
        var i = start
        while let lt = find(UInt8(ascii: "<"), from: i) {
            if matches(endTag, at: lt + 1) { return lt }
            i = lt + 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let first = text.utf8.first!
        var i = start
        while let hit = find(first, from: i) {
            if starts(with: text, at: hit) { return hit }
            i = hit + 1
        }
        return nil
    }

    private func starts(with text: String, at start: Int) -> Bool {
        guard start + text.utf8.count <= bytes.count else { return false }
        return zip(text.utf8, bytes[start...]).allSatisfy { $0 == $1 }
    }

    /// Case-blind match of lower-case ASCII `word` at `start`.
    private func matches(_ word: String, at start: Int) -> Bool {
        guard start + word.utf8.count <= bytes.count else { return false }
        return zip(word.utf8, bytes[start...]).allSatisfy { $0 == $1 || Self.isLetter($1) && $0 == $1 | 0x20 }
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
}
