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
        var state = WordState()
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            for stretch in TextPieces.nonASCIIStretches(bytes) {
                state.readSimple(bytes, position..<stretch.lowerBound)
                for c in String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch]), as: UTF8.self) { state.read(character: c) }
                position = stretch.upperBound
            }
            state.readSimple(bytes, position..<bytes.count)
        }
        state.close()
        self = state.counts
        endsSentence = state.lastEndsSentence
    }

    /// The running counts while a text is read: ASCII bytes read alone (as their `Character` is
    /// classed, lower-cased as `lowercased()` does), the other stretches by `Character`.
    private struct WordState {
        var counts = ExtractionText(empty: ())
        var length = 0, digits = 0, capital = false
        /// The current word: lower-cased bytes when read by byte, Characters when read by Character
        /// (a word never spans both: stretches are cut at separators).
        var currentBytes: [UInt8] = []
        var currentCharacters = ""
        var lastEndsSentence = false

        mutating func close() {
            guard length > 0 else { return }
            counts.words += 1
            if length <= 3 { counts.shortWords += 1 }
            if digits * 2 > length { counts.digitWords += 1 }
            if capital { counts.capitalWords += 1 }
            if counts.wordList.count < 40 {
                counts.wordList.append(currentBytes.isEmpty ? currentCharacters.lowercased() : String(decoding: currentBytes, as: UTF8.self))
            }
            length = 0; digits = 0; capital = false
            currentBytes.removeAll(keepingCapacity: true); currentCharacters.removeAll(keepingCapacity: true)
        }

        /// Reads bytes outside `TextPieces`' stretches: ASCII bytes, and listed scalars. A run of
        /// ASCII letters and digits is read at once (what `read(byte:)` does byte by byte: its
        /// bytes counted, lower-cased into the word in one append; none of them ends a sentence).
        mutating func readSimple(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                let b = bytes[i]
                if TextPieces.isAlphanumeric(b) {
                    var j = i + 1
                    var runDigits = b >= 0x30 && b <= 0x39 ? 1 : 0
                    while j < range.upperBound, TextPieces.isAlphanumeric(bytes[j]) {
                        if bytes[j] <= 0x39 { runDigits += 1 }
                        j += 1
                    }
                    if length == 0 { capital = b >= 0x41 && b <= 0x5A }
                    length += j - i
                    digits += runDigits
                    if counts.wordList.count < 40 {
                        let start = currentBytes.count
                        currentBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                        currentBytes.withUnsafeMutableBufferPointer { word in
                            for k in start..<word.count where word[k] >= 0x41 && word[k] <= 0x5A { word[k] += 0x20 }
                        }
                    }
                    lastEndsSentence = false
                    i = j
                } else if b < 0x80 {
                    read(byte: b); i += 1
                } else if let scalar = TextPieces.listed(bytes, at: i) {
                    read(listed: scalar); i += scalar.length
                } else {
                    i += 1  // not reached: outside the stretches every other byte is of a listed scalar
                }
            }
        }

        mutating func read(byte b: UInt8) {
            let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
            if upper || lower || digit {
                if length == 0 { capital = upper }
                length += 1
                if digit { digits += 1 }
                if counts.wordList.count < 40 { currentBytes.append(upper ? b + 0x20 : b) }
            } else {
                close()
                if b == 0x2E || b == 0x21 || b == 0x3F { counts.sentenceEnds += 1 }
                if (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E) { counts.punctuation += 1 }
            }
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                lastEndsSentence = b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x22
            }
        }

        mutating func read(character c: Character) {
            // ASCII characters (and CR LF, whose `asciiValue` is LF) are classed by their byte: the
            // same answers as the `Character` properties below, without their Unicode table look-ups.
            if let b = c.asciiValue {
                let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
                if upper || lower || digit {
                    if length == 0 { capital = upper }
                    length += 1
                    if digit { digits += 1 }
                    if counts.wordList.count < 40 { currentCharacters.append(c) }
                } else {
                    close()
                    if b == 0x2E || b == 0x21 || b == 0x3F { counts.sentenceEnds += 1 }
                    if (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E) { counts.punctuation += 1 }
                }
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { lastEndsSentence = Self.endsSentence(c) }
                return
            }
            if c.isLetter || c.isNumber {
                if length == 0 { capital = c.isUppercase }
                length += 1
                if c.isNumber { digits += 1 }
                if counts.wordList.count < 40 { currentCharacters.append(c) }
            } else {
                close()
                if Self.isSentenceEnd(c) { counts.sentenceEnds += 1 }
                if c.isPunctuation || c.isSymbol { counts.punctuation += 1 }
            }
            if !c.isWhitespace { lastEndsSentence = Self.endsSentence(c) }
        }

        /// A listed separator scalar (`TextPieces.Listed`): what `read(character:)` does with it.
        mutating func read(listed scalar: TextPieces.Listed) {
            close()
            if Self.isSentenceEnd(scalar.character) { counts.sentenceEnds += 1 }
            if scalar.isPunctuationOrSymbol { counts.punctuation += 1 }
            if !scalar.isWhitespace { lastEndsSentence = Self.endsSentence(scalar.character) }
        }

        static func isSentenceEnd(_ c: Character) -> Bool {
            c == "." || c == "!" || c == "?" || c == "。" || c == "！" || c == "？"
        }

        static func endsSentence(_ c: Character) -> Bool {
            c == "." || c == "!" || c == "?" || c == "。" || c == ":" || c == "\""
        }
    }

    private init(empty: ()) {}

    /// A count as a share of the words (0 without words).
    func share(_ count: Int) -> Double { words > 0 ? Double(count) / Double(words) : 0 }

    /// The lower-cased words of a text.
    static func words(_ text: String) -> [String] {
        asciiWords(text) ?? text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `words(_:)` of an ASCII text, by bytes: there the letters and numbers are A-Z, a-z and 0-9
    /// (lower-cased by shifting A-Z), and every other byte, CR and LF too, separates. Nil for other text.
    static func asciiWords(_ text: String) -> [String]? {
        let utf8 = text.utf8
        if utf8.contains(where: { $0 >= 0x80 }) { return nil }
        var words: [String] = []
        var current: [UInt8] = []
        for b in utf8 {
            if TextPieces.isAlphanumeric(b) {
                current.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The same words as `words(_:)`, with the text outside `TextPieces`' stretches split byte by byte
    /// (there the bytes of a listed scalar separate words, as its Character does).
    static func lowerWords(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var list: [String] = []
            func splitASCII(_ range: Range<Int>) {
                var start = -1
                for i in range {
                    if TextPieces.isAlphanumeric(bytes[i]) {
                        if start < 0 { start = i }
                    } else if start >= 0 {
                        list.append(lowered(start..<i)); start = -1
                    }
                }
                if start >= 0 { list.append(lowered(start..<range.upperBound)) }
            }
            var scratch: [UInt8] = []
            func lowered(_ range: Range<Int>) -> String {
                scratch.removeAll(keepingCapacity: true)
                for b in bytes[range] { scratch.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
                return String(decoding: scratch, as: UTF8.self)
            }
            var position = 0
            for stretch in TextPieces.nonASCIIStretches(bytes) {
                splitASCII(position..<stretch.lowerBound)
                list += words(String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch]), as: UTF8.self))
                position = stretch.upperBound
            }
            splitASCII(position..<bytes.count)
            return list
        }
    }
}
