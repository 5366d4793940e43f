// Turns a pamphlet manifest into a Book: reads every chapter through the readers and passes.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Builds books from manifests: the file-reading half of `galley pamphlet`.
public enum PamphletBuilder {
    /// A book, or the inputs that could not be read.
    public struct Outcome: Sendable {
        /// The book, when every input was read.
        public var book: Book?
        /// One error per input that failed (each names its file).
        public var failures: [GalleyError]
    }

    /// Reads the manifest's chapters, cover and stylesheet and assembles the book.
    /// - Parameters:
    ///   - manifest: the book's manifest (chapters, metadata, cover, stylesheet).
    ///   - options: reading and normalization options (as for `convert`).
    ///   - layout: splitting and contents depth; the manifest's values win when it sets them.
    ///   - sourceDateEpoch: the `SOURCE_DATE_EPOCH` environment value, if any.
    ///   - scope: where chapters, cover, stylesheet and images may be read from; nil: the
    ///     manifest's folder (a manifest read by `PamphletManifest.load`), else each chapter's folder.
    ///   - maxInputBytes: larger chapters, images, covers and stylesheets are refused unread.
    public static func build(_ manifest: PamphletManifest, options: ConversionOptions = ConversionOptions(),
                             layout: BookLayout = BookLayout(), sourceDateEpoch: String? = nil,
                             scope: ReadScope? = nil, maxInputBytes: Int = InputLimits.defaultMaxBytes) -> Outcome {
        let scope = scope ?? manifest.folder.map { ReadScope(folders: [$0]) } ?? ReadScope.around(manifest.chapters.map(\.path))
        var failures: [GalleyError] = []
        var sources: [BookSource] = []
        /// The bytes of a file the book may read, or a failure naming it.
        func contents(_ path: String, bytes: [UInt8]? = nil, stage: GalleyError.Stage, what: String, expecting: BoundedFileReader.Expectation) -> Data? {
            switch scope.verdict(forBytes: bytes ?? Array(path.utf8)) {
            case .missing:
                failures.append(GalleyError(path: path, stage: stage, message: "cannot read the file (missing or not readable)"))
            case .outside(let resolved):
                failures.append(GalleyError(path: path, stage: stage, message: "refused: " + scope.outsideMessage(what, path, resolved: resolved)))
            case .inside(let resolved):
                do { return try BoundedFileReader.read(resolved, limit: maxInputBytes, expecting: expecting) } catch let error as GalleyError {
                    failures.append(error.at(path))
                } catch {
                    failures.append(GalleyError(path: path, stage: stage, message: "\(error)"))
                }
            }
            return nil
        }
        let pipeline = Pipeline(options: options)
        for chapter in manifest.chapters {
            let format = chapter.format ?? InputFormat.detect(path: chapter.path) ?? .text
            guard let data = contents(chapter.path, bytes: chapter.fileSystemPath, stage: .read, what: "the chapter", expecting: .document(format)) else { continue }
            var chapterOptions = options
            chapterOptions.read.source = chapter.path
            do {
                let document = try pipeline.document(from: data, format: format, options: chapterOptions)
                sources.append(BookSource(document: document, path: chapter.path, title: chapter.title, bytes: data))
            } catch let error as GalleyError {
                failures.append(error.path == nil ? error.at(chapter.path) : error)
            } catch {
                failures.append(GalleyError(path: chapter.path, stage: .read, message: "\(error)"))
            }
        }
        var cover: ImageFile?
        if let path = manifest.cover, let data = contents(path, stage: .cover, what: "the cover", expecting: .anyBytes) {
            if let type = ImageMediaType.detect(data) {
                cover = ImageFile(data: data, mediaType: type)
            } else {
                failures.append(GalleyError(path: path, stage: .cover, message: "cannot read a PNG, JPEG, GIF or SVG image here"))
            }
        }
        var stylesheet = DefaultStylesheet.css
        if let name = manifest.stylesheet {
            if let builtIn = BuiltInStylesheets.css(named: name) {
                stylesheet = builtIn
            } else if case .missing = scope.verdict(for: name) {
                failures.append(GalleyError(path: name, stage: .stylesheet, message: "neither a built-in stylesheet (\(BuiltInStylesheets.names.joined(separator: ", "))) nor a readable CSS file"))
            } else if let data = contents(name, stage: .stylesheet, what: "the stylesheet", expecting: .document(.text)) {
                stylesheet = String(decoding: data, as: UTF8.self)
            }
        }
        guard failures.isEmpty else { return Outcome(book: nil, failures: failures) }
        let documents = sources.map(\.document)
        let fields = manifest.metadata
        var authors: [String] = []
        for author in fields.authors.isEmpty ? documents.flatMap(\.metadata.authors) : fields.authors where !authors.contains(author) {
            authors.append(author)
        }
        let title = fields.title ?? (sources.count == 1 ? BookChapters.chapterTitle(sources[0], number: 1) : nil) ?? "Untitled"
        let metadata = BookMetadata(bookFieldsOf: fields, title: title, authors: authors,
                                    language: fields.language ?? documents.lazy.compactMap(\.metadata.language).first ?? "und")
        let modified = BookDate.modified(sourceDateEpoch: sourceDateEpoch, bookDate: fields.published,
                                         inputDates: documents.flatMap { [$0.metadata.modified, $0.metadata.published].compactMap { $0 } })
        let book = Book(metadata: metadata, sources: sources, cover: cover, stylesheet: stylesheet,
                        layout: BookLayout(splitLevel: manifest.splitLevel ?? layout.splitLevel, tocDepth: manifest.tocDepth ?? layout.tocDepth),
                        modified: modified, readScope: scope, maxImageBytes: maxInputBytes)
        return Outcome(book: book, failures: [])
    }
}
