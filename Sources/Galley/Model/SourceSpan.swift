// Where in the input a block came from, so an archivist can trace output back to input.

/// A range of input lines (1-based, inclusive) that a block was read from.
public struct SourceSpan: Sendable, Codable, Equatable, Hashable {
    /// First input line of the block.
    public var startLine: Int
    /// Last input line of the block.
    public var endLine: Int

    /// Creates a span; `endLine` defaults to `startLine`.
    public init(startLine: Int, endLine: Int? = nil) {
        self.startLine = startLine
        self.endLine = max(startLine, endLine ?? startLine)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(startLine: min(startLine, other.startLine), endLine: max(endLine, other.endLine))
    }
}
