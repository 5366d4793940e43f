// The metadata flags of `convert`: -M key=value, --metadata-file and --front-matter.
import ArgumentParser
import Foundation
import Galley

/// Metadata overrides and the front-matter naming style.
struct MetadataOptions: ParsableArguments {
    @Option(name: [.customShort("M"), .customLong("metadata")], help: ArgumentHelp("Set a metadata field, as in front matter (title=…, author=…, tags=…, or any key, kept as written); repeat a key for a list; overrides the input and --metadata-file.", valueName: "key=value"))
    var metadata: [String] = []

    @Option(name: .long, help: ArgumentHelp("A YAML file of metadata (front-matter keys), overriding the input's.", valueName: "file"))
    var metadataFile: String?

    @Option(name: .long, help: ArgumentHelp("Markdown front-matter field names: galley (default; the input's own names kept, e.g. tags), jekyll, hugo or pandoc.", valueName: "style"))
    var frontMatter: FrontMatterStyle?

    /// The overrides these flags give (nil when none), or a validation error naming what is wrong.
    func overrides() throws -> Metadata? {
        guard metadataFile != nil || !metadata.isEmpty else { return nil }
        var result = Metadata()
        if let metadataFile {
            guard let data = FileManager.default.contents(atPath: metadataFile) else {
                throw ValidationError("--metadata-file \(metadataFile): cannot read the file.")
            }
            do { result = try Metadata.fromYAML(String(decoding: data, as: UTF8.self)) } catch let error as GalleyError {
                throw ValidationError("--metadata-file \(metadataFile): \(error.message).")
            }
        }
        do { result.apply(try Metadata.fromPairs(metadata)) } catch let error as GalleyError {
            throw ValidationError(error.message + ".")
        }
        return result
    }
}

extension FrontMatterStyle: ExpressibleByArgument {}
