// Code blocks from <pre>: the text verbatim, the language from a `language-`, `lang-` or `highlight-` class.
import Foundation
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// The code block of a `pre` element, or nil when it is empty.
    func codeBlock(_ i: Int) -> CodeBlock? {
        var text = ""
        let end = tree.subtreeEnd(i)
        var j = i + 1
        while j < end {
            if removed[j] { j = tree.subtreeEnd(j); continue }
            switch tree.nodes[j].tag {
            case .text: text += tree.nodes[j].text
            case .br: text += "\n"
            default: break
            }
            j += 1
        }
        if text.hasPrefix("\r\n") { text.removeFirst(2) } else if text.hasPrefix("\n") { text.removeFirst() }
        text = text.replacingCRLF
        guard !text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) else { return nil }
        if !text.hasSuffix("\n") { text += "\n" }
        var language = Self.language(fromClass: tree.attribute(.class, of: i))
        if language == nil, let code = tree.children(of: i).first(where: { tree.nodes[$0].tag == .code }) {
            language = Self.language(fromClass: tree.attribute(.class, of: code))
        }
        if language == nil, tree.nodes[i].parent >= 0 {
            language = Self.language(fromClass: tree.attribute(.class, of: tree.nodes[i].parent))
        }
                return CodeBlock(language: language, text: text)
    }

    /// The language named by a class list: `language-x`, `lang-x`, `highlight-x`, `highlight-source-x`, `brush: x`.
    static func language(fromClass classes: String?) -> String? {
        guard let classes else { return nil }
        let tokens = classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        for token in tokens {
            let lower = token.lowercased()
            for prefix in ["language-", "lang-", "highlight-source-", "highlight-", "brush:"] where lower.hasPrefix(prefix) {
                let name = String(lower.dropFirst(prefix.count))
                if !name.isEmpty, name.count < 40, name.allSatisfy({ $0.isLetter || $0.isNumber || "+#-_.".contains($0) }) { return name }
            }
        }
        if let index = tokens.firstIndex(where: { $0.lowercased() == "brush:" }), index + 1 < tokens.count {
            let name = tokens[index + 1].lowercased().trimmingCharacters(in: [";"])
            if !name.isEmpty, name.count < 40 { return name }
        }
        return nil
    }
}

extension String {
    /// The string with CR LF and lone CR turned into LF.
    var replacingCRLF: String {
        guard contains("\r") else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
