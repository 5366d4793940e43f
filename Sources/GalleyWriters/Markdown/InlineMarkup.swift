// Rendered inline Markdown before escaping: each character is either literal text or syntax.
import GalleyModel
import GalleySupport

/// One character of rendered inline Markdown.
struct InlineChar {
    /// The character.
    var scalar: Unicode.Scalar
    /// True for literal text (the escaper decides whether it needs a backslash); false for syntax.
    var isText: Bool
    /// True for text inside link or image brackets, where unbalanced brackets must be escaped.
    var inBrackets: Bool
}

/// A buffer of inline Markdown under construction.
struct InlineMarkup {
    /// The characters so far.
    var chars: [InlineChar] = []
    /// Emphasis nodes met so far (their numbering, see `EmphasisChoice`).
    var emphasisCount = 0
    /// Where each emphasis node written with delimiters has them.
    var delimiters: [DelimiterSpan] = []

    /// Appends literal text.
    mutating func text(_ s: String, inBrackets: Bool) {
        chars.append(contentsOf: s.unicodeScalars.map { InlineChar(scalar: $0, isText: true, inBrackets: inBrackets) })
    }

    /// Appends syntax, written as is.
    mutating func markup(_ s: String) {
        chars.append(contentsOf: s.unicodeScalars.map { InlineChar(scalar: $0, isText: false, inBrackets: false) })
    }
}
