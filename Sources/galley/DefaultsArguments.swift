// Inserts a defaults file's options into `galley convert`'s arguments (galley.yml or --defaults FILE).
import Foundation
import Galley

enum DefaultsArguments {
    /// The command-line arguments with the defaults file's options inserted after `convert`, and
    /// the file used (nil when none). `--defaults FILE` is taken out; `--no-defaults` skips galley.yml.
    static func expand(_ arguments: [String]) throws -> (arguments: [String], file: String?) {
        guard arguments.first == "convert" else { return (arguments, nil) }
        var rest = Array(arguments.dropFirst())
        var file: String?
        var explicit = false
        if let index = rest.firstIndex(of: "--no-defaults") {
            rest.remove(at: index)
            return (["convert"] + rest, nil)
        }
        if let index = rest.firstIndex(where: { $0 == "--defaults" || $0.hasPrefix("--defaults=") }) {
            if rest[index] == "--defaults" {
                guard index + 1 < rest.count else { throw UsageError("--defaults needs a file") }
                file = rest[index + 1]
                rest.removeSubrange(index...(index + 1))
            } else {
                file = String(rest[index].dropFirst("--defaults=".count))
                rest.remove(at: index)
            }
            explicit = true
        } else if FileManager.default.fileExists(atPath: CommandDefaults.fileName) {
            file = CommandDefaults.fileName
        }
        guard let file else { return (arguments, nil) }
        guard let data = FileManager.default.contents(atPath: file) else {
            if explicit { throw UsageError("--defaults \(file): cannot read the file") }
            return (arguments, nil)
        }
        do {
            return (["convert"] + (try CommandDefaults.arguments(fromYAML: String(decoding: data, as: UTF8.self))) + rest, file)
        } catch let error as GalleyError {
            throw UsageError("\(file): \(error.message)")
        }
    }
}
