// Merging text into the last text run in place, so a paragraph built from many pieces costs linear time.
import GalleyModel

extension Array where Element == Inline {
    /// Appends `text` to the last inline when that is text, else adds it as a new text inline.
    /// The run grows in place: `previous + text` would copy the whole run on every append, which
    /// is quadratic for a paragraph made of many small pieces (100,000 spans, cmark text nodes).
    package mutating func appendText(merging text: String) {
        guard case .text(var previous)? = last else {
            append(.text(text))
            return
        }
        self[count - 1] = .lineBreak  // drops the array's reference, so `previous` is unique
        previous += text
        self[count - 1] = .text(previous)
    }
}
