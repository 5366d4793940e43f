// Unique ids in amortized constant time: a counter per base instead of trying -1, -2 … each time.
import GalleyModel

/// A set of ids handed out so far. `claim("results")` gives `results`, then `results-1`,
/// `results-2` …: the first of `base`, `base-1`, `base-2` … not yet used. The suffix search for a
/// base resumes where it last stopped (ids are never released, so the first free suffix only
/// grows), so n identical bases cost O(n) in all, not O(n²).
package struct UniqueIDs: Sendable {
    private var used: Set<String>
    private var nextSuffix: [String: Int] = [:]

    /// An empty set, or one holding `ids` already.
    package init<S: Sequence>(_ ids: S = [String]()) where S.Element == String {
        used = Set(ids)
    }

    /// True when `id` has been claimed (or was given at creation).
    func contains(_ id: String) -> Bool {
        used.contains(id)
    }

    /// `base`, or `base-1`, `base-2` … whichever is the first not yet used; records it as used.
    package mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? 1
        var candidate = "\(base)-\(n)"
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        nextSuffix[base] = n + 1
        return candidate
    }
}
