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
    private enum CodingKeys: String, CodingKey {
        case title, subtitle, authors, language, published, modified, source, url, description
        case siteName, image, publisher, rights, identifier, keywords, archive, extra, keyNames, pageType
    }

    /// Encodes every set field; `extra` and `keyNames` only when not empty.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(subtitle, forKey: .subtitle)
        try c.encode(authors, forKey: .authors)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encodeIfPresent(modified, forKey: .modified)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(siteName, forKey: .siteName)
        try c.encodeIfPresent(image, forKey: .image)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try c.encodeIfPresent(rights, forKey: .rights)
        try c.encodeIfPresent(identifier, forKey: .identifier)
        try c.encode(keywords, forKey: .keywords)
        try c.encodeIfPresent(pageType, forKey: .pageType)
        try c.encodeIfPresent(archive, forKey: .archive)
        if !extra.isEmpty { try c.encode(extra, forKey: .extra) }
        if !keyNames.isEmpty { try c.encode(keyNames, forKey: .keyNames) }
    }

    /// Decodes metadata; absent arrays decode as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        title = try c.decodeIfPresent(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        language = try c.decodeIfPresent(String.self, forKey: .language)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        modified = try c.decodeIfPresent(String.self, forKey: .modified)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        siteName = try c.decodeIfPresent(String.self, forKey: .siteName)
        image = try c.decodeIfPresent(String.self, forKey: .image)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        rights = try c.decodeIfPresent(String.self, forKey: .rights)
        identifier = try c.decodeIfPresent(String.self, forKey: .identifier)
        keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        pageType = try c.decodeIfPresent(String.self, forKey: .pageType)
        archive = try c.decodeIfPresent(WARCCapture.self, forKey: .archive)
        extra = try c.decodeIfPresent([FrontMatterEntry].self, forKey: .extra) ?? []
        keyNames = try c.decodeIfPresent([String: String].self, forKey: .keyNames) ?? [:]
    }
}
