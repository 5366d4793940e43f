// The batch manifest: what each input's outputs were made from, so unchanged inputs can be skipped.
import Foundation

/// What a batch run recorded about one input and the outputs it made.
public struct ManifestEntry: Sendable, Codable, Equatable, Hashable {
    /// The format the input was read as.
    public var format: InputFormat
    /// SHA-256 of the input bytes (hex).
    public var input: String
    /// SHA-256 (hex) of the sorted-key JSON of the conversion options used for this input.
    public var options: String
    /// The Galley version that made the outputs.
    public var version: String
    /// Each output path (relative to the output folder) and the SHA-256 (hex) of its bytes.
    public var outputs: [String: String]

    /// Creates an entry.
    public init(format: InputFormat, input: String, options: String, version: String, outputs: [String: String]) {
        self.format = format
        self.input = input
        self.options = options
        self.version = version
        self.outputs = outputs
    }
}

/// The manifest of an output folder: one entry per input, keyed by the input's relative path.
/// It holds no times and is written with sorted keys, so the same run writes the same bytes.
public struct Manifest: Sendable, Codable, Equatable {
    /// The manifest format's version.
    public var schema: Int
    /// Entries keyed by `BatchInput.relativePath`.
    public var entries: [String: ManifestEntry]
    /// Outputs shared by all inputs (the stylesheet) and the SHA-256 (hex) of their bytes.
    public var shared: [String: String]

    /// Creates a manifest.
    public init(entries: [String: ManifestEntry] = [:], shared: [String: String] = [:]) {
        self.schema = 1
        self.entries = entries
        self.shared = shared
    }

    /// The manifest as JSON: sorted keys, pretty-printed, with a final newline.
    public func encoded() -> Data {
        var data = (try? ManifestCoding.encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// The SHA-256 (hex) of options as sorted-key JSON (the key a manifest entry records).
    public static func hash(of options: ConversionOptions) -> String {
        SHA256.hex((try? ManifestCoding.compactEncoder.encode(options)) ?? Data())
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
