// The common case written directly: words and simple links that no Markdown reader can misread.

/// Inline content made only of text and plain links whose characters carry no Markdown meaning
/// where they stand. Such content is written as it is, with no escaping and no read-back check
/// by cmark (the slow, general path gives the same bytes for it, checked by the test suite).
enum PlainInlineFastPath {
    /// The Markdown for `inlines`, or nil when the general path must decide.
    /// `heading` forbids `#` (a closing sequence of an ATX heading).
    static func markdown(_ inlines: [Inline], heading: Bool) -> String? {
        guard !inlines.isEmpty else { return nil }
        var out: [UInt8] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                guard appendSafe(text, heading: heading, into: &out) else { return nil }
            case .link(let link):
                guard link.title == nil, link.content.count == 1, case .text(let text) = link.content[0],
                      !text.isEmpty, MarkdownSyntax.autolink(link) == nil else { return nil }
                if out.last == UInt8(ascii: "!") { return nil }  // "![" would open an image
                out.append(UInt8(ascii: "["))
                guard appendSafe(text, heading: heading, into: &out) else { return nil }
                out.append(contentsOf: "](".utf8)
                guard appendSafeDestination(link.url, into: &out) else { return nil }
                out.append(UInt8(ascii: ")"))
            default:
                return nil
            }
        }
        guard let first = out.first, let last = out.last, last != UInt8(ascii: " "),
              first == UInt8(ascii: "[") || startsWithLetter(out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends text whose every character is literal anywhere but at a line start.
    private static func appendSafe(_ text: String, heading: Bool, into out: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x80 {
                switch byte {
                case 0..<0x20, 0x7F: return false
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                     UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                     UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"): return false
                case UInt8(ascii: "#") where heading: return false
                default: continue
                }
            }
            if out.last == UInt8(ascii: "!"), bytes.first == UInt8(ascii: "[") { return false }
            out.append(contentsOf: bytes)
            return true
        }
    }

    /// Appends a destination that needs neither angle brackets nor escapes.
    private static func appendSafeDestination(_ url: String, into out: inout [UInt8]) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            for byte in bytes {
                switch byte {
                case 0...0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                     UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "&"): return false
                default: continue
                }
            }
            out.append(contentsOf: bytes)
            return true
        }
    }

    /// True when the bytes start with a letter (any script): never block syntax.
    private static func startsWithLetter(_ bytes: [UInt8]) -> Bool {
        let prefix = bytes.prefix(4)
        guard let scalar = String(decoding: prefix, as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic && scalar.properties.numericType == nil
    }
}
