// The document model: one structured value that every reader builds and every writer reads.

/// A whole converted document: its metadata, its blocks, and the account of what passes removed.
///
/// `Document` is a plain value: readers build it, passes transform it, writers render it.
/// No C pointer or reference type ever appears inside it.
public struct Document: Sendable, Codable, Equatable, Hashable {
    /// Title, authors, language, dates, provenance.
    public var metadata: Metadata
    /// The body, in reading order, flat: a heading is followed by the blocks under it. Writers whose
    /// format nests sections (JSON, XHTML, EPUB) build them with `makeSections` when they write.
    public var blocks: [Block]
    /// Content removed on purpose (navigation links, repeated lines, boilerplate), with the reason.
    public var removals: [Removal]
    /// Non-fatal problems met while reading or transforming (e.g. an undecodable byte sequence).
    public var warnings: [String]

    /// Creates a document.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], removals: [Removal] = [], warnings: [String] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.removals = removals
        self.warnings = warnings
    }
}
