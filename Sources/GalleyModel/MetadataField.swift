// The one table of metadata fields: Codable, the JSON writer, front matter, the schema test and the book derive from it.

/// One descriptive field of `Metadata`: where it is stored, the key it has in JSON and in front
/// matter, the other names read as it, and whether a book (EPUB/pamphlet) uses it.
///
/// `MetadataField.all` lists every value field, in the order Markdown front matter writes them.
/// The structured `archive` capture, the verbatim `extra` entries and `keyNames` are not value
/// fields: they keep their own code in each place (see `MetadataField.structuredJSONKeys`).
public struct MetadataField: Sendable {
    /// What a field holds; the JSON schema's type of the field follows from it.
    public enum Kind: Sendable, Equatable {
        /// Free text.
        case text
        /// ISO 8601 date or date-time.
        case date
        /// A URL or path.
        case url
        /// A BCP 47 language tag.
        case languageTag
        /// One of the page kinds of the HTML reader's page-type model (an enumeration in the schema).
        case pageType
        /// A list of strings; `splittingCommas` reads one front-matter scalar `a, b` as two items.
        case list(splittingCommas: Bool)

        /// True for `.list`.
        public var isList: Bool {
            if case .list = self { return true }
            return false
        }
    }

    /// Where the value lives in `Metadata`.
    public enum Storage: Sendable {
        /// An optional string.
        case text(WritableKeyPath<Metadata, String?> & Sendable)
        /// A list, empty when unset.
        case list(WritableKeyPath<Metadata, [String]> & Sendable)
    }

    /// The Swift property name, which is also the JSON key (`siteName`).
    public let jsonKey: String
    /// Galley's own front-matter key (`site`).
    public let frontMatterKey: String
    /// Every front-matter key read as this field (lower case), Galley's own first.
    public let frontMatterAliases: [String]
    /// The key other front-matter conventions write (`--front-matter jekyll`: `tags`), where it differs.
    public let styleKeys: [FrontMatterStyle: String]
    /// What the field holds.
    public let kind: Kind
    /// Where it is stored.
    public let storage: Storage
    /// The keys a pamphlet manifest reads as this field (the first is the one its documentation
    /// names); empty when a book does not use it.
    public let bookKeys: [String]
    /// The description the JSON schema gives the field, if any.
    public let summary: String?
    /// The key in pandoc's metadata (JSON AST `meta`), followed by other keys pandoc documents use for it.
    public let pandocKeys: [String]

    /// True when a book (EPUB package, title page, pamphlet manifest) uses the field.
    public var isBookField: Bool { !bookKeys.isEmpty }

    /// The front-matter key this field is written under in `style`.
    public func frontMatterKey(in style: FrontMatterStyle) -> String { styleKeys[style] ?? frontMatterKey }

    /// True when the field has a value in `metadata` (a non-empty list, or a string).
    public func isSet(in metadata: Metadata) -> Bool {
        switch storage {
        case .text(let path): return metadata[keyPath: path] != nil
        case .list(let path): return !metadata[keyPath: path].isEmpty
        }
    }

    /// Copies this field's value from `source` into `target` when it is set there.
    public func copy(from source: Metadata, into target: inout Metadata) {
        switch storage {
        case .text(let path): if let value = source[keyPath: path] { target[keyPath: path] = value }
        case .list(let path): if !source[keyPath: path].isEmpty { target[keyPath: path] = source[keyPath: path] }
        }
    }

    init(_ jsonKey: String, frontMatter: String, aliases: [String] = [], styles: [FrontMatterStyle: String] = [:],
         kind: Kind = .text, _ storage: Storage, book: [String] = [], pandoc: [String]? = nil, summary: String? = nil) {
        self.jsonKey = jsonKey
        self.frontMatterKey = frontMatter
        self.frontMatterAliases = [frontMatter] + aliases
        self.styleKeys = styles
        self.kind = kind
        self.storage = storage
        self.bookKeys = book
        self.summary = summary
        self.pandocKeys = pandoc ?? [frontMatter]
    }
}

