// Descriptive metadata of a document: what it is, who made it, where it came from.

/// Descriptive metadata. Every field is optional: readers fill what the input tells.
public struct Metadata: Sendable, Codable, Equatable, Hashable {
    /// The document title.
    public var title: String?
    /// A subtitle, when the input has one.
    public var subtitle: String?
    /// Authors, in the order given.
    public var authors: [String]
    /// BCP 47 language tag, e.g. `en` or `pt-BR`.
    public var language: String?
    /// Publication date, ISO 8601 (`2019-05-02` or `2019-05-02T10:00:00Z`).
    public var published: String?
    /// Last modification date, ISO 8601.
    public var modified: String?
    /// The path or URL the document was read from.
    public var source: String?
    /// The canonical URL of the page, when declared.
    public var url: String?
    /// A short description or summary.
    public var description: String?
    /// The name of the site or publication.
    public var siteName: String?
    /// The lead image (URL or path).
    public var image: String?
    /// The publisher.
    public var publisher: String?
    /// A rights or licence statement.
    public var rights: String?
    /// A unique identifier (URN, ISBN, UUID ...).
    public var identifier: String?
    /// Keywords or subjects.
    public var keywords: [String]
    /// The kind of page (`article`, `forum`, `product`, `collection`, `listing`, `documentation`,
    /// `service`), recognised by the HTML reader's page-type model.
    public var pageType: String?
    /// The web-archive capture the document was read from (a WARC record), when it was.
    public var archive: WARCCapture?
    /// Front-matter entries Galley has no field for, in input order, kept verbatim.
    public var extra: [FrontMatterEntry] = []
    /// The front-matter key each field was read under when it is not Galley's own name
    /// (`keywords` → `tags`), by Galley's front-matter name, so Markdown output writes it back.
    public var keyNames: [String: String] = [:]

    /// Creates metadata; all fields default to empty.
    public init(
        title: String? = nil, subtitle: String? = nil, authors: [String] = [], language: String? = nil,
        published: String? = nil, modified: String? = nil, source: String? = nil, url: String? = nil,
        description: String? = nil, siteName: String? = nil, image: String? = nil, publisher: String? = nil,
        rights: String? = nil, identifier: String? = nil, keywords: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.language = language
        self.published = published
        self.modified = modified
        self.source = source
        self.url = url
        self.description = description
        self.siteName = siteName
        self.image = image
        self.publisher = publisher
        self.rights = rights
        self.identifier = identifier
        self.keywords = keywords
    }

    /// True when no field is set.
    public var isEmpty: Bool { self == Metadata() }
}

extension Metadata {
    /// A JSON key: a field's `jsonKey` or one of `MetadataField.structuredJSONKeys`.
    private struct Key: CodingKey {
        let stringValue: String
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// Encodes every field of `MetadataField.all` (strings when set, lists always), the archive
    /// when set, and `extra` and `keyNames` only when not empty.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for field in MetadataField.all {
            switch field.storage {
            case .text(let path): try c.encodeIfPresent(self[keyPath: path], forKey: Key(field.jsonKey))
            case .list(let path): try c.encode(self[keyPath: path], forKey: Key(field.jsonKey))
            }
        }
        try c.encodeIfPresent(archive, forKey: Key("archive"))
        if !extra.isEmpty { try c.encode(extra, forKey: Key("extra")) }
        if !keyNames.isEmpty { try c.encode(keyNames, forKey: Key("keyNames")) }
    }

    /// Decodes metadata; absent lists decode as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init()
        for field in MetadataField.all {
            switch field.storage {
            case .text(let path): self[keyPath: path] = try c.decodeIfPresent(String.self, forKey: Key(field.jsonKey))
            case .list(let path): self[keyPath: path] = try c.decodeIfPresent([String].self, forKey: Key(field.jsonKey)) ?? []
            }
        }
        archive = try c.decodeIfPresent(WARCCapture.self, forKey: Key("archive"))
        extra = try c.decodeIfPresent([FrontMatterEntry].self, forKey: Key("extra")) ?? []
        keyNames = try c.decodeIfPresent([String: String].self, forKey: Key("keyNames")) ?? [:]
    }
}
