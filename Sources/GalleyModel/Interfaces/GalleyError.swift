// Errors that name the input, the stage and what went wrong.

/// A conversion failure: which input, which stage, and what to do about it.
public struct GalleyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input path (or `-` for standard input), when known.
    public var path: String?
    /// The stage that failed: `read`, `decode`, `parse`, `write` ...
    public var stage: String
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(path: String? = nil, stage: String, message: String) {
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
        [path, stage].compactMap { $0 }.joined(separator: ": ") + ": " + message
    }
}
