// Where UTF-8 text can be read byte by byte with the same answers as reading it by Character.
import GalleyModel
import GalleySupport

/// Finds the stretches of a text that must be read by `Character`; the rest can be read byte by
/// byte (ASCII) or as one of a few listed punctuation and space scalars (`listed`).
///
/// The text is cut at every separator (an ASCII byte that is not a letter or digit, or a listed
/// scalar) whose neighbouring scalars are ASCII or listed too. Such a separator is a Character of its
/// own (or half of a CR LF pair, both halves white space), never part of a word, and both its edges
/// are Character boundaries: no neighbour is a combining mark, a joiner or a prepended mark. A
/// stretch between two cuts that holds another non-ASCII byte (or a listed scalar that is no cut) is
/// returned; every other byte is ASCII or part of a listed scalar at a cut, and, read alone, classes
/// as its Character does.
enum TextPieces {
    /// A listed scalar: not a letter or number, a Character of its own between ASCII or listed
    /// neighbours (Grapheme_Cluster_Break Other, not pictographic); its classes are read from its
    /// `Character`, once.
    struct Listed {
        let length: Int
        let isPunctuationOrSymbol: Bool
        let isWhitespace: Bool
        let character: Character
    }

    /// No-break space, guillemets, middle dot, en and em dash, curly quotes, bullet, ellipsis.
    private static let listedScalars: [Unicode.Scalar] = ["\u{A0}", "\u{AB}", "\u{BB}", "\u{B7}", "\u{2013}", "\u{2014}",
                                                           "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2026}"]
    private static let listedByValue: [UInt32: Listed] = {
        var out: [UInt32: Listed] = [:]
        for scalar in listedScalars {
            let c = Character(scalar)
            precondition(!c.isLetter && !c.isNumber && c.asciiValue == nil, "a listed scalar must be a separator")
            out[scalar.value] = Listed(length: String(scalar).utf8.count, isPunctuationOrSymbol: c.isPunctuation || c.isSymbol,
                                       isWhitespace: c.isWhitespace, character: c)
        }
        return out
    }()

    /// The listed scalar starting at byte `i`, if one does.
    @inline(__always)
    static func listed(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Listed? {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count {
            return listedByValue[UInt32(bytes[i + 1])]
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            return listedByValue[0x2000 | (UInt32(bytes[i + 2]) & 0x3F)]
        }
        return nil
    }

    /// The stretches (byte ranges) to read by Character, in text order.
    static func nonASCIIStretches(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var start = 0, holdsOther = false
        let n = bytes.count
        var previousSimple = true
        var i = 0
        while i < n {
            let b = bytes[i]
            var length = 1
            var separator = false, simple = true
            if b < 0x80 {
                separator = !isAlphanumeric(b)
            } else if let scalar = listed(bytes, at: i) {
                length = scalar.length
                separator = true
            } else {
                simple = false
            }
            if separator, previousSimple, i + length == n || isSimple(bytes, at: i + length) {
                if holdsOther { stretches.append(start..<i) }
                start = i + length; holdsOther = false
            } else if b >= 0x80 {
                holdsOther = true
            }
            previousSimple = simple
            i += length
        }
        if holdsOther { stretches.append(start..<n) }
        return stretches
    }

    /// Whether the scalar at byte `i` is ASCII or listed.
    @inline(__always)
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] < 0x80 || listed(bytes, at: i) != nil
    }

    /// Whether an ASCII byte is a letter or a digit.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
