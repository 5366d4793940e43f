// Escaping for XML text and attribute values; characters XML 1.0 forbids are dropped.

/// XML escaping.
public enum XMLEscaping {
    /// Escapes `&`, `<`, `>` and drops characters not allowed in XML 1.0.
    public static func text(_ s: String) -> String {
        escape(s, quotes: false)
    }

    /// Escapes text for a double-quoted attribute value.
    public static func attribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    /// True for scalars XML 1.0 allows in content.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\n" where quotes: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where quotes: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isAllowed(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}
