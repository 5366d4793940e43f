// An account of content a reader or pass dropped on purpose.

/// Content removed on purpose, reported so nothing disappears silently.
public struct Removal: Sendable, Codable, Equatable, Hashable {
    /// The pass or reader stage that removed it, e.g. `navigation-artifacts`.
    public var stage: String
    /// Why, in a few words, e.g. `back-to-top link`.
    public var reason: String
    /// The removed text (possibly shortened for very long removals).
    public var text: String
    /// Where it was in the input, when known.
    public var span: SourceSpan?

    /// Creates a removal record. Text longer than 400 characters is shortened with an ellipsis.
    public init(stage: String, reason: String, text: String, span: SourceSpan? = nil) {
        self.stage = stage
        self.reason = reason
        self.text = text.count > 400 ? String(text.prefix(400)) + "…" : text
        self.span = span
    }
}
