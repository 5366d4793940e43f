// A dictionary key whose hash is computed once: the reader's counts of line keys hash each key once, not at every look-up.
import GalleyModel
import GalleySupport

/// A String (or Substring) key carrying its hash value. Equal exactly when the texts are equal
/// (String equality, canonical equivalence): equal texts have equal hash values, so comparing the
/// stored hashes first never separates equal keys. A non-ASCII String normalizes itself at every
/// hash; this wrapper normalizes once, so counting and then looking up a key costs one hash.
struct HashedKey<Text: Hashable & Sendable>: Hashable, Sendable {
    /// The key itself.
    let text: Text
    /// `text.hashValue`, computed once.
    let hash: Int

    init(_ text: Text) {
        self.text = text
        hash = text.hashValue
    }

    static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
