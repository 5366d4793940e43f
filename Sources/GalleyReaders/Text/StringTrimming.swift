// Fast trimming of spaces and tabs at the ends of a line (Foundation's trimming bridges to NSString).
import GalleyModel
import GalleySupport

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, no-break spaces), as a String.
    var trimmedSpaces: String { StringTrimming.trimmedByScalars(self) }
}

extension String {
    /// `StringProtocol.trimmedSpaces`, the string itself when there is nothing to trim.
    var trimmedSpaces: String {
        StringTrimming.nothingToTrim(utf8) ? self : Substring(self).trimmedSpaces
    }
}

extension Substring {
    /// `StringProtocol.trimmedSpaces`, copied without a scalar loop when there is nothing to trim.
    var trimmedSpaces: String {
        StringTrimming.nothingToTrim(utf8) ? String(self) : StringTrimming.trimmedByScalars(self)
    }
}

/// Byte tests of `trimmedSpaces`, and its scalar loop.
enum StringTrimming {
    /// `text` without the white-space scalars at its ends (the general path of `trimmedSpaces`).
    static func trimmedByScalars<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].properties.isWhitespace else { break }
            end = before
        }
        return String(text[start..<end])
    }

    /// True when the text starts and ends with an ASCII byte that is not white space (an ASCII
    /// byte is a scalar of its own, and its White_Space property is that of the byte).
    @inline(__always)
    static func nothingToTrim<C: BidirectionalCollection>(_ utf8: C) -> Bool where C.Element == UInt8 {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first < 0x80 && last < 0x80 && !isASCIIWhitespace(first) && !isASCIIWhitespace(last)
    }

    /// The ASCII scalars with the Unicode White_Space property: tab, LF, VT, FF, CR and space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte >= 0x09 && byte <= 0x0D
    }
}
