// Which reader step or pass removed content, as written in a removal record's `stage`.

/// The step that removed content. The raw value is the name written in the JSON output.
public enum RemovalStage: Sendable, Hashable, RawRepresentable, Codable, CustomStringConvertible {
    /// The Markdown reader (`read`): unsafe URLs.
    case read
    /// The text reader's artifact cleanup (`text-reader`).
    case textReader
    /// The HTML reader's tree copy (`html-reader`): elements that have no place in a document.
    case htmlReader
    /// The HTML reader's main-content extraction and block building (`html-extraction`).
    case htmlExtraction
    /// The HTML reader's metadata (`html-metadata`): labels moved into the metadata.
    case htmlMetadata
    /// The HTML reader's guard before parsing (`html-parse-guard`): attributes cut.
    case htmlParseGuard
    /// A pass, by its name (`navigation-artifacts`, `repeated-lines`, or a caller's own pass).
    case pass(String)

    /// The stage with this name; a name that is no reader step is a pass's.
    public init(rawValue: String) {
        switch rawValue {
        case "read": self = .read
        case "text-reader": self = .textReader
        case "html-reader": self = .htmlReader
        case "html-extraction": self = .htmlExtraction
        case "html-metadata": self = .htmlMetadata
        case "html-parse-guard": self = .htmlParseGuard
        default: self = .pass(rawValue)
        }
    }

    /// The name written in removal records.
    public var rawValue: String {
        switch self {
        case .read: "read"
        case .textReader: "text-reader"
        case .htmlReader: "html-reader"
        case .htmlExtraction: "html-extraction"
        case .htmlMetadata: "html-metadata"
        case .htmlParseGuard: "html-parse-guard"
        case .pass(let name): name
        }
    }

    /// The name.
    public var description: String { rawValue }

    /// Decodes the name.
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the name.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
