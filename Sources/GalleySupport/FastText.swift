// Fast paths for hot string operations, each exactly equal to the plain Swift/Foundation version.
import Foundation
import GalleyModel

extension String {
    /// `foldingWhitespace` without grapheme breaking, when that cannot change the result: it walks
    /// the UTF-8 bytes, and gives up (nil) when a whitespace scalar touches a scalar that could join
    /// it into one `Character` (combining marks after it, prepended marks before it).
    var foldingWhitespaceByScalars: String? {
        var copy = self
        return copy.withUTF8 { bytes -> String? in
            // The folded text is never longer than the text: written straight into the new string.
            var gaveUp = false
            let folded = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
                var count = 0
                var pendingSpace = false
                var previousWasSpace = false
                var previous: UInt32?
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        // An ASCII scalar: never joined to white space beside it (below U+0300), so only a
                        // space after a scalar from U+0300 up needs that scalar checked, as below.
                        let isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                        if isSpace {
                            if !previousWasSpace, let p = previous, p >= 0x300, !Self.standsBeforeSpace(p) { gaveUp = true; return 0 }
                            pendingSpace = count > 0
                        } else {
                            if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                            out[count] = b; count += 1
                        }
                        previous = UInt32(b)
                        previousWasSpace = isSpace
                        i += 1
                        continue
                    }
                    let (value, length) = bytes.utf8Scalar(at: i)
                    let isSpace = Self.isWhitespace(value)
                    if let p = previous, isSpace != previousWasSpace {
                        // A boundary between whitespace and anything else: the other side must not join it.
                        if previousWasSpace ? !Self.standsAfterSpace(value) : !Self.standsBeforeSpace(p) { gaveUp = true; return 0 }
                    }
                    if isSpace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                        for k in i..<(i + length) { out[count] = bytes[k]; count += 1 }
                    }
                    previous = value
                    previousWasSpace = isSpace
                    i += length
                }
                return count
            }
            return gaveUp ? nil : folded
        }
    }

    /// Unicode White_Space (what `Unicode.Scalar.Properties.isWhitespace` answers).
    @inline(__always)
    private static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A scalar that never joins the whitespace before it into one `Character` (not a combining
    /// mark, format character, emoji modifier or other grapheme extender).
    private static func standsAfterSpace(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if (0x2000...0x206F).contains(v) { return v != 0x200C && v != 0x200D }
        if (0x1F3FB...0x1F3FF).contains(v) || v == 0xFF9E || v == 0xFF9F { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .surrogate, .unassigned, .privateUse: return false
        default: return true
        }
    }

    /// A scalar that never joins the whitespace after it into one `Character` (not a prepended
    /// concatenation mark or other Prepend character).
    private static func standsBeforeSpace(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if (0x2000...0x206F).contains(v) { return v != 0x200C && v != 0x200D }
        switch v {
        case 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return false
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .format, .surrogate, .unassigned, .privateUse: return false
        default: return true
        }
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when both ends are
    /// visible ASCII (nothing to trim).
    package var trimmingWhitespaceAndNewlines: String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    /// True when the text is printable ASCII with single spaces between words and none at the
    /// ends: folding its white space gives it back unchanged, so nothing need be built.
    var isFoldedPrintableASCII: Bool {
        // A native string's bytes read through a pointer; the UTF-8 view's iterator otherwise.
        utf8.withContiguousStorageIfAvailable { Self.isFoldedPrintableASCII($0) } ?? Self.isFoldedPrintableASCII(utf8)
    }

    /// `isFoldedPrintableASCII` of a text's UTF-8 bytes.
    @inline(__always)
    private static func isFoldedPrintableASCII<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var afterSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if byte >= 0x21 && byte <= 0x7E {
                afterSpace = false
            } else {
                return false
            }
        }
        return !afterSpace || bytes.isEmpty
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar value starting at `index` of valid UTF-8 (a String's storage), and its length
    /// in bytes; U+FFFD for a sequence cut short by the end of the buffer.
    @inline(__always)
    package func utf8Scalar(at index: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(self[index])
        if b0 < 0x80 { return (b0, 1) }
        let remaining = count - index
        if b0 < 0xE0, remaining >= 2 { return ((b0 & 0x1F) << 6 | UInt32(self[index + 1]) & 0x3F, 2) }
        if b0 < 0xF0, remaining >= 3 {
            return ((b0 & 0x0F) << 12 | (UInt32(self[index + 1]) & 0x3F) << 6 | UInt32(self[index + 2]) & 0x3F, 3)
        }
        if remaining >= 4 {
            return ((b0 & 0x07) << 18 | (UInt32(self[index + 1]) & 0x3F) << 12 | (UInt32(self[index + 2]) & 0x3F) << 6
                | UInt32(self[index + 3]) & 0x3F, 4)
        }
        return (0xFFFD, remaining)
    }
}
