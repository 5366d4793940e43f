// The allow-lists that decide what raw HTML may reach XHTML output.
import Foundation
import GalleyModel
import GalleySupport

/// Which elements and attributes of raw HTML survive sanitizing.
enum SafeHTMLPolicy {
    /// Elements kept (with their allowed attributes).
    static let allowed: Set<String> = [
        "p", "div", "span", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small", "mark",
        "code", "pre", "kbd", "samp", "var", "abbr", "cite", "q", "dfn", "blockquote", "br", "hr", "a", "img",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "colgroup", "col", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary",
        "section", "article", "aside", "header", "footer", "address", "time", "bdi", "bdo", "ruby", "rt", "rp", "wbr",
    ]

    /// Elements dropped together with everything inside them.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "select", "option", "optgroup", "textarea", "noscript", "template", "head", "title", "meta", "link", "base",
        "svg", "math", "canvas", "audio", "video", "source", "track", "param", "dialog", "portal",
    ]

    /// HTML5 void elements libxml2 2.9 treats as containers: their "children" are really the
    /// content that follows them, so it is kept.
    static let unknownVoid: Set<String> = ["wbr", "source", "track", "embed", "param", "keygen", "area"]

    /// Elements that never have content (written `<br/>`).
    static let void: Set<String> = ["br", "hr", "img", "wbr", "col"]

    /// Elements allowed inside a paragraph (phrasing content); others are unwrapped there.
    static let phrasing: Set<String> = [
        "span", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small", "mark", "code", "kbd",
        "samp", "var", "abbr", "cite", "q", "dfn", "br", "a", "img", "time", "bdi", "bdo", "ruby", "rt", "rp", "wbr",
    ]

    /// Elements whose content may only be phrasing content (block elements inside are unwrapped).
    static let phrasingOnly: Set<String> = phrasing.union(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "summary"])

    /// Elements that only make sense inside certain parents; elsewhere they are unwrapped.
    static let requiredParents: [String: Set<String>] = [
        "tr": ["table", "thead", "tbody", "tfoot"], "td": ["tr"], "th": ["tr"],
        "thead": ["table"], "tbody": ["table"], "tfoot": ["table"], "caption": ["table"], "colgroup": ["table"],
        "col": ["table", "colgroup"], "li": ["ul", "ol"], "dt": ["dl"], "dd": ["dl"], "figcaption": ["figure"],
        "summary": ["details"], "rt": ["ruby"], "rp": ["ruby"],
    ]

    /// Elements kept even when empty, because the structure around them needs them.
    static let keptEmpty: Set<String> = ["td", "th", "tr", "li", "dd", "dt"]

    /// A URL trimmed and with the characters a URI may not contain percent-encoded.
    private static func uri(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : URIText.sanitized(trimmed)
    }

    /// The value to write for an attribute of an element, or nil to drop it.
    /// Event handlers, `style`, `id`, `class` and anything not listed are always dropped.
    static func attribute(_ name: String, of element: String, value: String) -> String? {
        switch name {
        case "href" where element == "a":
            return SafeURL.isSafe(value) ? uri(value) : nil
        case "src" where element == "img":
            return SafeURL.isSafe(value, forImage: true) ? uri(value) : nil
        case "cite" where element == "blockquote" || element == "q" || element == "del" || element == "ins":
            return SafeURL.isSafe(value) ? uri(value) : nil
        case "alt" where element == "img":
            return value
        case "title", "lang":
            return value
        case "dir" where value == "ltr" || value == "rtl" || value == "auto":
            return value
        case "colspan" where element == "td" || element == "th", "rowspan" where element == "td" || element == "th",
             "start" where element == "ol", "span" where element == "col":
            let trimmed = value.filter { !$0.isWhitespace }
            guard let number = Int(trimmed), (0...1000).contains(number) else { return nil }
            return String(number)
        case "datetime" where element == "time" || element == "del" || element == "ins":
            return value
        default:
            return nil
        }
    }
}
