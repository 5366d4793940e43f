// `galley convert`: files and folders in, Markdown / JSON / XHTML out.
import ArgumentParser
import Foundation
import Galley

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert files or folders (default: Input/ into Output/).",
        discussion: """
        Each input DIR/a/b.html is written as OUT/a/b.md, OUT/a/b.json and OUT/a/b.xhtml; \
        a single file argument is written under its base name. Folders are walked recursively; \
        files with unknown extensions inside them are skipped.

        Use '-' to read standard input and write one format to standard output:
          galley convert - --from html --to markdown < page.html
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to convert; '-' reads standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "Output"

    @Option(name: .long, help: ArgumentHelp("Comma-separated output formats: markdown, json, xhtml.", valueName: "formats"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Input format (text, html, markdown); default: from the file extension.", valueName: "format"))
    var from: InputFormat?

    @Flag(name: .long, help: "Skip the normalization passes (keep headings and repeated lines exactly as read).")
    var noNormalize = false

    @Flag(name: .long, help: "HTML: keep the whole page instead of extracting the main content.")
    var wholePage = false

    @Flag(name: .long, help: "Text: no structure inference; every blank-line-separated block is a paragraph.")
    var noInfer = false

    @Option(name: .long, help: ArgumentHelp("Text: lines starting with this marker are the headings ('##' = level 2); no other heading is inferred.", valueName: "marker"))
    var headingMarker: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if paths.contains("-") && paths.count > 1 {
            throw ValidationError("'-' (standard input) cannot be combined with other paths.")
        }
        _ = try formats()
    }

    func formats() throws -> [OutputFormat] {
        guard let to else { return paths == ["-"] ? [.markdown] : OutputFormat.allCases }
        var result: [OutputFormat] = []
        for name in to.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let alias = ["md": "markdown", "html": "xhtml"][name] ?? name
            guard let format = OutputFormat(rawValue: alias) else {
                throw ValidationError("Unknown output format '\(name)'. Choose from: markdown, json, xhtml.")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw ValidationError("--to needs at least one format: markdown, json, xhtml.") }
        if paths == ["-"] && result.count > 1 {
            throw ValidationError("Standard input converts to one format at a time; pass --to with one of markdown, json, xhtml.")
        }
        return result
    }

    var options: ConversionOptions {
        ConversionOptions(read: ReadOptions(wholePage: wholePage, inferStructure: !noInfer, headingMarker: headingMarker), normalize: !noNormalize)
    }

    func run() throws {
        let formats = try formats()
        if paths == ["-"] {
            try convertStandardInput(to: formats[0])
            return
        }
        let roots = paths.isEmpty ? ["Input"] : paths
        let inputs: [BatchInput]
        do {
            inputs = try InputCollector.collect(roots, forcedFormat: from)
        } catch let error as GalleyError {
            throw ValidationError(error.description)
        }
        let results = BatchConverter(options: options, formats: formats, outputRoot: out).run(inputs)
        let failures = results.filter { $0.error != nil }
        for failure in failures {
            FileHandle.standardError.write(Data("galley: \(failure.error!)\n".utf8))
        }
        if !quiet {
            let written = results.reduce(0) { $0 + $1.outputs.count }
            print("galley: converted \(results.count - failures.count) of \(results.count) inputs, \(written) files written to \(out)\(failures.isEmpty ? "" : ", \(failures.count) failed")")
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    private func convertStandardInput(to format: OutputFormat) throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let inputFormat = from ?? Self.sniff(data)
        var options = self.options
        options.read.source = "-"
        do {
            let rendered = try Converter.convert(data, from: inputFormat, to: [format], options: options)
            FileHandle.standardOutput.write(Data(rendered[format]!.utf8))
        } catch let error as GalleyError {
            FileHandle.standardError.write(Data("galley: \(error.path == nil ? error.at("-") : error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// HTML when the data starts like a page, text otherwise.
    static func sniff(_ data: Data) -> InputFormat {
        let head = String(decoding: data.prefix(512), as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body") ? .html : .text
    }
}

extension InputFormat: ExpressibleByArgument {}
