// `galley explain`: what the text reader made of each block of a text file, and why.
import ArgumentParser
import Foundation
import Galley

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a text file or an HTML page is read: structure inferred, content extracted.",
        discussion: """
        Text: prints one line per block: the input lines, what the block became (heading with its level, \
        paragraph, list, quote, code, rule, or removed), its first words and the evidence weighed. \
        Use it to see why a line did or did not become a heading, then correct the input or pass \
        --heading-marker to 'galley convert'.

        HTML (recognised by the file name, or by content for '-'): the metadata found, the outline and \
        kinds of blocks kept, every removal with its stage and reason, and the extractor's evidence: \
        the region each attempt chose, its best-scored candidates and the large removals. \
        Markdown and pandoc JSON say what they are: there is nothing to infer.
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
        let named = file == "-" ? nil : InputFormat.detect(path: file)
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try BoundedFileReader.read(file, expecting: .document(named ?? .text)) } catch let error as GalleyError {
                throw ValidationError("Cannot read '\(file)': \(error.message).")
            }
        }
        let format = named ?? InputSniffer.format(of: data)
        switch format {
        case .html:
            if featuresTsv {
                // The extraction model's feature table, for scripts/fit-extraction.py.
                print(HTMLReader().extractionFeatureTable(data, options: ReadOptions(source: file)), terminator: "")
                return
            }
            let explanation: HTMLExplanation
            do { explanation = try HTMLExplanation.make(data, file: file) } catch let error as GalleyError {
                FileHandle.standardError.write(Data("galley: \(error.path == nil ? error.at(file) : error)\n".utf8))
                throw ExitCode(1)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
            } else {
                for line in explanation.summary { print(line) }
            }
            return
        case .markdown, .pandocJSON:
            throw UsageError("\(file) is \(format == .markdown ? "Markdown" : "pandoc JSON"): its structure is written in it, so there is nothing to explain ('explain' covers text, whose structure Galley infers, and HTML, whose content it extracts)")
        case .text:
            break
        default:
            throw UsageError("\(file) is read by the '\(format)' reader: 'explain' covers text and HTML only")
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
