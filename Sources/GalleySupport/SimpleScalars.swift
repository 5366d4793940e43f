// Fast, exact character tests for "simple" lines, where every Unicode scalar is a Character of its own.
import GalleyModel

/// A line is simple when each of its scalars lies in ranges that hold no combining marks, joiners,
/// prepended or other grapheme-extending characters, CR or LF (Latin up to U+02FF, Greek and
/// Cyrillic U+0370–U+0482 and U+048A–U+052F but the capital sigma, whose lower case depends on
/// its place in a word, general punctuation U+2010–U+2027 and U+2030–U+205E, currency signs
/// U+20A0–U+20CF). In such a line
/// every scalar is one `Character`, so loops over scalars with the flags below (taken from
/// `Character`'s own properties of that one-scalar character) answer exactly what loops over
/// `Character`s answer, without grapheme breaking or property look-ups.
package enum SimpleScalars {
    /// Character properties of one simple scalar.
    package struct Flags: OptionSet, Sendable {
        package let rawValue: UInt16
        package init(rawValue: UInt16) { self.rawValue = rawValue }
        package static let simple = Flags(rawValue: 1)
        package static let letter = Flags(rawValue: 2)
        package static let uppercase = Flags(rawValue: 4)
        package static let lowercase = Flags(rawValue: 8)
        package static let number = Flags(rawValue: 16)
        package static let whitespace = Flags(rawValue: 32)
        package static let symbol = Flags(rawValue: 64)
        package static let currency = Flags(rawValue: 128)
        package static let math = Flags(rawValue: 256)
        /// `Unicode.Scalar.Properties.isAlphabetic`.
        package static let alphabetic = Flags(rawValue: 512)
        /// General category Lu, Ll, Lt or Lo.
        package static let letterCategory = Flags(rawValue: 1024)
    }

    /// The table slot of a scalar value, or nil when the scalar is not simple.
    @inline(__always)
    package static func slot(_ v: UInt32) -> Int? {
        if v < 0x300 { return v == 0x0A || v == 0x0D ? nil : Int(v) }
        if v < 0x530 { return v < 0x370 || v == 0x3A3 || v >= 0x483 && v < 0x48A ? nil : Int(v) }
        if v >= 0x2010 && v < 0x2028 { return Int(v - 0x2010) + 0x530 }
        if v >= 0x2030 && v < 0x205F { return Int(v - 0x2030) + 0x548 }
        if v >= 0x20A0 && v < 0x20D0 { return Int(v - 0x20A0) + 0x577 }
        return nil
    }

    /// The number of slots.
    package static let slots = 0x5A7

    /// The flags of every slot.
    package static let table: [Flags] = {
        var out = [Flags](repeating: [], count: slots)
        for v: UInt32 in 0..<0x20D0 {
            guard let s = slot(v), let scalar = Unicode.Scalar(v) else { continue }
            let c = Character(scalar)
            var f: Flags = .simple
            if c.isLetter { f.insert(.letter) }
            if c.isUppercase { f.insert(.uppercase) }
            if c.isLowercase { f.insert(.lowercase) }
            if c.isNumber { f.insert(.number) }
            if c.isWhitespace { f.insert(.whitespace) }
            if c.isSymbol { f.insert(.symbol) }
            if c.isCurrencySymbol { f.insert(.currency) }
            if c.isMathSymbol { f.insert(.math) }
            if scalar.properties.isAlphabetic { f.insert(.alphabetic) }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: f.insert(.letterCategory)
            default: break
            }
            out[s] = f
        }
        return out
    }()

    /// The UTF-8 bytes of each simple scalar's `String.lowercased()`.
    package static let lowercase: [[UInt8]] = {
        var out = [[UInt8]](repeating: [], count: slots)
        for v: UInt32 in 0..<0x20D0 {
            guard let s = slot(v), let scalar = Unicode.Scalar(v) else { continue }
            out[s] = Array(String(Character(scalar)).lowercased().utf8)
        }
        return out
    }()

    /// Each simple scalar's `properties.lowercaseMapping`, as scalar values.
    package static let lowercaseMappings: [[UInt32]] = {
        var out = [[UInt32]](repeating: [], count: slots)
        for v: UInt32 in 0..<0x20D0 {
            guard let s = slot(v), let scalar = Unicode.Scalar(v) else { continue }
            out[s] = scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
        }
        return out
    }()

    /// The flags of a scalar (empty for a scalar that is not simple).
    @inline(__always)
    package static func flags(_ v: UInt32) -> Flags {
        guard let s = slot(v) else { return [] }
        return table[s]
    }

    /// The scalar values of a text when every one is simple; nil otherwise.
    package static func scalars<S: StringProtocol>(_ text: S) -> [UInt32]? {
        // ASCII text (most lines) from its bytes: each byte is a scalar, simple unless CR or LF.
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> [UInt32]?? in
            var out = [UInt32](repeating: 0, count: bytes.count)
            for (i, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }  // not ASCII: the scalar loop below
                if byte == 0x0A || byte == 0x0D { return .some(nil) }  // not simple
                out[i] = UInt32(byte)
            }
            return .some(out)
        }), let known = ascii { return known }
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard slot(scalar.value) != nil else { return nil }
            out.append(scalar.value)
        }
        return out
    }

    /// True when a scalar of a simple text is a number (`Character.isNumber`).
    package static func containsNumber(_ text: String) -> Bool {
        // ASCII text: its only numbers are the digits.
        switch asciiBytes(text, { $0 >= 0x30 && $0 <= 0x39 }) {
        case .found: return true
        case .absent: return false
        case .notASCII: break
        }
        return text.unicodeScalars.contains { flags($0.value).contains(.number) }
    }

    /// True when the UTF-8 bytes of `needle` occur in `text` (an empty needle always does).
    package static func containsBytes(_ text: String, _ needle: String) -> Bool {
        needle.isEmpty || containsBytes(Array(text.utf8), Array(needle.utf8))
    }

    /// True when `needle` (not empty) occurs in `hay`, compared byte for byte.
    package static func containsBytes(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == first {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// What `asciiBytes` found.
    package enum ASCIISearch { case found, absent, notASCII }

    /// Whether an ASCII text holds a byte `matching`; `.notASCII` when the text is not ASCII
    /// (or its bytes are not contiguous), so the caller falls back to its scalar loop.
    @inline(__always)
    package static func asciiBytes<S: StringProtocol>(_ text: S, _ matching: (UInt8) -> Bool) -> ASCIISearch {
        text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIISearch in
            var found = false
            for byte in bytes {
                if byte >= 0x80 { return .notASCII }
                if !found && matching(byte) { found = true }
            }
            return found ? .found : .absent
        } ?? .notASCII
    }

    /// True when every scalar of the text is simple.
    package static func isSimple<S: StringProtocol>(_ text: S) -> Bool {
        // ASCII text: simple unless it holds a CR or LF.
        switch asciiBytes(text, { $0 == 0x0A || $0 == 0x0D }) {
        case .found: return false
        case .absent: return true
        case .notASCII: break
        }
        for scalar in text.unicodeScalars where slot(scalar.value) == nil { return false }
        return true
    }

    /// `isSimple` of a String, read from its UTF-8 bytes (the generic version, not specialized
    /// in other modules, walks `unicodeScalars` through the protocol; a test compares both).
    package static func isSimple(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    if b0 == 0x0A || b0 == 0x0D { return false }
                    i += 1
                    continue
                }
                // (A String's bytes are valid UTF-8; a 4-byte scalar is above U+FFFF, never simple.)
                let value: UInt32
                if b0 < 0xE0 {
                    value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F
                    i += 2
                } else if b0 < 0xF0 {
                    value = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
                    i += 3
                } else {
                    return false
                }
                if slot(value) == nil { return false }
            }
            return true
        }
    }

    /// `text.lowercased()` for a simple text, from the table; nil when the text is not simple.
    package static func lowercased(_ text: String) -> String? {
        // ASCII text: upper-case letters shifted, byte for byte (what the loop below does for it).
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            var out = [UInt8](repeating: 0, count: bytes.count)
            for (i, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                out[i] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return String(decoding: out, as: UTF8.self)
        }), let known = ascii { return known }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
                continue
            }
            guard let s = slot(v) else { return nil }
            bytes.append(contentsOf: lowercase[s])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The pieces of a simple text split at single spaces, empty pieces left out (what
    /// `split(separator: " ")` gives for it), at most `limit` of them.
    package static func words(_ text: Substring, limit: Int = .max) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x20 {
                if start < i {
                    out.append(text[start..<i])
                    if out.count == limit { return out }
                }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex && out.count < limit { out.append(text[start..<utf8.endIndex]) }
        return out
    }
}
