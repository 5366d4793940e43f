// The records of `--jsonl` streaming: `{"id", "format", "content"}` in, `{"id", "markdown", "json", "xhtml", "error"}` out.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// A record id, echoed back as given: a string, a number, or null.
public enum JSONLinesID: Sendable, Codable, Equatable {
    /// A string id.
    case string(String)
    /// An integer id.
    case integer(Int)
    /// A non-integer number id.
    case number(Double)
    /// No id.
    case null

    /// Decodes any of the id forms.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else { self = .string(try container.decode(String.self)) }
    }

    /// Encodes the id as it was given.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// One input record.
public struct JSONLinesInput: Sendable, Codable, Equatable {
    /// The caller's id, echoed in the output record.
    public var id: JSONLinesID?
    /// `text`, `html` or `markdown` (`md` accepted); when absent, the default format or a guess.
    public var format: String?
    /// The document itself.
    public var content: String?

    /// Creates a record.
    public init(id: JSONLinesID?, format: String?, content: String?) {
        self.id = id
        self.format = format
        self.content = content
    }
}

/// One output record: every key always present, null when not requested or on error.
public struct JSONLinesOutput: Sendable, Codable, Equatable {
    /// The input record's id (null when the line could not be read).
    public var id: JSONLinesID
    /// The Markdown output, when requested.
    public var markdown: String?
    /// The JSON output (a JSON document, as a string), when requested.
    public var json: String?
    /// The XHTML output, when requested.
    public var xhtml: String?
    /// Pandoc's JSON AST (as a string), when requested; the key `pandoc-json` is written only then.
    public var pandocJSON: String?
    /// Why the record could not be converted.
    public var error: String?

    /// Creates a record.
    public init(id: JSONLinesID, markdown: String? = nil, json: String? = nil, xhtml: String? = nil, error: String? = nil) {
        self.id = id
        self.markdown = markdown
        self.json = json
        self.xhtml = xhtml
        self.error = error
    }

    private enum CodingKeys: String, CodingKey { case id, markdown, json, xhtml, pandocJSON = "pandoc-json", error }

    /// Encodes every key, with null for absent values (`pandoc-json` only when requested).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(markdown, forKey: .markdown)
        try container.encode(json, forKey: .json)
        try container.encode(xhtml, forKey: .xhtml)
        try container.encodeIfPresent(pandocJSON, forKey: .pandocJSON)
        try container.encode(error, forKey: .error)
    }
}
