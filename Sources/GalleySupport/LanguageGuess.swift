// Guesses a text's language from its script and its most common short words (stop words).
import GalleyModel

/// A small, deterministic language guesser for documents that declare no language: the writing
/// system decides for scripts used by one language (Japanese kana, Korean Hangul, Greek, Hebrew,
/// Thai …); otherwise the share of each language's most frequent function words decides, and
/// only a clear winner is returned (nil when unsure: a missing language is better than a wrong one).
package enum LanguageGuess {
    /// The BCP 47 primary language tag of `text`, or nil when the text is too short or ambiguous.
    package static func guess(_ text: String) -> String? {
        evidence(text)?.tag
    }

    /// A guess strong enough to overrule a page's own declaration: a long text whose script or
    /// stop words leave no doubt (twice the runner-up's stop words, at least 30 of them).
    package static func confidentGuess(_ text: String) -> String? {
        guard let evidence = evidence(text), evidence.strong else { return nil }
        return evidence.tag
    }

    private static func evidence(_ text: String) -> (tag: String, strong: Bool)? {
        var scripts = ScriptCounts()
        var hits = [Int](repeating: 0, count: StopWords.languages.count)
        var tokens = 0
        var hash = StopWords.hashSeed
        var length = 0
        func flush() {
            if length > 0 {
                tokens += 1
                if let mask = StopWords.masks[hash] {
                    var bits = mask
                    while bits != 0 {
                        hits[bits.trailingZeroBitCount] += 1
                        bits &= bits - 1
                    }
                }
            }
            hash = StopWords.hashSeed
            length = 0
        }
        var copy = text
        copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count, tokens < maximumTokens {
                let (value, size) = bytes.utf8Scalar(at: i)
                i += size
                if Self.isLetter(value) {
                    if value >= 0x80, let scalar = Unicode.Scalar(value) { scripts.add(scalar) } else { scripts.total += 1 }
                    hash = StopWords.hash(hash, Self.lowercased(value))
                    length += 1
                } else {
                    flush()
                }
            }
        }
        flush()
        if let byScript = scripts.language { return (byScript, scripts.total >= 200) }
        return byStopWords(hits, tokens: tokens)
    }

    /// Letters for tokenizing: ASCII letters, and anything outside ASCII but punctuation,
    /// spaces and symbols of the common punctuation blocks.
    private static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        switch v {
        case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F,
             0xFF1A...0xFF20, 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4, 0x0964, 0x0965, 0xFFFD:
            return false
        default:
            return true
        }
    }

    /// Lower case for the alphabets whose capitals sit at fixed offsets (Latin, Greek, Cyrillic);
    /// other letters as they are (enough to match stop words, which are lower case).
    private static func lowercased(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3AB, 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        case 0x100...0x12F where v & 1 == 0, 0x132...0x137 where v & 1 == 0, 0x14A...0x177 where v & 1 == 0: return v + 1
        case 0x139...0x148 where v & 1 == 1, 0x179...0x17E where v & 1 == 1: return v + 1
        default: return v
        }
    }

    /// Enough words for a stable guess; the rest of a long document is not read.
    static let maximumTokens = 1500

    private static func byStopWords(_ hits: [Int], tokens: Int) -> (tag: String, strong: Bool)? {
        guard tokens >= 20 else { return nil }
        let ranked = hits.indices.sorted { hits[$0] != hits[$1] ? hits[$0] > hits[$1] : $0 < $1 }
        guard let best = ranked.first else { return nil }
        let second = ranked.count > 1 ? hits[ranked[1]] : 0
        // A clear winner: enough function words overall, and well ahead of the runner-up.
        guard hits[best] >= 10, Double(hits[best]) >= 0.12 * Double(tokens), Double(hits[best]) >= 1.25 * Double(second) else {
            return nil
        }
        return (StopWords.languages[best].tag, hits[best] >= 30 && hits[best] >= 2 * second)
    }
}

/// Letters counted by writing system.
private struct ScriptCounts {
    var total = 0, kana = 0, hangul = 0, han = 0, greek = 0, hebrew = 0, thai = 0, armenian = 0, georgian = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        total += 1
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: kana += 1
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: hangul += 1
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: han += 1
        case 0x0370...0x03FF, 0x1F00...0x1FFF: greek += 1
        case 0x0590...0x05FF: hebrew += 1
        case 0x0E00...0x0E7F: thai += 1
        case 0x0530...0x058F: armenian += 1
        case 0x10A0...0x10FF: georgian += 1
        default: break
        }
    }

    /// The language when one script, used by one language, dominates the letters.
    var language: String? {
        guard total >= 20 else { return nil }
        func dominant(_ count: Int) -> Bool { Double(count) >= 0.5 * Double(total) }
        if dominant(kana + han) && kana * 10 >= kana + han && kana > 0 { return "ja" }
        if dominant(hangul + han) && hangul > han { return "ko" }
        if dominant(han) { return "zh" }
        if dominant(greek) { return "el" }
        if dominant(hebrew) { return "he" }
        if dominant(thai) { return "th" }
        if dominant(armenian) { return "hy" }
        if dominant(georgian) { return "ka" }
        return nil
    }
}
