// An account of content a reader or pass dropped on purpose.

/// Content removed on purpose, reported so nothing disappears silently.
public struct Removal: Sendable, Codable, Equatable, Hashable {
    /// The pass or reader stage that removed it, e.g. `navigation-artifacts`.
    public var stage: RemovalStage
    /// Why (its label is a few words, e.g. `navigation line`; `reason.message` says it in a sentence).
    public var reason: RemovalReason
    /// The removed text, whole, so what was removed can be recovered from the record.
    public var text: String
    /// Where it was in the input, when known.
    public var span: SourceSpan?

    /// Creates a removal record; `text` is kept whole.
    public init(stage: RemovalStage, reason: RemovalReason, text: String, span: SourceSpan? = nil) {
        self.stage = stage
        self.reason = reason
        self.text = text
        self.span = span
    }

    /// Excerpts are at most this many characters (an ellipsis marks a cut).
    public static let excerptLength = 100

    /// The first `excerptLength` characters of the text, white space folded: a convenience for
    /// reading reports (the JSON output carries it beside the whole text).
    public var excerpt: String { asciiExcerpt ?? characterExcerpt }
}

extension Removal {
    /// `excerpt` by `Character`s, for any text (`asciiExcerpt` is the same for ASCII text, by bytes).
    var characterExcerpt: String {
        var folded = ""
        var pendingSpace = false
        var count = 0
        for character in text {
            if character.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if count == Self.excerptLength { return folded + "…" }
            if pendingSpace { folded.append(" "); count += 1; pendingSpace = false; if count == Self.excerptLength { return folded + "…" } }
            folded.append(character)
            count += 1
        }
        return folded
    }

    /// `excerpt` by bytes while the text read is ASCII (one byte per `Character`, CR LF aside, whose
    /// two bytes are white space as it is); nil at the first other byte before the excerpt is full.
    var asciiExcerpt: String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var folded: [UInt8] = []
            folded.reserveCapacity(min(bytes.count, Self.excerptLength + 1))
            var pendingSpace = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = !folded.isEmpty
                    continue
                }
                if folded.count == Self.excerptLength { return String(decoding: folded, as: UTF8.self) + "…" }
                if pendingSpace {
                    folded.append(0x20)
                    pendingSpace = false
                    if folded.count == Self.excerptLength { return String(decoding: folded, as: UTF8.self) + "…" }
                }
                folded.append(b)
            }
            return String(decoding: folded, as: UTF8.self)
        } ?? nil
    }

    private enum CodingKeys: String, CodingKey { case stage, reason, text, excerpt, span }

    /// Decodes a removal (the excerpt, derived from the text, is not read).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(stage: try c.decode(RemovalStage.self, forKey: .stage), reason: try c.decode(RemovalReason.self, forKey: .reason),
                  text: try c.decode(String.self, forKey: .text), span: try c.decodeIfPresent(SourceSpan.self, forKey: .span))
    }

    /// The excerpt when it differs from the text (long or spread-out removals), else nil.
    package var shortExcerpt: String? {
        let excerpt = self.excerpt
        return excerpt == text ? nil : excerpt
    }

    /// Encodes the removal with its excerpt beside the whole text when the two differ.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stage, forKey: .stage)
        try c.encode(reason, forKey: .reason)
        try c.encode(text, forKey: .text)
        if let excerpt = shortExcerpt { try c.encode(excerpt, forKey: .excerpt) }
        try c.encodeIfPresent(span, forKey: .span)
    }
}
