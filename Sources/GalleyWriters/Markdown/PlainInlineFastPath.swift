// The common case written directly: words, simple links, images and emphasis that no
// CommonMark reader can misread.
import GalleyModel
import GalleySupport

/// Inline content made only of text, plain links (titled or not) and images, simple emphasis
/// (around text or a plain link, or inside a link) and hard line breaks in paragraphs, whose
/// characters carry no Markdown meaning where they stand. Such content is written as it is,
/// with no escaping and no read-back check by cmark. The general path gives the same bytes
/// for it; the test suite checks that, and that cmark reads the result back unchanged.
enum PlainInlineFastPath {
    /// The Markdown for `inlines`, or nil when the general path must decide.
    /// `heading` forbids `#` (a closing sequence of an ATX heading).
    static func markdown(_ inlines: [Inline], heading: Bool) -> String? {
        guard !inlines.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        var previousWasEmphasis = false
        var closedAfterPunctuation = false
        var lineStarts: [Int] = []
        for inline in inlines {
            var isEmphasis = false
            let start = out.count
            switch inline {
            case .text(let text):
                guard appendSafe(text, heading: heading, into: &out) else { return nil }
            case .emphasis(let content), .strong(let content):
                // `*word*` and `**word**` open and close where they stand when the content starts
                // and ends with a letter or digit, or with punctuation that has space or
                // punctuation on its outer side; two in a row could pair up differently.
                // A plain link as the whole content starts with `[` and ends with `)`.
                guard !previousWasEmphasis, content.count == 1 else { return nil }
                let first: Unicode.Scalar, last: Unicode.Scalar
                switch content[0] {
                case .text(let text):
                    guard let textFirst = text.unicodeScalars.first, let textLast = text.unicodeScalars.last else { return nil }
                    (first, last) = (textFirst, textLast)
                case .link: (first, last) = ("[", ")")
                default: return nil
                }
                switch kind(first) {
                case .alphanumeric: break
                case .punctuation: guard [.none, .space, .punctuation].contains(kind(lastScalar(out))) else { return nil }
                case .space, .none: return nil
                }
                switch kind(last) {
                case .alphanumeric: break
                case .punctuation: closedAfterPunctuation = true
                case .space, .none: return nil
                }
                let delimiter: String
                if case .strong = inline { delimiter = "**" } else { delimiter = "*" }
                out.append(contentsOf: delimiter.utf8)
                switch content[0] {
                case .text(let text): guard appendSafe(text, heading: heading, into: &out) else { return nil }
                case .link(let link): guard appendPlainLink(link, heading: heading, into: &out) else { return nil }
                default: return nil
                }
                out.append(contentsOf: delimiter.utf8)
                isEmphasis = true
            case .link(let link):
                guard appendPlainLink(link, heading: heading, into: &out) else { return nil }
            case .image(let image):
                out.append(contentsOf: "![".utf8)
                switch image.alt.count {
                case 0: break
                case 1:
                    guard case .text(let alt) = image.alt[0], appendSafe(alt, heading: heading, into: &out) else { return nil }
                default: return nil
                }
                guard appendTarget(image.source, title: image.title, into: &out) else { return nil }
            case .lineBreak:
                // `\` at a line end; the next line must not start block syntax (checked at the end).
                guard !heading, let last = out.last, last != UInt8(ascii: " "), inline != inlines.last else { return nil }
                out.append(contentsOf: "\\\n".utf8)
                lineStarts.append(out.count)
            default:
                return nil
            }
            if closedAfterPunctuation, !isEmphasis {
                // A closing delimiter after punctuation needs space or punctuation after it.
                guard out.count > start, [.space, .punctuation].contains(kind(firstScalar(out, from: start))) else { return nil }
                closedAfterPunctuation = false
            }
            previousWasEmphasis = isEmphasis
        }
        guard let last = out.last, last != UInt8(ascii: " "), safeStart(out), !hasEntityLookalike(out) else { return nil }
        // (Each line start is judged on its first bytes only, never a copy of the rest of the
        // paragraph: a paragraph of many breaks stays linear. A digit run that long is refused,
        // which only sends the paragraph to the checked path.)
        for start in lineStarts where !safeStart(Array(out[start..<min(out.count, start + lineStartWindow)])) { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `[text](destination)` (or `[text](destination "title")`) for a link whose text
    /// is plain (see `appendLinkText`) and which is not written as an autolink.
    private static func appendPlainLink(_ link: Link, heading: Bool, into out: inout [UInt8]) -> Bool {
        guard link.content.count == 1, MarkdownSyntax.autolink(link) == nil else { return false }
        guard out.last != UInt8(ascii: "!") else { return false }  // "![" would open an image
        out.append(UInt8(ascii: "["))
        guard appendLinkText(link.content[0], heading: heading, into: &out) else { return false }
        return appendTarget(link.url, title: link.title, into: &out)
    }

    /// Appends `](destination)` or `](destination "title")`, the end that links and images share.
    private static func appendTarget(_ destination: String, title: String?, into out: inout [UInt8]) -> Bool {
        out.append(contentsOf: "](".utf8)
        guard appendSafeDestination(destination, into: &out) else { return false }
        if let title {
            out.append(contentsOf: " \"".utf8)
            guard appendSafeTitle(title, into: &out) else { return false }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: ")"))
        return true
    }

    /// Appends a link's text: plain text, or one emphasis or strong around plain text (written
    /// `[*text*](…)`/`[**text**](…)`; the brackets are punctuation on both sides of the delimiters,
    /// so they open and close whenever the text neither starts nor ends with white space).
    private static func appendLinkText(_ content: Inline, heading: Bool, into out: inout [UInt8]) -> Bool {
        let delimiter: String
        let text: String
        switch content {
        case .text(let plain):
            return !plain.isEmpty && appendSafe(plain, heading: heading, into: &out)
        case .emphasis(let inner), .strong(let inner):
            guard inner.count == 1, case .text(let plain) = inner[0],
                  let first = plain.unicodeScalars.first, let last = plain.unicodeScalars.last,
                  [.alphanumeric, .punctuation].contains(kind(first)), [.alphanumeric, .punctuation].contains(kind(last)) else { return false }
            if case .strong = content { delimiter = "**" } else { delimiter = "*" }
            text = plain
        default:
            return false
        }
        out.append(contentsOf: delimiter.utf8)
        guard appendSafe(text, heading: heading, into: &out) else { return false }
        out.append(contentsOf: delimiter.utf8)
        return true
    }

    /// Appends text whose every character is literal anywhere but at a line start.
    private static func appendSafe(_ text: String, heading: Bool, into out: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x80 {
                switch byte {
                case 0..<0x20, 0x7F: return false
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                     UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "~"): return false
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
                     UInt8(ascii: "("), UInt8(ascii: ")"): return false
                default: continue
                }
            }
            out.append(contentsOf: bytes)
            return true
        }
    }

    /// Appends a link title that needs no escapes inside double quotes.
    private static func appendSafeTitle(_ title: String, into out: inout [UInt8]) -> Bool {
        var title = title
        return title.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "\""): return false
                default: continue
                }
            }
            out.append(contentsOf: bytes)
            return true
        }
    }

    /// True when the first character cannot begin block syntax (list, quote, heading, HTML,
    /// code fence, thematic break, indented code): a letter or other non-space character
    /// outside ASCII, safe ASCII punctuation, a link or image, or digits not followed by `.`/`)`.
    /// How many bytes of a line `safeStart` is shown after a hard line break.
    static let lineStartWindow = 64

    private static func safeStart(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x80 {
            guard let scalar = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return false }
            return !scalar.properties.isWhitespace && scalar != "\u{FFFD}"
        }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var i = 0
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i < bytes.count && bytes[i] != UInt8(ascii: ".") && bytes[i] != UInt8(ascii: ")")
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "$"),
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ","),
             UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"):
            return true
        case UInt8(ascii: "*"):  // emphasis opening the paragraph: never a list marker without a space
            return bytes.count > 1 && bytes[1] != UInt8(ascii: " ")
        default: return false
        }
    }

    /// True when an `&` could be read as an entity or character reference (`&name;`, `&#1;`).
    private static func hasEntityLookalike(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&") {
                var j = i + 1
                while j < bytes.count, j - i <= 40, isEntityByte(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";") { return true }
            }
            i += 1
        }
        return false
    }

    private static func isEntityByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "#")
    }

    /// What CommonMark's flanking rules see in a character next to a delimiter run.
    private enum Kind { case none, space, punctuation, alphanumeric }

    private static func kind(_ scalar: Unicode.Scalar?) -> Kind {
        guard let scalar else { return .none }
        if scalar.properties.isWhitespace { return .space }
        if scalar.isASCII {
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? .alphanumeric : .punctuation
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .punctuation  // punctuation to newer CommonMark; neither reading is risked
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        default: return .alphanumeric
        }
    }

    /// The last character of the bytes written so far.
    private static func lastScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var i = bytes.count - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        guard i >= 0 else { return nil }
        return String(decoding: bytes[i...], as: UTF8.self).unicodeScalars.first
    }

    /// The first character written at or after `start`.
    private static func firstScalar(_ bytes: [UInt8], from start: Int) -> Unicode.Scalar? {
        String(decoding: bytes[start..<min(bytes.count, start + 4)], as: UTF8.self).unicodeScalars.first
    }
}
