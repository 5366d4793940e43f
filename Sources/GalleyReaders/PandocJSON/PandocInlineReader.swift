// Inline conversion for the pandoc JSON reader: Str/Space runs joined into text, markup mapped.
import GalleyModel
import GalleySupport

/// Inline conversion.
enum PandocInlineReader {
    static func inlines(_ nodes: [Any], context: inout PandocReadContext) -> [Inline] {
        var out: [Inline] = []
        for node in nodes { append(node, to: &out, context: &context) }
        return out
    }

    /// Appends text, joining it to a text run already at the end.
    private static func appendText(_ text: String, to out: inout [Inline]) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + text) } else { out.append(.text(text)) }
    }

    private static func append(_ node: Any, to out: inout [Inline], context: inout PandocReadContext) {
        guard let node = PandocNode.parts(node) else { return }
        let (tag, c) = (node.tag, node.content)
        let parts = PandocNode.array(c)
        func children(_ value: Any?) -> [Inline] { inlines(PandocNode.array(value), context: &context) }
        switch tag {
        case "Str": appendText(PandocNode.string(c), to: &out)
        case "Space": appendText(" ", to: &out)
        case "SoftBreak": out.append(.softBreak)
        case "LineBreak": out.append(.lineBreak)
        case "Emph": out.append(.emphasis(children(c)))
        case "Strong": out.append(.strong(children(c)))
        case "Strikeout": out.append(.strikethrough(children(c)))
        case "Superscript": out.append(.superscript(children(c)))
        case "Subscript": out.append(.subscript(children(c)))
        case "Code" where parts.count == 2: out.append(.code(PandocNode.string(parts[1])))
        case "Link" where parts.count == 3, "Image" where parts.count == 3:
            let target = PandocNode.array(parts[2])
            let url = PandocNode.string(target.first)
            let title = target.count > 1 ? PandocNode.string(target[1]) : ""
            let content = children(parts[1])
            if tag == "Link" {
                out.append(.link(Link(url: url, title: title.isEmpty ? nil : title, content: content)))
            } else {
                out.append(.image(Image(source: url, title: title.isEmpty ? nil : title, alt: content)))
            }
        case "RawInline" where parts.count == 2:
            let format = PandocNode.string(parts[0]).lowercased()
            if format == "html" || format == "html5" { out.append(.rawHTML(PandocNode.string(parts[1]))) } else {
                context.approximate(tag)
                out.append(.code(PandocNode.string(parts[1])))
            }
        case "Span" where parts.count == 2:
            context.approximate(tag)
            for child in children(parts[1]) {
                if case .text(let text) = child { appendText(text, to: &out) } else { out.append(child) }
            }
        case "Quoted" where parts.count == 2:
            let double = PandocNode.parts(parts[0])?.tag == "DoubleQuote"
            appendText(double ? "“" : "‘", to: &out)
            for child in children(parts[1]) {
                if case .text(let text) = child { appendText(text, to: &out) } else { out.append(child) }
            }
            appendText(double ? "”" : "’", to: &out)
        case "Cite" where parts.count == 2, "SmallCaps", "Underline":
            context.approximate(tag)
            for child in children(tag == "Cite" ? parts[1] : c) {
                if case .text(let text) = child { appendText(text, to: &out) } else { out.append(child) }
            }
        case "Math" where parts.count == 2:
            context.approximate(tag)
            out.append(.code(PandocNode.string(parts[1])))
        case "Note":
            context.approximate(tag)
            appendText(" [" + text(of: c as Any) + "]", to: &out)
        default:
            context.approximate(tag)
            appendText(text(of: c as Any), to: &out)
        }
    }

    /// The words of any pandoc value (every `Str`, spaces between), for nodes kept only as text.
    static func text(of value: Any) -> String {
        var words: [String] = []
        collect(value, into: &words)
        return words.joined(separator: " ")
    }

    private static func collect(_ value: Any, into words: inout [String]) {
        if let object = value as? [String: Any] {
            if object["t"] as? String == "Str", let word = object["c"] as? String { words.append(word); return }
            if let content = object["c"] { collect(content, into: &words) }
        } else if let array = value as? [Any] {
            for item in array { collect(item, into: &words) }
        }
    }
}
