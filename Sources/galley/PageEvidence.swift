// `galley page-evidence` (hidden): the page-type features or metadata candidates of HTML pages, for the fitting scripts.
import ArgumentParser
import Foundation
import Galley
import GalleyBatch

struct PageEvidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page-evidence",
        abstract: "Print the page-type features (TSV) or the metadata candidates (JSON lines) of HTML pages.",
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("HTML files (.html or .html.gz).", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Print the metadata candidates as JSON lines instead of the feature TSV.")
    var metadata = false

    func run() throws {
        var wroteHeader = false
        for file in files {
            guard var data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("galley: cannot read '\(file)'\n".utf8))
                continue
            }
            if data.starts(with: [0x1F, 0x8B]) {
                guard let inflated = try? Gzip.decompressAll(data, limit: 1 << 28) else {
                    FileHandle.standardError.write(Data("galley: '\(file)' is not valid gzip\n".utf8))
                    continue
                }
                data = inflated
            }
            let name = (file as NSString).lastPathComponent
            if metadata {
                print("{\"file\":\"\(name)\",\"candidates\":\(HTMLPageEvidence.metadataCandidates(data))}")
            } else {
                let table = HTMLPageEvidence.pageTypeFeatures(data)
                if !wroteHeader { print((["file"] + table.names).joined(separator: "\t")); wroteHeader = true }
                print(([name] + table.values.map { String(format: "%.6g", $0) }).joined(separator: "\t"))
            }
        }
    }
}
