// SimpleScalars' per-scalar look-ups compiled into this module: `package` functions of another module are never inlined (Swift 6.3), and the text reader's loops called them once per byte.
import GalleyModel
import GalleySupport

/// The slot, flag bits and UTF-8 decoding of `SimpleScalars`, as inlinable code of GalleyReaders.
/// `slot` is `SimpleScalars.slot` (a test compares them on every scalar), `bits` holds the raw
/// values of `SimpleScalars.table`, and a flag test is a bit test of those raw values.
enum ReaderScalars {
    /// `SimpleScalars.table` as raw flag bits.
    static let bits: [UInt16] = SimpleScalars.table.map(\.rawValue)

    static let letter = SimpleScalars.Flags.letter.rawValue
    static let uppercase = SimpleScalars.Flags.uppercase.rawValue
    static let lowercase = SimpleScalars.Flags.lowercase.rawValue
    static let number = SimpleScalars.Flags.number.rawValue
    static let whitespace = SimpleScalars.Flags.whitespace.rawValue
    static let symbol = SimpleScalars.Flags.symbol.rawValue
    static let currency = SimpleScalars.Flags.currency.rawValue
    static let math = SimpleScalars.Flags.math.rawValue
    static let alphabetic = SimpleScalars.Flags.alphabetic.rawValue

    /// `SimpleScalars.slot`: the table slot of a scalar value, nil when the scalar is not simple.
    @inline(__always)
    static func slot(_ v: UInt32) -> Int? {
        if v < 0x300 { return v == 0x0A || v == 0x0D ? nil : Int(v) }
        if v < 0x530 { return v < 0x370 || v == 0x3A3 || v >= 0x483 && v < 0x48A ? nil : Int(v) }
        if v >= 0x2010 && v < 0x2028 { return Int(v - 0x2010) + 0x530 }
        if v >= 0x2030 && v < 0x205F { return Int(v - 0x2030) + 0x548 }
        if v >= 0x20A0 && v < 0x20D0 { return Int(v - 0x20A0) + 0x577 }
        return nil
    }

    /// `SimpleScalars.isSimple` of a String: its bytes read once when it is ASCII.
    @inline(__always)
    static func isSimple(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte == 0x0A || byte == 0x0D { return false }
                    i += 1
                    continue
                }
                let (v, length) = scalar(bytes, at: i)
                if slot(v) == nil { return false }
                i += length
            }
            return true
        }
    }

    /// `SimpleScalars.containsNumber`: a scalar whose flags hold `number` (ASCII: a digit), read from
    /// the bytes in this module (the GalleySupport version walks `unicodeScalars` through a call per scalar).
    static func containsNumber(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let table = bits, numberBit = number
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte >= 0x30 && byte <= 0x39 { return true }
                    i += 1
                    continue
                }
                let (v, length) = scalar(bytes, at: i)
                if let s = slot(v), table[s] & numberBit != 0 { return true }
                i += length
            }
            return false
        }
    }

    /// `SimpleScalars.containsBytes(text, needle)` read in place (that version copies both into arrays).
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        var hay = text, pattern = needle
        return pattern.withUTF8 { p -> Bool in
            guard let first = p.first else { return true }
            return hay.withUTF8 { h -> Bool in
                guard h.count >= p.count else { return false }
                var start = 0
                while start <= h.count - p.count {
                    if h[start] == first {
                        var k = 1
                        while k < p.count && h[start + k] == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// `SimpleScalars.scalars` of a String: its scalar values when every one is simple, nil otherwise.
    static func scalars(_ text: String) -> [UInt32]? {
        var copy = text
        return copy.withUTF8 { bytes -> [UInt32]? in
            var out = [UInt32](repeating: 0, count: bytes.count)
            var count = 0
            var i = 0
            while i < bytes.count {
                let (v, length) = scalar(bytes, at: i)
                if v < 0x80 ? v == 0x0A || v == 0x0D : slot(v) == nil { return nil }
                out[count] = v
                count += 1
                i += length
            }
            out.removeLast(bytes.count - count)
            return out
        }
    }

    /// `UnsafeBufferPointer.utf8Scalar(at:)` (GalleySupport): the scalar value starting at `index`
    /// of valid UTF-8 and its length in bytes; U+FFFD for a sequence cut short by the end.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        let remaining = bytes.count - index
        if b0 < 0xE0, remaining >= 2 { return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F, 2) }
        if b0 < 0xF0, remaining >= 3 {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F, 3)
        }
        if remaining >= 4 {
            return ((b0 & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12 | (UInt32(bytes[index + 2]) & 0x3F) << 6
                | UInt32(bytes[index + 3]) & 0x3F, 4)
        }
        return (0xFFFD, remaining)
    }
}

/// `SimpleScalars.Flags` as a type of this module, so that its tests inline (the raw values are
/// those of `SimpleScalars.Flags`; a test compares them).
struct ReaderFlags {
    let rawValue: UInt16
    @inline(__always) init(rawValue: UInt16) { self.rawValue = rawValue }
    /// `SimpleScalars.flags(v)`: the flags of a scalar, empty when it is not simple.
    @inline(__always) init(_ v: UInt32) { rawValue = ReaderScalars.slot(v).map { ReaderScalars.bits[$0] } ?? 0 }
    /// `OptionSet.contains`.
    @inline(__always) func contains(_ member: ReaderFlags) -> Bool { rawValue & member.rawValue == member.rawValue }

    static var letter: ReaderFlags { ReaderFlags(rawValue: 2) }
    static var uppercase: ReaderFlags { ReaderFlags(rawValue: 4) }
    static var lowercase: ReaderFlags { ReaderFlags(rawValue: 8) }
    static var number: ReaderFlags { ReaderFlags(rawValue: 16) }
    static var whitespace: ReaderFlags { ReaderFlags(rawValue: 32) }
    static var symbol: ReaderFlags { ReaderFlags(rawValue: 64) }
    static var currency: ReaderFlags { ReaderFlags(rawValue: 128) }
    static var math: ReaderFlags { ReaderFlags(rawValue: 256) }
    static var alphabetic: ReaderFlags { ReaderFlags(rawValue: 512) }
}
