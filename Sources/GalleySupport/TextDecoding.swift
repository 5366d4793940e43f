// Turns input bytes into a String: BOMs, UTF-8, UTF-16, Windows-1252, and binary detection.
import Foundation
import GalleyModel

/// Text decoded from bytes, with the encoding that was used.
package struct DecodedText: Sendable, Equatable {
    /// The decoded text, without BOM.
    package var text: String
    /// The encoding used: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    var encoding: String
    /// Problems met (e.g. invalid bytes replaced by U+FFFD).
    package var warnings: [String]
}

/// Decoding of text inputs. Invalid bytes never crash: they become U+FFFD with a warning.
package enum TextDecoding {
    /// Decodes bytes: a BOM decides; otherwise valid UTF-8 is UTF-8; otherwise the `fallback`
    /// encoding (Windows-1252 unless a declared charset says otherwise).
    /// - Throws: `GalleyError` (stage `decode`) when the bytes look binary.
    package static func decode(_ data: Data, fallback: String.Encoding? = nil) throws -> DecodedText {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(bytes.dropFirst(3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        if let offset = binaryEvidence(bytes) {
            throw binaryInputError(bytes, offset: offset, expected: "text")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8", warnings: [])
        }
        if let fallback, fallback != .utf8, fallback != .windowsCP1252, let text = String(data: data, encoding: fallback) {
            return DecodedText(text: text, encoding: fallback.description, warnings: [])
        }
        if looksMostlyUTF8(bytes) {
            return utf8(bytes[...])
        }
        return DecodedText(text: windows1252(bytes), encoding: "windows-1252", warnings: [notUTF8Warning])
    }

    /// The warning for bytes that are not UTF-8 and carry no byte-order mark nor declared charset:
    /// they are read as Windows-1252 (a superset of Latin-1), which a reader of the output should know.
    package static let notUTF8Warning = "the bytes are not UTF-8 and declare no encoding: read as Windows-1252"

    /// The error for input that is binary: names a compressed file as such (Galley never
    /// decompresses behind the user's back), else the control byte found.
    package static func binaryInputError<C: Collection>(_ bytes: C, offset: Int, expected: String) -> GalleyError where C.Element == UInt8 {
        let head = Array(bytes.prefix(4))
        let compressed: String? = head.starts(with: [0x1F, 0x8B]) ? "gzip" : head.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? "zip" :
            head.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) ? "zstd" : head.starts(with: [0x42, 0x5A, 0x68]) ? "bzip2" : nil
        if let compressed {
            return GalleyError(stage: .decode, message: "this is a \(compressed)-compressed file, not \(expected); decompress it first (e.g. gunzip -k for .gz)")
        }
        let byte = Array(bytes.dropFirst(offset).prefix(1)).first ?? 0
        return GalleyError(stage: .decode, message: "this looks like a binary file, not \(expected) (control byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset)); Galley reads text, HTML and Markdown")
    }

    /// The offset of a byte that marks the data as binary (NUL, or many control bytes), if any.
    package static func binaryEvidence(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { binaryEvidence($0) }
    }

    /// `binaryEvidence` over a buffer: the first NUL of the first 64 KB, else the first control
    /// byte when control bytes (other than tab, line breaks, form feed and escape) exceed 2 %.
    package static func binaryEvidence(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = min(bytes.count, 65536)
        guard let base = bytes.baseAddress, count > 0 else { return nil }
        if let nul = memchr(base, 0, count) { return UnsafeRawPointer(nul) - UnsafeRawPointer(base) }
        var controls = 0
        var i = 0
        while i < count {
            // Eight bytes at a time while none is below 0x20 (exact test: no byte below 0x20 is missed).
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let end = min(i + 8, count)
            while i < end {
                let b = base[i]
                controls &+= b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B ? 1 : 0
                i += 1
            }
        }
        guard controls * 50 > count else { return nil }
        return (0..<count).first { i in
            let b = base[i]
            return b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B
        }
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8", warnings: [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let bad = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        return DecodedText(text: text, encoding: "utf-8", warnings: ["\(bad) invalid UTF-8 byte sequence(s) replaced by U+FFFD"])
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("odd number of bytes in UTF-16 input; last byte ignored") }
        let text = String(decoding: units, as: UTF16.self)
        if String(validating: units, as: UTF16.self) == nil {
            warnings.append("invalid UTF-16 sequences replaced by U+FFFD")
        }
        return DecodedText(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be", warnings: warnings)
    }

    /// True when most non-ASCII sequences are valid UTF-8 (a UTF-8 file with a few bad bytes).
    private static func looksMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return valid > 0 && valid >= invalid * 4
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 controls, as browsers do).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes Windows-1252 (a superset of ISO-8859-1 for printable text).
    package static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
