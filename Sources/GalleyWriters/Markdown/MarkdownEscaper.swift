// Context-aware escaping of literal text in inline Markdown: a backslash only where it matters.
import GalleyModel
import GalleySupport

/// Decides, character by character, which literal text needs a backslash (or an entity) so
/// that cmark reads it back as the same text. `light` escapes only where a character could
/// start or end CommonMark syntax in its context; `heavy` escapes every special character.
struct MarkdownEscaper {
    /// The place being written (block-start rules apply only to paragraphs).
    var context: MarkdownInlineRenderer.Context
    /// Escape every Markdown-special character instead of only the ambiguous ones.
    var heavy: Bool

    /// The Markdown text for `markup`, with the escapes applied.
    func escape(_ markup: InlineMarkup) -> String {
        let chars = markup.chars
        var marks = EscapeMarks(count: chars.count)
        let s = chars.map(\.scalar)
        lineRules(chars, s, &marks)
        characterRules(chars, s, &marks)
        DelimiterRuns.mark(chars, s, heavy: heavy, &marks)
        var out = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0, s[i - 1] == "\n", c.scalar == "<", !c.isText, marks.entity[i - 1] == nil, context == .paragraph {
                // Raw HTML opening a continuation line could start an HTML block; indented by four
                // it cannot, and a paragraph drops a continuation line's indentation.
                out.append(contentsOf: "    ".unicodeScalars)
            }
            if let entity = marks.entity[i] {
                out.append(contentsOf: entity.unicodeScalars)
            } else {
                if marks.backslash[i] { out.append("\\") }
                out.append(c.scalar)
            }
        }
        return String(out)
    }

    /// Rules at the start and end of each output line.
    private func lineRules(_ chars: [InlineChar], _ s: [Unicode.Scalar], _ marks: inout EscapeMarks) {
        var start = 0
        while start <= s.count {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            if start < end { lineStart(chars, s, start, end, &marks) }
            if start < end, chars[end - 1].isText, s[end - 1] == " " || s[end - 1] == "\t" {
                marks.entity[end - 1] = s[end - 1] == " " ? "&#32;" : "&#9;"
            }
            start = end + 1
        }
        if context == .atxHeading, s.last == "#" {
            var run = s.count - 1
            while run > 0, s[run - 1] == "#" { run -= 1 }
            if chars[run].isText, run == 0 || s[run - 1] == " " || s[run - 1] == "\t" { marks.backslash[run] = true }
        }
    }

    private func lineStart(_ chars: [InlineChar], _ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ marks: inout EscapeMarks) {
        guard chars[start].isText else { return }
        let c = s[start]
        if c == " " || c == "\t" {
            marks.entity[start] = c == " " ? "&#32;" : "&#9;"
            return
        }
        guard context == .paragraph else { return }
        let line = Array(s[start..<end])
        func after(_ k: Int) -> Unicode.Scalar? { k < line.count ? line[k] : nil }
        func isBlankOrEnd(_ k: Int) -> Bool { after(k).map { $0 == " " || $0 == "\t" } ?? true }
        var escape = false
        switch c {
        case "#":
            let hashes = line.prefix { $0 == "#" }.count
            escape = heavy || (hashes <= 6 && isBlankOrEnd(hashes))
        case ">": escape = true
        case "-", "+", "*":
            escape = heavy || isBlankOrEnd(1) || Self.isThematicBreak(line) || (c == "-" && Self.isUnderline(line, "-"))
        case "_": escape = heavy || Self.isThematicBreak(line)
        case "=": escape = Self.isUnderline(line, "=")
        case "`", "~": escape = line.prefix { $0 == c }.count >= 3
        case "<": escape = after(1).map { $0.isASCIILetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
        case "[": escape = start == 0 && zip(line, line.dropFirst()).contains { $0 == "]" && $1 == ":" }
        case "0"..."9":
            let digits = line.prefix { ("0"..."9").contains($0) }.count
            if digits <= 9, let delimiter = after(digits), delimiter == "." || delimiter == ")", isBlankOrEnd(digits + 1),
               chars[start + digits].isText {
                marks.backslash[start + digits] = true
            }
        default: break
        }
        if escape { marks.backslash[start] = true }
    }

    /// True for a line of three or more `-`, `*` or `_` (the same one) and spaces.
    static func isThematicBreak(_ line: [Unicode.Scalar]) -> Bool {
        guard let c = line.first, c == "-" || c == "*" || c == "_" else { return false }
        return line.allSatisfy { $0 == c || $0 == " " || $0 == "\t" } && line.filter { $0 == c }.count >= 3
    }

    /// True for a setext underline: one or more `c`, then only spaces.
    static func isUnderline(_ line: [Unicode.Scalar], _ c: Unicode.Scalar) -> Bool {
        let marks = line.prefix { $0 == c }.count
        return marks > 0 && line.dropFirst(marks).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Rules for single characters anywhere in the text.
    private func characterRules(_ chars: [InlineChar], _ s: [Unicode.Scalar], _ marks: inout EscapeMarks) {
        var closingAngleAfter = [Bool](repeating: false, count: s.count + 1)
        for i in stride(from: s.count - 1, through: 0, by: -1) { closingAngleAfter[i] = closingAngleAfter[i + 1] || s[i] == ">" }
        let backtickRuns = s.indices.filter { s[$0] == "`" && ($0 == 0 || s[$0 - 1] != "`") }.count
        for i in s.indices where chars[i].isText {
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            var escape = false
            switch s[i] {
            case "\\": escape = heavy || next.map { $0.isASCIIPunctuation || $0 == "\n" } ?? true
            case "`": escape = heavy || backtickRuns > 1
            case "[": escape = heavy || chars[i].inBrackets
            case "]": escape = heavy || chars[i].inBrackets || next == "("
            case "!": escape = next == "[" && (heavy || i + 1 < s.count && !chars[i + 1].isText)
            case "<":
                escape = heavy || (next.map { $0.isASCIILetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false) && closingAngleAfter[i + 1]
            case ">": escape = heavy && context == .paragraph && i > 0 && s[i - 1] == "\n"
            case "&": escape = MarkdownSyntax.looksLikeEntity(s, at: i)
            case "|": escape = context == .tableCell
            case "\n":
                if context != .paragraph || i == 0 || i + 1 == s.count || s[i - 1] == "\n" || s[i + 1] == "\n" { marks.entity[i] = "&#10;" }
            default: break
            }
            if escape { marks.backslash[i] = true }
        }
    }
}

/// Per-character decisions: a backslash before it, or an entity instead of it.
struct EscapeMarks {
    /// Put a backslash before the character.
    var backslash: [Bool]
    /// Write this entity instead of the character.
    var entity: [String?]

    /// No escapes yet for `count` characters.
    init(count: Int) {
        backslash = Array(repeating: false, count: count)
        entity = Array(repeating: nil, count: count)
    }
}
