// Where in the input a block came from, so an archivist can trace output back to input.

/// A range of input lines (1-based, inclusive) that a block was read from, and, when known, the
/// range of bytes (0-based, end exclusive) — what traces a block in minified input, where every
/// block sits on the same line. Byte offsets count the input's bytes for UTF-8 and single-byte
/// encodings; for UTF-16 input and HTML transcoded from another encoding they count the UTF-8
/// form Galley read.
public struct SourceSpan: Sendable, Codable, Equatable, Hashable {
    /// First input line of the block.
    public var startLine: Int
    /// Last input line of the block.
    public var endLine: Int
    /// Offset of the block's first byte, when known.
    public var startByte: Int?
    /// Offset just past the block's last byte, when known.
    public var endByte: Int?

    /// Creates a span; `endLine` defaults to `startLine`.
    public init(startLine: Int, endLine: Int? = nil, startByte: Int? = nil, endByte: Int? = nil) {
        self.startLine = startLine
        self.endLine = max(startLine, endLine ?? startLine)
        self.startByte = startByte
        self.endByte = endByte.map { max($0, startByte ?? $0) }
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(startLine: min(startLine, other.startLine), endLine: max(endLine, other.endLine),
                   startByte: Self.combine(startByte, other.startByte, min), endByte: Self.combine(endByte, other.endByte, max))
    }

    private static func combine(_ a: Int?, _ b: Int?, _ pick: (Int, Int) -> Int) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return pick(a, b)
    }
}
