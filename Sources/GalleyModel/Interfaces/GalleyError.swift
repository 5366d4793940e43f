// Errors that name the input, the stage and what went wrong.

/// A conversion failure: which input, which stage, and what to do about it.
public struct GalleyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input path (or `-` for standard input), when known.
    public var path: String?
    /// The stage that failed: `read`, `decode`, `parse`, `write` ...
    public var stage: Stage
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(path: String? = nil, stage: Stage, message: String) {
        self.path = path
        self.stage = stage
        self.message = message
    }

    /// The same error, naming the input path.
    public func at(_ path: String) -> GalleyError {
        var copy = self
        copy.path = path
        return copy
    }

    /// `path: stage: message`.
    public var description: String {
        [path, stage.rawValue].compactMap { $0 }.joined(separator: ": ") + ": " + message
    }

    /// The step of a run that failed; the raw value is the word printed in messages.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Finding the inputs (a missing path, a folder that cannot be listed).
        case input
        /// Reading a file or parsing its format (a reader's own checks).
        case read
        /// Turning bytes into text (binary or compressed input).
        case decode
        /// Parsing, for readers that report it apart from reading.
        case parse
        /// Converting a read input (an unexpected error inside the pipeline).
        case convert
        /// Writing an output (encoding, file system, containment).
        case write
        /// Choosing where outputs go (two inputs writing the same files).
        case output
        /// A pamphlet's manifest.
        case manifest
        /// A book's cover image.
        case cover
        /// A book's stylesheet.
        case stylesheet
        /// Command options (`-M KEY=VALUE`).
        case options
        /// A `--defaults` file.
        case defaults
        /// Registering a custom reader or writer.
        case register
        /// Command usage (a shard out of range).
        case usage
    }
}
