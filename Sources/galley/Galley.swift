// The galley command: argument parsing and exit codes only; all conversion lives in the library.
import ArgumentParser
import Foundation
import Galley

@main
struct GalleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: "Convert text, HTML, Markdown and pandoc JSON into clean Markdown, JSON, XHTML, pandoc JSON and EPUB.",
        discussion: """
        Galley reads raw text, HTML pages and CommonMark, builds one structured document, \
        normalizes its headings and sections, and writes Markdown, JSON and EPUB-ready XHTML.

        Exit codes: 0 all inputs converted; 1 some inputs failed (the others are still written); \
        2 usage error.
        """,
        version: "galley \(GalleyVersion.string)",
        subcommands: [Convert.self, Pamphlet.self, Explain.self, PageEvidence.self],
        defaultSubcommand: nil
    )

    /// Parses, runs, and maps errors to Galley's exit codes (usage errors exit 2, not 64).
    static func main() {
        AllocatorTuning.keepFreedPagesOfLargeAllocations()
        var defaultsFile: String?
        do {
            let expanded = try DefaultsArguments.expand(Array(CommandLine.arguments.dropFirst()))
            defaultsFile = expanded.file
            var command = try parseAsRoot(expanded.arguments)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let usage as UsageError {
            FileHandle.standardError.write(Data("galley: \(usage.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                let origin = defaultsFile.map { " (options were also read from \($0); --no-defaults ignores it)" } ?? ""
                FileHandle.standardError.write(Data((fullMessage(for: error) + origin + "\n").utf8))
                Foundation.exit(2)
            }
            Self.exit(withError: error)
        }
    }
}
