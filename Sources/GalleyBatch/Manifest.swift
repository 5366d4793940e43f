// The batch manifest: what each input's outputs were made from, so unchanged inputs can be skipped.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// What a batch run recorded about one input and the outputs it made.
struct ManifestEntry: Sendable, Codable, Equatable, Hashable {
    /// The format the input was read as.
    var format: InputFormat
    /// SHA-256 of the input bytes (hex).
    var input: String
    /// SHA-256 (hex) of the sorted-key JSON of the conversion options used for this input.
    var options: String
    /// The Galley version that made the outputs.
    var version: String
    /// Each output path (relative to the output folder) and the SHA-256 (hex) of its bytes.
    var outputs: [String: String]

    /// Creates an entry.
    init(format: InputFormat, input: String, options: String, version: String, outputs: [String: String]) {
        self.format = format
        self.input = input
        self.options = options
        self.version = version
        self.outputs = outputs
    }
}

/// The manifest of an output folder: one entry per input, keyed by the input's relative path.
/// It holds no times and is written with sorted keys, one entry per line, so the same run writes the
/// same bytes and a change shows as a one-line diff. In memory each entry is kept as its one-line
/// JSON (one allocation), so a manifest of a million inputs stays small.
struct Manifest: Sendable, Equatable {
    /// The manifest format's version.
    var schema = 1
    /// Entries as compact sorted-key JSON, keyed by `BatchInput.relativePath`.
    private(set) var lines: [String: String] = [:]
    /// Outputs shared by all inputs (the stylesheet) and the SHA-256 (hex) of their bytes.
    var shared: [String: String]

    /// Creates a manifest.
    init(entries: [String: ManifestEntry] = [:], shared: [String: String] = [:]) {
        self.shared = shared
        for (key, entry) in entries { self[key] = entry }
    }

    /// The entry of an input.
    subscript(key: String) -> ManifestEntry? {
        get { lines[key].flatMap { try? JSONDecoder().decode(ManifestEntry.self, from: Data($0.utf8)) } }
        set { lines[key] = newValue.flatMap(Self.line) }
    }

    /// The keys of all entries.
    var keys: Dictionary<String, String>.Keys { lines.keys }

    /// Whether there are no entries.
    var isEmpty: Bool { lines.isEmpty }

    /// All entries, decoded.
    var entries: [String: ManifestEntry] {
        lines.compactMapValues { try? JSONDecoder().decode(ManifestEntry.self, from: Data($0.utf8)) }
    }

    /// Adds (or replaces) the entries of `other`.
    mutating func merge(_ other: Manifest) {
        lines.merge(other.lines) { _, new in new }
        shared.merge(other.shared) { _, new in new }
    }

    /// Sets the entry of `key` from its one-line JSON.
    mutating func setLine(_ key: String, _ line: String) {
        lines[key] = line
    }

    /// Copies the entry of `key` from `other` (removes it when `other` has none).
    mutating func copyEntry(_ key: String, from other: Manifest) {
        lines[key] = other.lines[key]
    }

    /// The SHA-256 (hex) of options as sorted-key JSON (the key a manifest entry records).
    /// The source path is left out: it is the input's relative path, which the entry's key
    /// already names, so the same inputs reached through a differently spelled root stay fresh.
    static func hash(of options: ConversionOptions) -> String {
        var options = options
        options.read.source = nil
        return SHA256.hex((try? ManifestCoding.compactEncoder.encode(options)) ?? Data())
    }

    /// The entry as one line of compact JSON with sorted keys (the bytes `JSONEncoder` would
    /// write with `.sortedKeys, .withoutEscapingSlashes`, written directly).
    static func line(_ entry: ManifestEntry) -> String? {
        var json = JSONBytes(pretty: false, capacity: 256 + 96 * entry.outputs.count)
        do {
            try json.beginObject()
            json.key("format"); json.string(entry.format.rawValue)
            json.key("input"); json.string(entry.input)
            json.key("options"); json.string(entry.options)
            json.key("outputs")
            try json.beginObject()
            for path in entry.outputs.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                json.key(escaping: path)
                json.string(entry.outputs[path] ?? "")
            }
            json.endObject()
            json.key("version"); json.string(entry.version)
            json.endObject()
        } catch {
            return nil
        }
        return String(decoding: json.takeBytes(), as: UTF8.self)
    }

    /// A JSON string literal of `key`.
    static func quoted(_ key: String) -> String {
        var json = JSONBytes(pretty: false, capacity: key.utf8.count + 2)
        json.string(key)
        return String(decoding: json.takeBytes(), as: UTF8.self)
    }

    /// The manifest as JSON: sorted keys, one entry per line, a final newline.
    func encoded() -> Data {
        var text = "{\n  \"entries\" : {\n"
        let sorted = lines.keys.sorted()
        for (i, key) in sorted.enumerated() {
            text += "    " + Self.quoted(key) + " : " + (lines[key] ?? "{}") + (i + 1 < sorted.count ? ",\n" : "\n")
        }
        let sharedJSON = (try? ManifestCoding.compactEncoder.encode(shared)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        text += "  },\n  \"schema\" : \(schema),\n  \"shared\" : " + sharedJSON + "\n}\n"
        return Data(text.utf8)
    }

    /// Reads a manifest: line by line when it has the layout `encoded()` writes (memory stays flat),
    /// otherwise as any JSON document of the same shape. Nil when it is not a manifest.
    static func decode(_ data: Data) -> Manifest? {
        if let manifest = decodeLines(data) { return manifest }
        struct Whole: Decodable { var entries: [String: ManifestEntry]; var shared: [String: String]? }
        guard let whole = try? JSONDecoder().decode(Whole.self, from: data) else { return nil }
        return Manifest(entries: whole.entries, shared: whole.shared ?? [:])
    }

    private static func decodeLines(_ data: Data) -> Manifest? {
        let decoder = JSONDecoder()
        var manifest = Manifest()
        var inEntries = false, sawEntries = false, sawEnd = false
        for raw in data.split(separator: 0x0A) {
            var line = Substring(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if line == "\"entries\" : {" { inEntries = true; sawEntries = true; continue }
            if inEntries {
                if line == "}," || line == "}" { inEntries = false; continue }
                if line.hasSuffix(",") { line.removeLast() }
                guard let pair = try? decoder.decode([String: ManifestEntry].self, from: Data(("{" + line + "}").utf8)),
                      pair.count == 1, let (key, entry) = pair.first else { return nil }
                manifest[key] = entry
            } else if line.hasPrefix("\"shared\" : ") {
                guard let shared = try? decoder.decode([String: [String: String]].self, from: Data(("{" + line + "}").utf8)) else { return nil }
                manifest.shared = shared["shared"] ?? [:]
            } else if line == "}" {
                sawEnd = true
            }
        }
        return sawEntries && sawEnd ? manifest : nil
    }
}
/// The JSON coders used for manifests and journals.
enum ManifestCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    static var compactEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
