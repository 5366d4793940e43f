// Writes a Book as an EPUB 3 file: chapters via XHTMLWriter, plus package, nav, NCX, cover, zip.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// The result of writing a book.
public struct EPUBOutput: Sendable, Equatable {
    /// The EPUB file's bytes.
    public var data: Data
    /// Non-fatal problems (remote images not fetched, links to targets outside the book ...).
    public var warnings: [String]
    /// The book's identifier, as written in the package.
    public var identifier: String
    /// The files inside the ZIP, in order.
    public var entries: [String]
}

/// Writes EPUB 3 books. The chapters are rendered by `XHTMLWriter`; this adds the package.
public struct EPUBWriter {
    /// Creates the writer.
    public init() {}

    /// The EPUB of `book`; the same book always gives the same bytes.
    public func write(_ book: Book) throws -> EPUBOutput {
        var metadata = book.metadata
        if metadata.title.foldingWhitespace.isEmpty { metadata.title = "Untitled" }
        metadata.language = LanguageTag.wellFormed(metadata.language)
        let identifier = metadata.identifier.flatMap { $0.isEmpty ? nil : $0 } ?? Self.derivedIdentifier(book)
        let chapters = BookChapters(book)
        let writer = XHTMLWriter()

        var files: [(path: String, data: Data)] = []
        var items: [PackageDocument.Item] = []
        func add(_ id: String, _ href: String, _ type: String, _ data: Data, properties: String? = nil, spine: Bool = false) {
            files.append(("EPUB/" + href, data))
            items.append(PackageDocument.Item(id: id, href: href, mediaType: type, properties: properties, spine: spine))
        }
        let xhtml = "application/xhtml+xml"
        var warnings: [String] = []
        var cover = CoverPage.svg(metadata)
        if let given = book.cover {
            if given.mediaType == ImageMediaType.svg {
                let (clean, problems) = SVGSanitizer.sanitize(given.data)
                warnings += problems.map { "the cover image: \($0)" }
                if let clean { cover = ImageFile(data: clean, mediaType: given.mediaType) } else {
                    warnings.append("the cover image is not a well-formed SVG image without entity declarations; a generated cover is used instead")
                }
            } else {
                cover = given
            }
        }
        let coverHref = CoverPage.imageHref(cover)
        add("cover", CoverPage.fileName, xhtml, Data(CoverPage.render(metadata, imageHref: coverHref).utf8), spine: true)
        add("title-page", TitlePage.fileName, xhtml, Data(TitlePage.render(metadata).utf8), spine: true)
        var landmarks = [
            NavDocument.Landmark(type: "cover", href: CoverPage.fileName, label: "Cover"),
            NavDocument.Landmark(type: "titlepage", href: TitlePage.fileName, label: "Title page"),
            NavDocument.Landmark(type: "toc", href: NavDocument.fileName + "#toc", label: "Contents"),
        ]
        if let first = chapters.files.first {
            landmarks.append(NavDocument.Landmark(type: "bodymatter", href: first.name, label: "Start of content"))
        }
        let toc = chapters.toc.isEmpty && !chapters.files.isEmpty
            ? [TOCEntry(label: metadata.title, href: chapters.files[0].name, level: 1)] : chapters.toc
        let nav = NavDocument.render(title: metadata.title, language: metadata.language, toc: toc, landmarks: landmarks)
        add("nav", NavDocument.fileName, xhtml, Data(nav.utf8), properties: "nav", spine: true)
        for (n, chapter) in chapters.files.enumerated() {
            let page = XHTMLPage.render(title: chapter.title, language: chapter.language,
                                        bodyAttributes: " class=\"chapter\"", body: writer.body(chapter.blocks))
            add(String(format: "chapter-%03d", n + 1), chapter.name, xhtml, Data(page.utf8), spine: true)
        }
        add("style", XHTMLPage.stylesheetHref, "text/css", Data(book.stylesheet.utf8))
        add(CoverPage.imageID, coverHref, cover.mediaType, cover.data, properties: "cover-image")
        for image in chapters.images { add(image.id, image.href, image.file.mediaType, image.file.data) }
        let ncx = NCXDocument.render(identifier: identifier, title: metadata.title, authors: metadata.authors, toc: toc)
        add("ncx", NCXDocument.fileName, "application/x-dtbncx+xml", Data(ncx.utf8))

        let accessibility = PackageDocument.Accessibility(
            hasImages: !chapters.images.isEmpty,
            imagesDescribed: chapters.files.allSatisfy { Self.everyImageHasAlternativeText($0.blocks) })
        let opf = PackageDocument.render(metadata: metadata, identifier: identifier, modified: BookDate.w3cdtf(book.modified),
                                         items: items, accessibility: accessibility, coverImageID: CoverPage.imageID)

        var zip = ZipWriter(date: book.modified)
        try zip.add("mimetype", Data("application/epub+zip".utf8), compress: false)
        try zip.add("META-INF/container.xml", Data(ContainerDocument.xml.utf8))
        try zip.add(ContainerDocument.packagePath, Data(opf.utf8))
        for file in files { try zip.add(file.path, file.data) }
        let entries = ["mimetype", "META-INF/container.xml", ContainerDocument.packagePath] + files.map(\.path)
        return EPUBOutput(data: zip.finish(), warnings: warnings + chapters.warnings, identifier: identifier, entries: entries)
    }

    /// True when every image (figure or inline) in `blocks` has alternative text.
    static func everyImageHasAlternativeText(_ blocks: [Block]) -> Bool {
        var described = true
        for block in blocks {
            if case .figure(let figure) = block.kind, figure.image.alt.plainText.foldingWhitespace.isEmpty { described = false }
            _ = block.rewritingInlines { node in
                if case .image(let image) = node, image.alt.plainText.foldingWhitespace.isEmpty { described = false }
                return [node]
            }
        }
        return described && blocks.allSatisfy { everyImageHasAlternativeText($0.childSequences.flatMap { $0 }) }
    }

    /// `urn:uuid:` + the name-based UUID of the title, authors and every input's bytes.
    public static func derivedIdentifier(_ book: Book) -> String {
        var name = Data("galley-book\u{0}\(book.metadata.title)\u{0}\(book.metadata.authors.joined(separator: "\u{1}"))\u{0}".utf8)
        for source in book.sources {
            name.append(Data(SHA1.hash(source.bytes.isEmpty ? Data(String(describing: makeSections(source.document.blocks)).utf8) : source.bytes)))
        }
        return "urn:uuid:" + NameBasedUUID.uuid(name: name)
    }
}
