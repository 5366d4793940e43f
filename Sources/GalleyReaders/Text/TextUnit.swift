// The working unit of the text reader: a run of input lines and what the reader decided it is.
import GalleyModel
import GalleySupport

/// A group of input lines (a blank-line separated block, or part of one) on its way to a `Block`.
struct TextUnit: Sendable {
    /// What the unit has been classified as.
    package enum Kind: String, Sendable {
        case paragraph, heading, list, quote, code, rule, table
    }

    /// The current classification.
    var kind: Kind = .paragraph
    /// The lines, right-trimmed, leading white space kept.
    var lines: [String]
    /// The 1-based input line number of each line.
    var numbers: [Int]
    /// Blank lines between this unit and the previous one.
    var blankLinesBefore: Int = 0
    /// How many copies of this line stood in a row in the input (1 when not repeated).
    var repeats: Int = 1
    /// True when a back-link marker such as `(Top)` was stripped from the line.
    var backLink = false
    /// The setext underline character, when the heading was underlined.
    var setext: Character?
    /// The number of `#` marks when the line was written as a Markdown-style heading (`## Notes`).
    var atx: Int?
    /// True when the unit came from a fenced block (always code).
    var fenced = false
    /// The info string of a fenced code block.
    var fenceInfo: String?
    /// The last input line covered, when later than the last kept line (collapsed repeats).
    var spanEnd: Int?
    /// True for a caption (image text) between headings: transparent when headings nest.
    var caption = false
    /// Heading level once assigned.
    var level: Int?
    /// The evidence behind the decision, in the order it was weighed.
    var evidence: [String] = []

    /// The input lines the unit covers.
    var span: SourceSpan {
        SourceSpan(startLine: numbers.first ?? 1, endLine: max(numbers.last ?? 1, spanEnd ?? 0))
    }

    /// The text of a one-line unit, trimmed (the lines joined by spaces otherwise).
    var text: String {
        // (One line: the line itself, trimmed, without building an array to join.)
        lines.count == 1 ? lines[0].trimmedSpaces : lines.map { $0.trimmedSpaces }.joined(separator: " ")
    }

    /// True when the unit is a single line.
    var isSingleLine: Bool { lines.count == 1 }
}
