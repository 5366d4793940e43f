// Decides an HTML page's character encoding (BOM, declared charset, UTF-8 check) and transcodes it to UTF-8.
import Foundation
import GalleyModel
import GalleySupport

/// Character-encoding detection for HTML pages.
///
/// Order: a byte-order mark decides; then bytes that are valid UTF-8 are read as UTF-8 (a page that
/// is valid UTF-8 but declares Latin-1 is nearly always mislabelled); then the charset declared by
/// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB (Foundation's decoders,
/// then glibc's iconv for GBK, Big5, EUC-KR, KOI8, ISO-8859-n …); then Windows-1252.
/// Invalid bytes never fail: they become U+FFFD, with a warning.
package enum HTMLCharset {
    /// The UTF-8 bytes of a page, the encoding they were decoded from, and any warnings.
    package struct Decoded: Sendable, Equatable {
        /// The page as UTF-8 (without BOM).
        var utf8: [UInt8]
        /// The encoding used, lower case (`utf-8`, `windows-1252`, `utf-16le` ...).
        package var encoding: String
        /// Problems met while decoding.
        var warnings: [String]
    }

    /// Decodes page bytes to UTF-8; `transportCharset` (an HTTP header's) stands in for a
    /// charset the page does not declare.
    package static func decode(_ data: Data, transportCharset: String? = nil) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return utf8Lossy(Array(bytes.dropFirst(3)))
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            let body = Data(bytes.dropFirst(2))
            let text = String(data: body, encoding: little ? .utf16LittleEndian : .utf16BigEndian)
                ?? String(decoding: utf16Units(Array(body), littleEndian: little), as: UTF16.self)
            return Decoded(utf8: Array(text.utf8), encoding: little ? "utf-16le" : "utf-16be", warnings: [])
        }
        if UTF8Validation.isValid(bytes) {
            return Decoded(utf8: bytes, encoding: "utf-8", warnings: [])
        }
        let declared = declaredCharset(bytes) ?? transportCharset
        switch declared.map(canonicalName) {
        case "utf-8"?:
            return utf8Lossy(bytes)
        case nil:
            return Decoded(utf8: Array(TextDecoding.windows1252(bytes).utf8), encoding: "windows-1252", warnings: [TextDecoding.notUTF8Warning])
        case "windows-1252"?:
            return Decoded(utf8: Array(TextDecoding.windows1252(bytes).utf8), encoding: "windows-1252", warnings: [])
        case let name?:
            if let encoding = foundationEncoding(name), let text = String(data: data, encoding: encoding) {
                return Decoded(utf8: Array(text.utf8), encoding: name, warnings: [])
            }
            if let iconvName = IconvDecoding.iconvName(forLabel: name), let decoded = IconvDecoding.utf8(bytes, from: iconvName) {
                let warnings = decoded.invalid == 0 ? [] : ["\(decoded.invalid) byte(s) not valid in the declared charset '\(name)' replaced by U+FFFD"]
                return Decoded(utf8: decoded.utf8, encoding: name, warnings: warnings)
            }
            let fallback = TextDecoding.windows1252(bytes)
            return Decoded(utf8: Array(fallback.utf8), encoding: "windows-1252",
                           warnings: ["declared charset '\(name)' could not be decoded; read as Windows-1252"])
        }
    }

    /// The charset declared in the first 4 KB (`<meta charset>` or `http-equiv` content type), lower case.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var searchFrom = head.startIndex
        while let meta = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            searchFrom = tagEnd
            guard let charset = tag.range(of: "charset") else { continue }
            var rest = tag[charset.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\t" }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// The WHATWG name for common labels (`latin1`, `iso-8859-1`, `ascii` → `windows-1252` ...).
    static func canonicalName(_ label: String) -> String {
        switch label {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1", "cp819":
            return "windows-1252"
        default: return label
        }
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250": return .windowsCP1250
        case "windows-1251": return .windowsCP1251
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "utf-16", "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        default: return nil
        }
    }

    private static func utf8Lossy(_ bytes: [UInt8]) -> Decoded {
        if UTF8Validation.isValid(bytes) {
            return Decoded(utf8: bytes, encoding: "utf-8", warnings: [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Decoded(utf8: Array(text.utf8), encoding: "utf-8", warnings: ["invalid UTF-8 byte sequences replaced by U+FFFD"])
    }

    private static func utf16Units(_ bytes: [UInt8], littleEndian: Bool) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { i in
            littleEndian ? UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]) : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
    }
}
