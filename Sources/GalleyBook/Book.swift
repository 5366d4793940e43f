// The book the EPUB writer packages: metadata, chapters (converted documents), cover and style.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Descriptive metadata of a whole book (the OPF `<metadata>`).
public struct BookMetadata: Sendable, Equatable {
    /// The title (required in the package; "Untitled" when empty).
    public var title: String
    /// A subtitle, shown on the title page and cover.
    public var subtitle: String?
    /// Authors, in order.
    public var authors: [String]
    /// BCP 47 language of the book.
    public var language: String
    /// A unique identifier; nil derives a name-based UUID from the content.
    public var identifier: String?
    /// The publisher.
    public var publisher: String?
    /// Publication date, ISO 8601 (`2024-05-01`).
    public var date: String?
    /// A rights statement.
    public var rights: String?
    /// A short description of the book.
    public var description: String?

    /// Creates book metadata.
    public init(title: String, subtitle: String? = nil, authors: [String] = [], language: String = "en",
                identifier: String? = nil, publisher: String? = nil, date: String? = nil,
                rights: String? = nil, description: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.language = language
        self.identifier = identifier
        self.publisher = publisher
        self.date = date
        self.rights = rights
        self.description = description
    }
}

extension BookMetadata {
    /// Book metadata from a document-style `Metadata`: the fields `MetadataField.bookFields` lists
    /// (`published` is the book's `date`); the title, authors and language are given, since a book
    /// always has them (from the manifest, else from its inputs).
    public init(bookFieldsOf fields: Metadata, title: String, authors: [String], language: String) {
        self.init(title: title, subtitle: fields.subtitle, authors: authors, language: language,
                  identifier: fields.identifier, publisher: fields.publisher, date: fields.published,
                  rights: fields.rights, description: fields.description)
    }
}

/// One input of the book: a converted document and where it came from.
public struct BookSource: Sendable, Equatable {
    /// The document, after the passes.
    public var document: Document
    /// The input path (used to resolve local images and links between inputs), if any.
    public var path: String?
    /// A title that overrides the document's own (manifest `title:` of a chapter).
    public var title: String?
    /// The input bytes, hashed into the derived identifier.
    public var bytes: Data

    /// Creates a source.
    public init(document: Document, path: String? = nil, title: String? = nil, bytes: Data = Data()) {
        self.document = document
        self.path = path
        self.title = title
        self.bytes = bytes
    }
}

/// An image file to package.
public struct ImageFile: Sendable, Equatable {
    /// The bytes.
    public var data: Data
    /// The media type (`image/png`, `image/jpeg`, `image/gif`, `image/svg+xml`).
    public var mediaType: String

    /// Creates an image file.
    public init(data: Data, mediaType: String) {
        self.data = data
        self.mediaType = mediaType
    }
}

/// Everything that decides how the book is laid out.
public struct BookLayout: Sendable, Equatable {
    /// Headings at this level or above start a new chapter file. Default 1: one file per input.
    public var splitLevel: Int
    /// Headings down to this level appear in the table of contents. Default 3.
    public var tocDepth: Int

    /// Creates a layout.
    public init(splitLevel: Int = 1, tocDepth: Int = 3) {
        self.splitLevel = min(6, max(1, splitLevel))
        self.tocDepth = min(6, max(1, tocDepth))
    }
}

/// A book ready to be written as EPUB.
public struct Book: Sendable, Equatable {
    /// Title, authors, language ...
    public var metadata: BookMetadata
    /// The inputs, in reading order.
    public var sources: [BookSource]
    /// The cover image; nil generates an SVG cover with the title.
    public var cover: ImageFile?
    /// The stylesheet to package.
    public var stylesheet: String
    /// Chapter splitting and table-of-contents depth.
    public var layout: BookLayout
    /// The `dcterms:modified` time (also the time stamp of every ZIP entry).
    public var modified: Date
    /// Where local images may be read from; nil: each source's own folder (and below).
    public var readScope: ReadScope?
    /// Larger images are left out unread.
    public var maxImageBytes: Int

    /// Creates a book.
    public init(metadata: BookMetadata, sources: [BookSource], cover: ImageFile? = nil,
                stylesheet: String = DefaultStylesheet.css, layout: BookLayout = BookLayout(),
                modified: Date = Date(timeIntervalSince1970: 315_532_800),
                readScope: ReadScope? = nil, maxImageBytes: Int = InputLimits.defaultMaxBytes) {
        self.metadata = metadata
        self.sources = sources
        self.cover = cover
        self.stylesheet = stylesheet
        self.layout = layout
        self.modified = modified
        self.readScope = readScope
        self.maxImageBytes = maxImageBytes
    }
}
