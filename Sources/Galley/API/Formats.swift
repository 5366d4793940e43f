// The input and output formats Galley knows, and how they are recognised from file names.

/// A format Galley can read.
public enum InputFormat: String, CaseIterable, Sendable, Codable {
    /// Plain text: structure is inferred from the text itself.
    case text
    /// An HTML page (main content is extracted unless `wholePage` is set).
    case html
    /// CommonMark Markdown.
    case markdown
    /// Pandoc's JSON AST (`pandoc -t json`); chosen with `--from pandoc-json`, never from a file name.
    case pandocJSON = "pandoc-json"

    /// The format a file name's extension implies, or nil when the extension is not known.
    public static func detect(path: String) -> InputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd", "mkdn": return .markdown
        default: return nil
        }
    }

    /// File extensions recognised for this format (without dot).
    public var fileExtensions: [String] {
        switch self {
        case .text: return ["txt", "text"]
        case .html: return ["html", "htm", "xhtml", "shtml"]
        case .markdown: return ["md", "markdown", "mdown", "mkd", "mkdn"]
        case .pandocJSON: return []
        }
    }
}

/// A format Galley can write for each input.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    /// CommonMark with YAML front matter.
    case markdown
    /// Galley's JSON document (schema in `schema/galley-document.schema.json`).
    case json
    /// An EPUB 3 XHTML content document.
    case xhtml
    /// Pandoc's JSON AST (`pandoc -f json` reads it), API version `PandocAPI.version`.
    case pandocJSON = "pandoc-json"

    /// The formats written when none are named: Markdown, JSON and XHTML.
    public static let defaults: [OutputFormat] = [.markdown, .json, .xhtml]

    /// The file extension of outputs in this format (without dot).
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .xhtml: return "xhtml"
        case .pandocJSON: return "pandoc.json"
        }
    }
}
