// `galley pamphlet`: several inputs (or a manifest) in, one EPUB 3 book out.
import ArgumentParser
import Foundation
import Galley

struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make one EPUB 3 book from several text, HTML and Markdown inputs.",
        discussion: """
        Each input becomes one or more chapters, in the order given (folders are walked in sorted order). \
        The book gets a cover (generated from the title unless --cover is given), a title page, a table \
        of contents (nav.xhtml and toc.ncx) and a stylesheet (built in: \(BuiltInStylesheets.names.joined(separator: ", "))).

          galley pamphlet intro.md essay.html notes.txt --out book.epub --title "A Reader" --author "A. Author"
          galley pamphlet --manifest pamphlet.yml --out book.epub

        The same inputs always give the same bytes: dcterms:modified and the ZIP time stamps come from \
        SOURCE_DATE_EPOCH when set, else from the book's date, else from the inputs' dates, else \
        1980-01-01 (never from the clock). Command-line options override the manifest's values.

        The book reads only what it is given: chapters, images, cover and stylesheet must lie inside \
        the manifest's folder (or the folders of the inputs named), links resolved; anything else \
        (../x.png, /abs/x.png, file://, a link leading out) is refused with a message unless \
        --allow-outside FOLDER names a folder holding it. SVG images are sanitised (scripts, event \
        handlers, foreign objects and external references removed).

        If any input cannot be read, no book is written and the exit code is 1.
        """
    )

    @Argument(help: ArgumentHelp("Input files or folders, in reading order.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("A YAML manifest (title, authors, chapters, ...); its paths are relative to it.", valueName: "file"))
    var manifest: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The EPUB to write (default: the title as a file name, in the current folder).", valueName: "file"))
    var out: String?

    @Option(name: .long, help: "Book title (default: the manifest's, or the title of a single input).")
    var title: String?

    @Option(name: .long, help: "Subtitle.")
    var subtitle: String?

    @Option(name: .long, help: ArgumentHelp("An author; repeat for several.", valueName: "name"))
    var author: [String] = []

    @Option(name: .long, help: ArgumentHelp("BCP 47 language, e.g. en or pt-BR (default: the first input's, else 'und').", valueName: "tag"))
    var language: String?

    @Option(name: .long, help: "Identifier, e.g. urn:isbn:… (default: a UUID derived from the content).")
    var identifier: String?

    @Option(name: .long, help: "Publisher.")
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("Publication date, ISO 8601.", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(name: .long, help: "Rights statement.")
    var rights: String?

    @Option(name: .long, help: ArgumentHelp("Cover image (PNG, JPEG, GIF or SVG); default: a generated SVG cover.", valueName: "image"))
    var cover: String?

    @Option(name: .long, help: ArgumentHelp("A built-in stylesheet name (\(BuiltInStylesheets.names.joined(separator: ", "))) or a CSS file.", valueName: "css"))
    var stylesheet: String?

    @Option(name: .long, help: ArgumentHelp("Headings at this level or above start a new chapter file (1–6, default 1: one file per input).", valueName: "n"))
    var splitLevel: Int?

    @Option(name: .long, help: ArgumentHelp("Headings down to this level appear in the table of contents (1–6, default 3).", valueName: "n"))
    var tocDepth: Int?

    @Option(name: .long, help: ArgumentHelp("A folder outside the manifest's (or the inputs') folders that chapters, images, cover and stylesheet may be read from; repeat for several.", valueName: "folder"))
    var allowOutside: [String] = []

    @Flag(name: .long, help: "Follow symbolic links under input folders even when they lead outside them (never in loops).")
    var followSymlinks = false

    @OptionGroup(title: "Reading")
    var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if manifest == nil && paths.isEmpty { throw ValidationError("Give input paths or --manifest FILE.") }
        _ = try reading.maxInputBytes()
        if manifest != nil && !paths.isEmpty { throw ValidationError("Give either input paths or --manifest, not both (list the chapters in the manifest).") }
        for (name, value) in [("--split-level", splitLevel), ("--toc-depth", tocDepth)] {
            if let value, !(1...6).contains(value) { throw ValidationError("\(name) must be from 1 to 6.") }
        }
    }

    func run() throws {
        var (spec, folders) = try loadManifest()
        spec.metadata.apply(Metadata(title: title, subtitle: subtitle, authors: author, language: language,
                                     published: date, publisher: publisher, rights: rights, identifier: identifier))
        if let cover { spec.cover = cover }
        if let stylesheet { spec.stylesheet = stylesheet }
        if let splitLevel { spec.splitLevel = splitLevel }
        if let tocDepth { spec.tocDepth = tocDepth }
        if let from = reading.from { spec.chapters = spec.chapters.map { var c = $0; c.format = c.format ?? from; return c } }
        guard !spec.chapters.isEmpty else { throw ValidationError("The book has no chapters.") }

        let options = reading.conversionOptions
        // Chapters reached through links the walk was told to follow may be read wherever they lead.
        let followed = followSymlinks ? spec.chapters.map(\.path) : []
        let scope = ReadScope(folders: folders + allowOutside, files: [cover, stylesheet].compactMap { $0 } + followed)
        let outcome = PamphletBuilder.build(spec, options: options, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                                            scope: scope, maxInputBytes: try reading.maxInputBytes())
        guard let book = outcome.book else {
            for failure in outcome.failures { FileHandle.standardError.write(Data("galley: \(failure)\n".utf8)) }
            FileHandle.standardError.write(Data("galley: no book written (\(outcome.failures.count) input(s) failed)\n".utf8))
            throw ExitCode(1)
        }
        let output: EPUBOutput
        do { output = try EPUBWriter().write(book) } catch {
            FileHandle.standardError.write(Data("galley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let path = out ?? (HeadingIDPass.slug(book.metadata.title) + ".epub")
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try output.data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("galley: \(path): write: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        if !quiet {
            for warning in output.warnings { FileHandle.standardError.write(Data("galley: warning: \(warning)\n".utf8)) }
            print("galley: wrote \(path) (\(book.sources.count) inputs, \(output.entries.filter { $0.contains("chapter-") }.count) chapter files, \(output.data.count) bytes)")
        }
    }

    /// The manifest file, or one made of the paths given, and the folders the book may read
    /// (the manifest's folder; else each folder named and the folder of each file named).
    private func loadManifest() throws -> (PamphletManifest, [String]) {
        if let manifest {
            do {
                let spec = try PamphletManifest.load(path: manifest)
                return (spec, [spec.folder ?? ""])
            } catch let error as GalleyError {
                throw UsageError(error.description)
            }
        }
        do {
            let roots = RawArguments.bytes(for: paths)
            let collection = try InputCollector.gather(roots, forcedFormat: reading.from, followSymlinks: followSymlinks)
            for warning in collection.warnings where !quiet { FileHandle.standardError.write(Data("galley: warning: \(warning)\n".utf8)) }
            var spec = PamphletManifest()
            spec.chapters = collection.inputs.map { PamphletManifest.Chapter(path: $0.path, format: $0.format, fileSystemPath: $0.fileSystemPath) }
            let folders = zip(paths, roots).map { path, raw in
                var status = stat()
                let isFolder = (raw + [0]).withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &status) == 0 }
                } && status.st_mode & S_IFMT == S_IFDIR
                return isFolder ? path : (path as NSString).deletingLastPathComponent
            }
            return (spec, folders)
        } catch let error as GalleyError {
            throw UsageError(error.description)
        }
    }
}
