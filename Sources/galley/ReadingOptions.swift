// The reading and normalization flags shared by `convert` and `pamphlet`.
import ArgumentParser
import Foundation
import Galley

/// How inputs are read and normalized: the same flags, help and defaults for every command.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Input format (text, html, markdown, pandoc-json); default: from the file extension.", valueName: "format"))
    var from: InputFormat?

    @Flag(name: .long, help: "Skip the normalization passes (keep headings and repeated lines exactly as read).")
    var noNormalize = false

    @Flag(name: .long, help: "HTML: keep the whole page instead of extracting the main content.")
    var wholePage = false

    @Flag(name: .long, help: "HTML: on a forum thread, keep every post (each with its author and time), not only the posts the extraction model scores as content.")
    var wholeThreads = false

    @Flag(name: .long, help: "Text: no structure inference; every blank-line-separated block is a paragraph.")
    var noInfer = false

    @Option(name: .long, help: ArgumentHelp("Text: lines starting with this marker are the headings ('##' = level 2); no other heading is inferred.", valueName: "marker"))
    var headingMarker: String?

    @Option(name: .long, help: ArgumentHelp("Refuse inputs (and images, stylesheets) larger than this, e.g. 64M or 1G (default 256M).", valueName: "size"))
    var maxInputSize: String?

    /// The input size limit in bytes (`--max-input-size`, else `InputLimits.defaultMaxBytes`).
    func maxInputBytes() throws -> Int {
        guard let maxInputSize else { return InputLimits.defaultMaxBytes }
        guard let bytes = InputLimits.parseSize(maxInputSize) else {
            throw ValidationError("--max-input-size takes a size such as 500000, 64K, 256M or 2G.")
        }
        return bytes
    }

    /// The library options these flags stand for.
    var conversionOptions: ConversionOptions {
        ConversionOptions(read: ReadOptions(wholePage: wholePage, wholeThreads: wholeThreads, inferStructure: !noInfer, headingMarker: headingMarker), normalize: !noNormalize)
    }
}

extension InputFormat: ExpressibleByArgument {}
