// LineFeatures of a simple line (SimpleScalars) from scalar values and flags: the same answers, no grapheme breaking.
import GalleyModel
import GalleySupport

/// The measures `LineFeatures` takes of a line, computed over the scalars of a simple line.
/// Each function is the scalar twin of the `Character` code in `LineFeatures` and must stay so.
struct SimpleLineMeasures {
    var length: Int
    var wordCount: Int
    var caseStyle: CaseStyle
    var finalCharacter: Character?
    var sentenceCount: Int
    var letterShare: Double
    var hasLink: Bool

    typealias Flags = ReaderFlags

    /// `text.lowercased().contains(needle)` (Foundation) for a simple line and an ASCII needle without
    /// capitals: every scalar is a Character of its own, and the only simple scalar whose lower case
    /// holds ASCII is `İ` (`i` and a mark, neither in a needle), so the needle is found in the scalars
    /// with A-Z folded to a-z exactly where it is found in the lower-cased text.
    static func containsFolded(_ s: [UInt32], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, s.count >= n else { return false }
        return needle.withUTF8Buffer { needle in
            for start in 0...(s.count - n) {
                var k = 0
                while k < n {
                    var v = s[start + k]
                    if v >= 0x41 && v <= 0x5A { v += 0x20 }
                    guard v == UInt32(needle[k]) else { break }
                    k += 1
                }
                if k == n { return true }
            }
            return false
        }
    }

    /// The measures of `text`, whose scalar values `s` are all simple.
    init(_ text: String, _ s: [UInt32]) {
        let table = ReaderScalars.bits
        let flags = s.map { ReaderFlags(rawValue: table[ReaderScalars.slot($0)!]) }
        length = s.count
        // Words: split at spaces and tabs, empty pieces left out.
        var words: [Range<Int>] = []
        var start = 0
        for (i, v) in s.enumerated() where v == 0x20 || v == 0x09 {
            if start < i { words.append(start..<i) }
            start = i + 1
        }
        if start < s.count { words.append(start..<s.count) }
        wordCount = words.count
        caseStyle = SimpleLineMeasures.caseStyle(words, flags)
        finalCharacter = SimpleLineMeasures.finalCharacter(s, flags)
        sentenceCount = SimpleLineMeasures.sentences(s, flags)
        var letters = 0
        for f in flags where f.contains(.letter) { letters += 1 }
        letterShare = length == 0 ? 0 : Double(letters) / Double(length)
        // A link needs a colon (`http://`) or `www`; only then the (Foundation) search of `LineFeatures`.
        var colon = false, www = false, run = 0
        for v in s {
            if v == 0x3A { colon = true }
            run = v == 0x77 || v == 0x57 ? run + 1 : 0
            if run >= 3 { www = true }
        }
        var link = false
        if colon || www {
            link = SimpleLineMeasures.containsFolded(s, "http://") || SimpleLineMeasures.containsFolded(s, "https://")
                || SimpleLineMeasures.containsFolded(s, "www.")
        }
        hasLink = link || words.contains { s[$0.lowerBound] == 0x40 && $0.count > 1 }
    }

    /// `LineFeatures.caseStyle(of:)` over scalar words.
    static func caseStyle(_ words: [Range<Int>], _ flags: [Flags]) -> CaseStyle {
        var lettersSeen = false
        var anyLower = false
        var cased = false
        var firstLower = false
        var contentWords = 0
        var capitalisedContent = 0
        var letterCount = 0
        for (index, word) in words.enumerated() {
            let lead = flags[word.lowerBound]
            if index == 0, lead.contains(.number) { lettersSeen = true }
            var firstLetter = -1, secondLetter = -1, letters = 0, lowerLetter = false
            for k in word where flags[k].contains(.letter) {
                if firstLetter < 0 { firstLetter = k } else if secondLetter < 0 { secondLetter = k }
                letters += 1
                if flags[k].contains(.lowercase) { lowerLetter = true }
            }
            letterCount += letters
            guard firstLetter >= 0 else { continue }
            if lead.contains(.number) { continue }
            let first = flags[firstLetter]
            if first.contains(.uppercase) || first.contains(.lowercase) { cased = true }
            if !lettersSeen {
                lettersSeen = true
                firstLower = first.contains(.lowercase) && !(secondLetter >= 0 && flags[secondLetter].contains(.uppercase))
            }
            if lowerLetter { anyLower = true }
            if index > 0 && letters > LineFeatures.minorWordLength {
                contentWords += 1
                if first.contains(.uppercase) || first.contains(.number) { capitalisedContent += 1 }
            }
        }
        if !lettersSeen || !cased { return .none }
        if firstLower && !(contentWords > 0 && capitalisedContent == contentWords && words.count >= 3 && words.contains { word in
            word.count > 1 && word.allSatisfy { flags[$0].contains(.uppercase) || !flags[$0].contains(.letter) }
        }) { return .lower }
        if !anyLower && letterCount >= 2 { return .allCaps }
        if contentWords == 0 { return .title }
        return Double(capitalisedContent) >= 0.75 * Double(contentWords) ? .title : .sentence
    }

    /// The scalar values of `LineFeatures.closers`.
    static func isCloser(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x2A, 0x5F: return true
        default: return false
        }
    }

    /// `LineFeatures.finalCharacter(of:)` over scalars.
    static func finalCharacter(_ s: [UInt32], _ flags: [Flags]) -> Character? {
        var last: Character?
        for i in s.indices.reversed() where !flags[i].contains(.whitespace) {
            let c = Character(Unicode.Scalar(s[i])!)
            if isCloser(s[i]) { if last == nil { last = c }; continue }
            if flags[i].contains(.symbol) && !flags[i].contains(.currency) && !flags[i].contains(.math) { continue }
            if s.count >= 3 && s[s.count - 1] == 0x2E && s[s.count - 2] == 0x2E && s[s.count - 3] == 0x2E { return "…" }
            return c
        }
        return last
    }

    /// `LineFeatures.sentences(in:)` over scalars.
    static func sentences(_ s: [UInt32], _ flags: [Flags]) -> Int {
        var count = 1
        var i = 0
        while i < s.count - 2 {
            let v = s[i]
            if v == 0x2E || v == 0x21 || v == 0x3F {
                var j = i + 1
                while j < s.count, isCloser(s[j]) { j += 1 }
                let quoted = j > i + 1
                if !quoted, j < s.count - 1, s[j] == 0x20, flags[j + 1].contains(.uppercase) {
                    var k = i - 1
                    var wordLength = 0
                    while k >= 0, flags[k].contains(.letter) { wordLength += 1; k -= 1 }
                    if wordLength > 2 || v != 0x2E { count += 1 }
                }
            }
            i += 1
        }
        return count
    }
}
