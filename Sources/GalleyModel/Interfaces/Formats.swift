// The input and output formats Galley knows (built in or registered), and how file names imply them.
import Foundation

/// A format Galley can read: one of the built-in formats, or one registered with `FormatRegistry`.
public struct InputFormat: NamedFormat, CaseIterable, Hashable, Sendable {
    /// `input`, in error messages.
    public static let role = "input"
    /// The format's name (`text`, `html`, `markdown`, `pandoc-json`, or a registered name).
    public let rawValue: String

    /// Plain text: structure is inferred from the text itself.
    public static let text = InputFormat(known: "text")
    /// An HTML page (main content is extracted unless `wholePage` is set).
    public static let html = InputFormat(known: "html")
    /// CommonMark Markdown.
    public static let markdown = InputFormat(known: "markdown")
    /// Pandoc's JSON AST (`pandoc -t json`); chosen with `--from pandoc-json`, never from a file name.
    public static let pandocJSON = InputFormat(known: "pandoc-json")

    /// The built-in formats (registered ones are not listed).
    public static let allCases: [InputFormat] = [.text, .html, .markdown, .pandocJSON]

    /// The format named `rawValue`, if it is built in or registered.
    public init?(rawValue: String) {
        guard Self.allCases.contains(where: { $0.rawValue == rawValue }) || FormatRegistry.reader(named: rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    init(known name: String) { rawValue = name }

    /// The format a file name's extension implies (built-in extensions first, then registered
    /// ones), or nil when the extension is not known.
    public static func detect(path: String) -> InputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        let fileExtension = String(lower[lower.index(after: dot)...])
        switch fileExtension {
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd", "mkdn": return .markdown
        default: return FormatRegistry.inputFormat(forExtension: fileExtension)
        }
    }

    /// File extensions recognised for this format (without dot).
    public var fileExtensions: [String] {
        switch self {
        case .text: return ["txt", "text"]
        case .html: return ["html", "htm", "xhtml", "shtml"]
        case .markdown: return ["md", "markdown", "mdown", "mkd", "mkdn"]
        case .pandocJSON: return []
        default: return FormatRegistry.reader(named: rawValue)?.fileExtensions ?? []
        }
    }
}

/// A format Galley can write for each input: one of the built-in formats, or one registered with
/// `FormatRegistry`.
public struct OutputFormat: NamedFormat, CaseIterable, Hashable, Sendable {
    /// `output`, in error messages.
    public static let role = "output"
    /// The format's name (`markdown`, `json`, `xhtml`, `pandoc-json`, or a registered name).
    public let rawValue: String

    /// CommonMark with YAML front matter.
    public static let markdown = OutputFormat(known: "markdown")
    /// Galley's JSON document (schema in `schema/galley-document.schema.json`).
    public static let json = OutputFormat(known: "json")
    /// An EPUB 3 XHTML content document.
    public static let xhtml = OutputFormat(known: "xhtml")
    /// Pandoc's JSON AST (`pandoc -f json` reads it), API version `PandocAPI.version`.
    public static let pandocJSON = OutputFormat(known: "pandoc-json")

    /// The built-in formats (registered ones are not listed).
    public static let allCases: [OutputFormat] = [.markdown, .json, .xhtml, .pandocJSON]
    /// The formats written when none are named: Markdown, JSON and XHTML.
    public static let defaults: [OutputFormat] = [.markdown, .json, .xhtml]

    /// The format named `rawValue`, if it is built in or registered.
    public init?(rawValue: String) {
        guard Self.allCases.contains(where: { $0.rawValue == rawValue }) || FormatRegistry.writer(named: rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    init(known name: String) { rawValue = name }

    /// The file extension of outputs in this format (without dot).
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .xhtml: return "xhtml"
        case .pandocJSON: return "pandoc.json"
        default: return FormatRegistry.writer(named: rawValue)?.fileExtension ?? rawValue
        }
    }
}

/// A format known by its name (built in or registered): described, encoded and decoded as that
/// name; decoding fails for a name that is neither built in nor registered.
public protocol NamedFormat: RawRepresentable, Codable, CustomStringConvertible where RawValue == String {
    /// `input` or `output`, in error messages.
    static var role: String { get }
}

extension NamedFormat {
    /// The format's name.
    public var description: String { rawValue }

    /// Decodes a format name; fails for a name neither built in nor registered.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let format = Self(rawValue: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown \(Self.role) format '\(name)'")
        }
        self = format
    }

    /// Encodes the format's name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
