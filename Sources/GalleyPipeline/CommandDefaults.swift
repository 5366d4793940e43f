// A defaults file (galley.yml, or --defaults FILE): option values for `convert`, in YAML.
import Foundation
import Yams
import GalleyModel
import GalleySupport
import GalleyReaders
import GalleyPasses
import GalleyWriters

/// Turns a defaults file into command-line arguments, placed before the user's own so that
/// options given on the command line win (single values) or add up (lists such as `metadata`).
///
/// Keys are the long option names without `--` (`to`, `out`, `jobs`, `from`, `front-matter`,
/// `whole-page` ...): `true` gives the flag, `false` leaves it out, a list repeats the option, and
/// the `metadata` mapping gives one `-M key=value` per entry.
public enum CommandDefaults {
    /// The file read when `--defaults` is not given: `galley.yml` in the working folder.
    public static let fileName = "galley.yml"
    /// Options that take one comma-separated value: a list in the file is joined.
    static let commaSeparated: Set<String> = ["to"]

    /// The arguments a defaults file stands for; throws a message naming the key that is wrong.
    public static func arguments(fromYAML yaml: String) throws -> [String] {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw GalleyError(stage: .defaults, message: "not valid YAML: \(String(describing: error).prefix(200))")
        }
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else { throw GalleyError(stage: .defaults, message: "expected a mapping of option names to values") }
        var arguments: [String] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                throw GalleyError(stage: .defaults, message: "'\(keyNode.string ?? "?")' is not an option name")
            }
            switch value {
            case .mapping(let entries) where key == "metadata":
                for (k, v) in entries { arguments += ["--metadata", "\(k.string ?? "")=\(v.string ?? "")"] }
            case .mapping:
                throw GalleyError(stage: .defaults, message: "'\(key)' takes a value or a list, not a mapping")
            case .sequence(let items) where commaSeparated.contains(key):
                arguments += ["--\(key)", items.compactMap(\.string).joined(separator: ",")]
            case .sequence(let items):
                for item in items { arguments += ["--\(key)", item.string ?? ""] }
            case .scalar(let scalar):
                switch scalar.string.lowercased() {
                case "true", "yes", "on": arguments.append("--\(key)")
                case "false", "no", "off": continue
                default: arguments += ["--\(key)", scalar.string]
                }
            }
        }
        return arguments
    }
}
