// Fast trimming of spaces and tabs at the ends of a line (Foundation's trimming bridges to NSString).
import GalleyModel
import GalleySupport

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, no-break spaces), as a String.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].properties.isWhitespace else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
