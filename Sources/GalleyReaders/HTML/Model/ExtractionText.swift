// Word-level counts of a unit's text for the extraction model: words, sentence ends, punctuation.
import GalleyModel
import GalleySupport

/// Counts over the words of one text (words: runs of letters and digits, any script).
struct ExtractionText {
    var words = 0
    var shortWords = 0
    var digitWords = 0
    var capitalWords = 0
    var sentenceEnds = 0
    var punctuation = 0
    var endsSentence = false
    /// The lower-cased words (for the title overlap), only the first 40.
    var wordList: [String] = []

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            self = ExtractionText(ascii: text)
            return
        }
        var length = 0, digits = 0, capital = false, current = ""
        var last: Character = " "
        func close() {
            guard length > 0 else { return }
            words += 1
            if length <= 3 { shortWords += 1 }
            if digits * 2 > length { digitWords += 1 }
            if capital { capitalWords += 1 }
            if wordList.count < 40 { wordList.append(current.lowercased()) }
            length = 0; digits = 0; capital = false; current.removeAll(keepingCapacity: true)
        }
        for c in text {
            // ASCII characters (and CR LF, whose `asciiValue` is LF) are classed by their byte: the
            // same answers as the `Character` properties below, without their Unicode table look-ups.
            if let b = c.asciiValue {
                let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
                if upper || lower || digit {
                    if length == 0 { capital = upper }
                    length += 1
                    if digit { digits += 1 }
                    if wordList.count < 40 { current.append(c) }
                } else {
                    close()
                    if b == 0x2E || b == 0x21 || b == 0x3F { sentenceEnds += 1 }
                    if (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E) { punctuation += 1 }
                }
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { last = c }
                continue
            }
            if c.isLetter || c.isNumber {
                if length == 0 { capital = c.isUppercase }
                length += 1
                if c.isNumber { digits += 1 }
                if wordList.count < 40 { current.append(c) }
            } else {
                close()
                if c == "." || c == "!" || c == "?" || c == "。" || c == "！" || c == "？" { sentenceEnds += 1 }
                if c.isPunctuation || c.isSymbol { punctuation += 1 }
            }
            if !c.isWhitespace { last = c }
        }
        close()
        endsSentence = last == "." || last == "!" || last == "?" || last == "。" || last == ":" || last == "\""
    }

    /// The same counts for an ASCII text, read byte by byte: every byte is one `Character` (a CR LF
    /// pair is one, but both bytes are white space, which only closes a word), classed as the
    /// `Character` properties class it, and lower-cased as `lowercased()` does.
    private init(ascii text: String) {
        var length = 0, digits = 0, capital = false, current: [UInt8] = []
        var last: UInt8 = 0x20
        func close() {
            guard length > 0 else { return }
            words += 1
            if length <= 3 { shortWords += 1 }
            if digits * 2 > length { digitWords += 1 }
            if capital { capitalWords += 1 }
            if wordList.count < 40 { wordList.append(String(decoding: current, as: UTF8.self)) }
            length = 0; digits = 0; capital = false; current.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
            if upper || lower || digit {
                if length == 0 { capital = upper }
                length += 1
                if digit { digits += 1 }
                if wordList.count < 40 { current.append(upper ? b + 0x20 : b) }
            } else {
                close()
                if b == 0x2E || b == 0x21 || b == 0x3F { sentenceEnds += 1 }
                if (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E) { punctuation += 1 }
            }
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { last = b }
        }
        close()
        endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22
    }

    /// A count as a share of the words (0 without words).
    func share(_ count: Int) -> Double { words > 0 ? Double(count) / Double(words) : 0 }

    /// The lower-cased words of a text.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
