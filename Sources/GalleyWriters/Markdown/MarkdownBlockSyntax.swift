// Block syntax cmark's renderer writes in ways that do not round-trip; written here instead.
import Foundation
import GalleyModel
import GalleySupport

/// Code fences and other literal blocks. cmark's renderer writes an indented block or a
/// fence followed by a stray space when there is no info string, and always counts backticks
/// even when it fences with tildes; Galley always fences and picks the fence itself.
enum MarkdownBlockSyntax {
    /// A fenced code block longer than any fence-like run inside it.
    static func fencedCode(_ code: CodeBlock) -> String {
        let info = code.info ?? code.language ?? ""
        let char: Character = info.contains("`") ? "~" : "`"
        var longest = 0, current = 0
        for c in code.text {
            if c == char { current += 1; longest = max(longest, current) } else { current = 0 }
        }
        let fence = String(repeating: char, count: max(3, longest + 1))
        var text = code.text.replacingLineEndings()
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        return fence + escapeInfo(info) + "\n" + text + fence
    }

    /// Backslashes and entity-like `&` in an info string are escaped (cmark decodes entities, then backslashes).
    private static func escapeInfo(_ info: String) -> String {
        let scalars = Array(info.replacingLineEndings().replacingOccurrences(of: "\n", with: " ").unicodeScalars)
        var out = ""
        for (i, c) in scalars.enumerated() {
            if c == "\\" { out += "\\\\" } else if c == "&", MarkdownSyntax.looksLikeEntity(scalars, at: i) { out += "&amp;" } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
