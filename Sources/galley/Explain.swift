// `galley explain`: what the text reader made of each block of a text file, and why.
import ArgumentParser
import Foundation
import Galley

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a plain-text file is read: each block's kind, level and evidence.",
        discussion: """
        Prints one line per block: the input lines, what the block became (heading with its level, \
        paragraph, list, quote, code, rule, or removed), its first words and the evidence weighed. \
        Use it to see why a line did or did not become a heading, then correct the input or pass \
        --heading-marker to 'galley convert'.
        """
    )

    @Argument(help: ArgumentHelp("The text file to explain ('-' reads standard input).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Lines starting with this marker are the headings (e.g. '#'); nothing else is.", valueName: "marker"))
    var headingMarker: String?

    @Flag(name: .long, help: "Print the explanation as JSON.")
    var json = false

    @Flag(name: .long, help: .hidden)
    var featuresTsv = false

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try BoundedFileReader.read(file, expecting: .document(.text)) } catch let error as GalleyError {
                throw ValidationError("Cannot read '\(file)': \(error.message).")
            }
        }
        let analysis: TextAnalysis
        do {
            analysis = try TextReader().analyze(data, options: ReadOptions(source: file, headingMarker: headingMarker))
        } catch let error as GalleyError {
            FileHandle.standardError.write(Data("galley: \(error.path == nil ? error.at(file) : error)\n".utf8))
            throw ExitCode(1)
        }
        if featuresTsv {
            // The outline model's feature table, for scripts/fit-outline.py.
            print(analysis.featuresTSV, terminator: "")
        } else if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(analysis.explanations), as: UTF8.self))
        } else {
            for record in analysis.explanations { print(record.summary) }
        }
    }
}
