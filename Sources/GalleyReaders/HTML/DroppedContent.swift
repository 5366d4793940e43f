// Collects the removals a builder makes while it walks (it is a value type; this is its shared sink).
import GalleyModel
import GalleySupport

/// Removals recorded while building blocks, in the order they were made.
final class DroppedContent {
    private(set) var removals: [Removal] = []

    /// Records one removal (empty texts are not worth a record).
    func record(_ removal: Removal) {
        if !removal.text.isEmpty { removals.append(removal) }
    }
}