extension MetadataField {
    /// Every value field, in front-matter order.
    public static let all: [MetadataField] = [
        MetadataField("title", frontMatter: "title", .text(\.title), book: ["title"]),
        MetadataField("subtitle", frontMatter: "subtitle", .text(\.subtitle), book: ["subtitle"]),
        MetadataField("authors", frontMatter: "author", aliases: ["authors", "creator"], kind: .list(splittingCommas: false),
                      .list(\.authors), book: ["authors", "author", "creator", "creators"]),
        MetadataField("language", frontMatter: "lang", aliases: ["language"], kind: .languageTag, .text(\.language),
                      book: ["language", "lang"], summary: "BCP 47 language tag."),
        MetadataField("published", frontMatter: "date", aliases: ["published"], kind: .date, .text(\.published),
                      book: ["date"], summary: "ISO 8601 date or date-time."),
        MetadataField("modified", frontMatter: "modified", aliases: ["updated", "lastmod", "last_modified_at"],
                      styles: [.jekyll: "last_modified_at", .hugo: "lastmod"], kind: .date, .text(\.modified),
                      summary: "ISO 8601 date or date-time."),
        MetadataField("description", frontMatter: "description", aliases: ["abstract", "summary"],
                      styles: [.pandoc: "abstract"], .text(\.description), book: ["description"], pandoc: ["description", "abstract"]),
        MetadataField("siteName", frontMatter: "site", aliases: ["sitename", "site_name"], .text(\.siteName), pandoc: ["site-name"]),
        MetadataField("pageType", frontMatter: "page-type", aliases: ["pagetype", "page_type"], kind: .pageType, .text(\.pageType),
                      summary: "The kind of page, recognised by the HTML reader's page-type model."),
        MetadataField("publisher", frontMatter: "publisher", .text(\.publisher), book: ["publisher"]),
        MetadataField("rights", frontMatter: "rights", aliases: ["license", "copyright"], .text(\.rights), book: ["rights", "license"]),
        MetadataField("identifier", frontMatter: "identifier", aliases: ["isbn", "uuid"], .text(\.identifier), book: ["identifier", "id"]),
        MetadataField("keywords", frontMatter: "keywords", aliases: ["tags", "subject"], styles: [.jekyll: "tags", .hugo: "tags"],
                      kind: .list(splittingCommas: true), .list(\.keywords), pandoc: ["keywords", "tags"]),
        MetadataField("image", frontMatter: "image", aliases: ["cover", "cover-image"], styles: [.pandoc: "cover-image"],
                      kind: .url, .text(\.image), summary: "Lead image URL or path."),
        MetadataField("url", frontMatter: "url", aliases: ["canonical", "canonical_url"],
                      styles: [.jekyll: "canonical_url", .hugo: "canonical"], kind: .url, .text(\.url), summary: "Canonical URL."),
        MetadataField("source", frontMatter: "source", kind: .url, .text(\.source), summary: "Path or URL the input was read from."),
    ]

    /// The JSON keys of `Metadata` that are not value fields: written by their own code.
    public static let structuredJSONKeys = ["archive", "extra", "keyNames"]

    /// The front-matter key of the structured web-archive capture (written after the value fields).
    public static let archiveFrontMatterKey = "archive"

    /// The field a front-matter key (lower case) is read as, nil for keys Galley has no field for.
    public static func forFrontMatter(_ key: String) -> MetadataField? {
        byFrontMatterAlias[key]
    }

    /// The field a pamphlet manifest key is read as, nil for keys that are not book metadata.
    public static func forBookKey(_ key: String) -> MetadataField? {
        all.first { $0.bookKeys.contains(key) }
    }

    /// The field a pandoc metadata key is read as, nil for keys Galley has no field for.
    public static func forPandoc(_ key: String) -> MetadataField? {
        all.first { $0.pandocKeys.contains(key) }
    }

    /// The fields a book uses.
    public static var bookFields: [MetadataField] { all.filter(\.isBookField) }

    private static let byFrontMatterAlias: [String: MetadataField] = {
        var map: [String: MetadataField] = [:]
        for field in all { for alias in field.frontMatterAliases { map[alias] = field } }
        return map
    }()
}
