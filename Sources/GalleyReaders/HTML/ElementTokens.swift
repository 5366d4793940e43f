// The lower-cased class and id tokens of one element, as bytes, matched against many cue lists.
import GalleyModel
import GalleySupport

/// The class and id tokens of an element (lower-cased, split on white space), read once so that
/// several cue lists can be tried against them; matching is by bytes (a Foundation `contains` on
/// strings costs a CFString search each).
struct ElementTokens {
    private var tokens: [[UInt8]] = []

    /// The tokens of element `index`.
    init(_ index: Int, tree: HTMLTree) {
        for attribute in [HTMLAttributeName.class, .id] {
            guard let value = tree.attribute(attribute, of: index), !value.isEmpty else { continue }
            for piece in value.lowercased().utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                tokens.append(Array(piece))
            }
        }
    }

    /// True when the element has no class or id token.
    var isEmpty: Bool { tokens.isEmpty }

    /// True when a token contains one of `parts` and none of `excluding`.
    func marks(_ parts: [[UInt8]], excluding: [[UInt8]] = []) -> Bool {
        tokens.contains { token in
            parts.contains { SimpleScalars.containsBytes(token, $0) } && !excluding.contains { SimpleScalars.containsBytes(token, $0) }
        }
    }
}
