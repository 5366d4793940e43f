// Options for reading, normalizing and writing, each with a documented default.

/// How inputs are read.
public struct ReadOptions: Sendable, Equatable, Hashable, Codable {
    /// The path or URL the input came from (recorded as provenance in the metadata).
    public var source: String?
    /// HTML: keep the whole page instead of extracting the main content. Default `false`.
    public var wholePage: Bool
    /// HTML: on a page judged a forum thread, keep every post of the thread the extraction chose
    /// from, each with its author and time line (the model alone may drop late replies). Default `false`.
    public var wholeThreads: Bool
    /// Text: infer headings and other structure. Default `true`; `false` keeps only paragraphs.
    public var inferStructure: Bool
    /// Text: a marker that always denotes a heading, e.g. `#` or `==`; nil lets Galley infer.
    public var headingMarker: String?
    /// HTML: the charset the transport declared (an HTTP `Content-Type`), used when the page
    /// declares none. Default nil.
    public var transportCharset: String?

    /// Creates read options with the defaults.
    public init(source: String? = nil, wholePage: Bool = false, wholeThreads: Bool = false, inferStructure: Bool = true, headingMarker: String? = nil) {
        self.source = source
        self.wholePage = wholePage
        self.wholeThreads = wholeThreads
        self.inferStructure = inferStructure
        self.headingMarker = headingMarker
    }

    private enum CodingKeys: String, CodingKey {
        case source, wholePage, wholeThreads, inferStructure, headingMarker, transportCharset
    }

    /// Reads options; `wholeThreads` may be absent (options written before it existed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        wholePage = try c.decode(Bool.self, forKey: .wholePage)
        wholeThreads = try c.decodeIfPresent(Bool.self, forKey: .wholeThreads) ?? false
        inferStructure = try c.decode(Bool.self, forKey: .inferStructure)
        headingMarker = try c.decodeIfPresent(String.self, forKey: .headingMarker)
        transportCharset = try c.decodeIfPresent(String.self, forKey: .transportCharset)
    }

    /// Writes options; `wholeThreads` only when set, so the options of a run without it encode (and
    /// hash, in a batch manifest) exactly as before the flag existed and no output goes stale.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(wholePage, forKey: .wholePage)
        if wholeThreads { try c.encode(wholeThreads, forKey: .wholeThreads) }
        try c.encode(inferStructure, forKey: .inferStructure)
        try c.encodeIfPresent(headingMarker, forKey: .headingMarker)
        try c.encodeIfPresent(transportCharset, forKey: .transportCharset)
    }
}

/// How documents are written.
public struct WriteOptions: Sendable, Equatable, Hashable, Codable {
    /// XHTML: the stylesheet href linked from each content document. Default `galley.css`.
    public var stylesheetHref: String?
    /// Markdown: write the metadata as YAML front matter. Default `true`.
    public var frontMatter: Bool
    /// JSON: pretty-print. Default `true`.
    public var prettyJSON: Bool
    /// Markdown: whose front-matter field names to use; nil is `.galley` (the input's own names kept).
    public var frontMatterStyle: FrontMatterStyle?

    /// Creates write options with the defaults.
    public init(stylesheetHref: String? = "galley.css", frontMatter: Bool = true, prettyJSON: Bool = true, frontMatterStyle: FrontMatterStyle? = nil) {
        self.frontMatterStyle = frontMatterStyle
        self.stylesheetHref = stylesheetHref
        self.frontMatter = frontMatter
        self.prettyJSON = prettyJSON
    }
}

/// Everything that decides a conversion's output (hashed by batch runs to detect stale outputs).
public struct ConversionOptions: Sendable, Equatable, Hashable, Codable {
    /// Reading options.
    public var read: ReadOptions
    /// Metadata that overrides what the input says (`-M key=value`, `--metadata-file`): its set
    /// fields replace the document's, its `extra` entries replace or join the document's. Default nil.
    public var metadataOverrides: Metadata?
    /// Run the normalization passes. Default `true`.
    public var normalize: Bool
    /// Writing options.
    public var write: WriteOptions

    /// Creates conversion options with the defaults.
    public init(read: ReadOptions = ReadOptions(), normalize: Bool = true, write: WriteOptions = WriteOptions()) {
        self.read = read
        self.normalize = normalize
        self.write = write
    }
}
