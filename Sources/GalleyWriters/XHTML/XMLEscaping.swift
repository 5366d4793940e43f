// Escaping for XML text and attribute values; characters XML 1.0 forbids are dropped.
import GalleyModel
import GalleySupport

/// XML escaping.
package enum XMLEscaping {
    /// Escapes `&`, `<`, `>` and drops characters not allowed in XML 1.0.
    package static func text(_ s: String) -> String {
        escape(s, quotes: false)
    }

    /// Escapes text for a double-quoted attribute value.
    package static func attribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    /// True for scalars XML 1.0 allows in content.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Bytes that may need a change in text: C0 controls but tab and newline, `&`, `<`, `>`, and
    /// 0xEF (the lead byte of U+FFFE and U+FFFF).
    private static let textBytes: [Bool] = (0..<256).map { b in
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF
    }
    /// `textBytes` plus tab, newline and `"`.
    private static let attributeBytes: [Bool] = (0..<256).map { b in
        textBytes[b] || b == 0x09 || b == 0x0A || b == 0x22
    }

    /// Works on the UTF-8 bytes: every byte that needs a change is ASCII, or starts U+FFFE / U+FFFF
    /// (`EF BF BE`, `EF BF BF`, the only non-ASCII scalars a Swift string holds that XML forbids).
    /// A string needing no change is returned as is, without copying.
    private static func escape(_ s: String, quotes: Bool) -> String {
        var s = s
        let table = quotes ? attributeBytes : textBytes
        let escaped = s.withUTF8 { text in table.withUnsafeBufferPointer { escape(text, quotes: quotes, lookCloser: $0) } }
        return escaped ?? s
    }

    /// The escaped bytes as a string, or nil when nothing needs a change.
    private static func escape(_ text: UnsafeBufferPointer<UInt8>, quotes: Bool, lookCloser: UnsafeBufferPointer<Bool>) -> String? {
        var out: [UInt8] = []
        var runStart = 0
        var i = 0
        let count = text.count
        while i < count {
            let byte = text[i]
            if !lookCloser[Int(byte)] {
                i += 1
                continue
            }
            let replacement: StaticString?
            var width = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22 where quotes: replacement = "&quot;"
            case 0x0A where quotes: replacement = "&#10;"
            case 0x09 where quotes: replacement = "&#9;"
            case 0x0D: replacement = "&#13;"
            case 0x09, 0x0A, 0x20...0x3E:
                i += 1
                continue
            case 0xEF:
                guard i + 2 < count, text[i + 1] == 0xBF, text[i + 2] == 0xBE || text[i + 2] == 0xBF else {
                    i += 1
                    continue
                }
                replacement = nil
                width = 3
            default:
                replacement = nil  // C0 controls other than tab, newline and return
            }
            if out.isEmpty { out.reserveCapacity(count + count / 8 + 16) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i]))
            if let replacement { replacement.withUTF8Buffer { out.append(contentsOf: $0) } }
            i += width
            runStart = i
        }
        if runStart == 0 { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<count]))
        return String(decoding: out, as: UTF8.self)
    }
}
