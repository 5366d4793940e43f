// Inline conversion for the pandoc JSON writer: text split into Str/Space, markup into pandoc nodes.
import GalleyModel
import GalleySupport

/// Inline conversion.
enum PandocInlineWriter {
    static func inlines(_ inlines: [Inline]) -> [PandocValue] {
        var out: [PandocValue] = []
        var pendingText = ""  // adjacent text runs are one run of words for pandoc
        for inline in inlines {
            if case .text(let text) = inline { pendingText += text; continue }
            if !pendingText.isEmpty { appendText(pendingText, to: &out); pendingText = "" }
            append(inline, to: &out)
        }
        if !pendingText.isEmpty { appendText(pendingText, to: &out) }
        return out
    }

    private static func append(_ inline: Inline, to out: inout [PandocValue]) {
        switch inline {
        case .text(let text): appendText(text, to: &out)
        case .emphasis(let c): out.append(.node("Emph", .array(inlines(c))))
        case .strong(let c): out.append(.node("Strong", .array(inlines(c))))
        case .strikethrough(let c): out.append(.node("Strikeout", .array(inlines(c))))
        case .superscript(let c): out.append(.node("Superscript", .array(inlines(c))))
        case .subscript(let c): out.append(.node("Subscript", .array(inlines(c))))
        case .code(let code): out.append(.node("Code", .array([.attr(), .string(code)])))
        case .link(let link):
            out.append(.node("Link", .array([.attr(), .array(inlines(link.content)), .array([.string(link.url), .string(link.title ?? "")])])))
        case .image(let image):
            out.append(.node("Image", .array([.attr(), .array(inlines(image.alt)), .array([.string(image.source), .string(image.title ?? "")])])))
        case .lineBreak: out.append(.node("LineBreak"))
        case .softBreak: out.append(.node("SoftBreak"))
        case .rawHTML(let html): out.append(.node("RawInline", .array([.string("html"), .string(html)])))
        }
    }

    /// Pandoc's words: `Str` without spaces, one `Space` per run of spaces or tabs, `SoftBreak`
    /// for a newline (non-breaking and other spaces stay inside `Str`, as pandoc keeps them).
    static func appendText(_ text: String, to out: inout [PandocValue]) {
        var word = ""
        var pendingBreak: PandocValue?
        func flushWord() {
            if !word.isEmpty { out.append(.node("Str", .string(word))); word = "" }
        }
        for character in text {
            switch character {
            case " ", "\t":
                flushWord()
                if pendingBreak == nil { pendingBreak = .node("Space") }
            case "\n", "\r\n", "\r":
                flushWord()
                pendingBreak = .node("SoftBreak")
            default:
                if let pending = pendingBreak { out.append(pending); pendingBreak = nil }
                word.append(character)
            }
        }
        flushWord()
        if let pending = pendingBreak { out.append(pending) }
    }

    /// Inlines of a plain string (for metadata values).
    static func plain(_ text: String) -> [PandocValue] {
        var out: [PandocValue] = []
        appendText(text, to: &out)
        return out
    }
}
