// Where UTF-8 text can be read byte by byte with the same answers as reading it by Character.
import GalleyModel
import GalleySupport

/// Finds the stretches of a text that must be read by `Character` (they hold non-ASCII bytes); the
/// rest can be read byte by byte.
///
/// The text is cut at every ASCII byte that is not a letter or digit and whose neighbours are ASCII
/// bytes too: such a byte is a Character of its own (or half of a CR LF pair, both halves white
/// space), never part of a word, and both its edges are Character boundaries. A stretch between two
/// cuts that holds a non-ASCII byte is returned; every other byte is ASCII and, read alone, classes
/// as its Character does.
enum TextPieces {
    /// The stretches (byte ranges) to read by Character, in text order.
    static func nonASCIIStretches(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var start = 0, holdsNonASCII = false
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            if b >= 0x80 { holdsNonASCII = true; continue }
            if isAlphanumeric(b) { continue }
            if (i == 0 || bytes[i - 1] < 0x80) && (i + 1 == n || bytes[i + 1] < 0x80) {
                if holdsNonASCII { stretches.append(start..<i) }
                start = i + 1; holdsNonASCII = false
            }
        }
        if holdsNonASCII { stretches.append(start..<n) }
        return stretches
    }

    /// Whether an ASCII byte is a letter or a digit.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
