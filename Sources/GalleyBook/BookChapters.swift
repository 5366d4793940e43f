// Lays the inputs out as chapter files: titles, images, splitting, unique ids, links, contents.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// A chapter file of the book.
struct ChapterFile: Equatable {
    /// The file name inside the package (`chapter-001.xhtml`).
    var name: String
    /// The `<title>` of the page.
    var title: String
    /// The language of its input.
    var language: String
    /// Its blocks.
    var blocks: [Block]
}

/// The inputs laid out as chapter files, with the table of contents and the images they use.
struct BookChapters {
    var files: [ChapterFile] = []
    var toc: [TOCEntry] = []
    var images: [PackagedImage] = []
    var warnings: [String] = []

    /// Lays out `book`'s sources.
    init(_ book: Book) {
        var collector = ResourceCollector(scope: book.readScope ?? ReadScope.around(book.sources.compactMap(\.path)), maxBytes: book.maxImageBytes)
        var targets = LinkTargets()
        var prepared: [(source: BookSource, title: String, files: [ChapterFile])] = []
        var fileNumber = 0
        var readerWarnings: [String] = []
        for (index, source) in book.sources.enumerated() {
            let title = Self.chapterTitle(source, number: index + 1)
            readerWarnings += source.document.warnings.map { "\(source.path ?? title): \($0)" }
            var document = Self.sectioned(source.document)
            document = Self.retitled(document, title: source.title)
            document = collector.collect(document, inputPath: source.path)
            let chunks = ChapterSplitter.split(document.blocks, level: book.layout.splitLevel)
            let named = (chunks.isEmpty ? [[]] : chunks).map { blocks -> (name: String, blocks: [Block]) in
                fileNumber += 1
                return (String(format: "chapter-%03d.xhtml", fileNumber), blocks)
            }
            let renamed = targets.register(input: index, path: source.path, files: named)
            let language = LanguageTag.wellFormed(document.metadata.language ?? book.metadata.language)
            let files = zip(named, renamed).map { ChapterFile(name: $0.0.name, title: title, language: language, blocks: $0.1) }
            prepared.append((source, title, files))
        }
        var flatTOC: [TOCEntry] = []
        for (index, item) in prepared.enumerated() {
            var entries: [TOCEntry] = []
            var dropped: [String] = []
            for file in item.files {
                var rewriter = LinkRewriter(targets: targets, input: index, inputPath: item.source.path, file: file.name)
                var rewritten = file
                rewritten.blocks = rewriter.rewrite(file.blocks)
                dropped += rewriter.dropped
                if let heading = Self.firstHeadingText(rewritten.blocks) { rewritten.title = heading }
                files.append(rewritten)
                entries += Self.entries(rewritten.blocks, file: file.name, depth: book.layout.tocDepth, top: true)
            }
            if entries.first?.level != 1, let first = item.files.first {
                // The chapter's own entry takes the bare file; its first heading then points at its id
                // (two entries for one target are an NCX error).
                if entries.first?.href == first.name,
                   let anchored = Self.entries(files[files.count - item.files.count].blocks, file: first.name, depth: book.layout.tocDepth, top: false).first,
                   anchored.label == entries[0].label {
                    entries[0] = anchored
                }
                entries.insert(TOCEntry(label: item.title, href: first.name, level: 1), at: 0)
            }
            flatTOC += entries
            if !dropped.isEmpty {
                let label = item.source.path ?? item.title
                let sample = dropped.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                warnings.append("\(label): \(dropped.count) link(s) kept as plain text (their targets are not in the book or not usable in an EPUB) (\(sample)\(dropped.count > 3 ? ", …" : ""))")
            }
        }
        toc = TOCEntry.nest(flatTOC)
        images = collector.images
        warnings = readerWarnings + collector.warnings + warnings
    }

    /// The title of input `number`: manifest title, metadata title, first heading, file name.
    static func chapterTitle(_ source: BookSource, number: Int) -> String {
        if let title = source.title?.foldingWhitespace, !title.isEmpty { return title }
        if let title = source.document.metadata.title?.foldingWhitespace, !title.isEmpty { return title }
        if let heading = firstHeadingText(source.document.blocks) { return heading }
        if let path = source.path ?? source.document.metadata.source {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if !name.isEmpty { return name }
        }
        return "Chapter \(number)"
    }

    /// The document with its blocks nested into sections, which the chapter splitting, the links
    /// between chapters and the table of contents work on.
    static func sectioned(_ document: Document) -> Document {
        var document = document
        document.blocks = makeSections(document.blocks)
        return document
    }

    /// The document with its level-1 heading reading `title` (one is added when it has none).
    static func retitled(_ document: Document, title: String?) -> Document {
        guard let title = title?.foldingWhitespace, !title.isEmpty else { return document }
        var document = document
        var done = false
        document.blocks = document.blocks.map { block in
            guard !done, case .section(var section) = block.kind, section.heading.level == 1 else { return block }
            done = true
            section.heading.content = [.text(title)]
            var copy = block
            copy.kind = .section(section)
            return copy
        }
        if !done {
            var used = UniqueIDs(document.blocks.allBlocks.compactMap { block -> String? in
                if case .section(let s) = block.kind { return s.heading.id }
                return nil
            })
            let id = used.claim(HeadingIDPass.slug(title))
            document.blocks = [Block(.section(Section(heading: Heading(level: 1, id: id, content: [.text(title)]), blocks: document.blocks)))]
        }
        return document
    }

    /// The text of the first heading of `blocks`, if any.
    static func firstHeadingText(_ blocks: [Block]) -> String? {
        for block in blocks.allBlocks {
            if case .section(let s) = block.kind { return nonEmpty(s.heading.content.plainText.foldingWhitespace) }
            if case .heading(let h) = block.kind { return nonEmpty(h.content.plainText.foldingWhitespace) }
        }
        return nil
    }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    /// Table-of-contents entries for the sections of one file, down to `depth`.
    static func entries(_ blocks: [Block], file: String, depth: Int, top: Bool) -> [TOCEntry] {
        var out: [TOCEntry] = []
        var first = top
        for block in blocks {
            guard case .section(let section) = block.kind else { continue }
            if section.heading.level <= depth {
                let label = nonEmpty(section.heading.content.plainText.foldingWhitespace) ?? "Section"
                let href = first || section.heading.id == nil ? file : file + "#" + (section.heading.id ?? "")
                out.append(TOCEntry(label: label, href: href, level: section.heading.level))
            }
            first = false
            out += entries(section.blocks, file: file, depth: depth, top: false)
        }
        return out
    }
}
