// Records what main-content extraction dropped: the whole text of each removed region, with a reason.
import GalleyModel
import GalleySupport

/// Builds the `Removal` records of an extraction.
enum ExtractionRemovals {
    /// The stage name recorded in each removal.
    static let stage = "html-extraction"
    static func removals(tree: HTMLTree, body: Int, extraction: ContentExtraction) -> [Removal] {
        var records: [Removal] = []
        let roots = Set(extraction.roots)
        let sortedRoots = extraction.roots.sorted()

        func emit(_ i: Int, reason: String) {
            let text = self.text(tree: tree, i)
            guard !text.isEmpty else { return }
            records.append(Removal(stage: stage, reason: reason, text: text, span: tree.span(of: i)))
        }
        func inside(_ root: Int) {
            let end = tree.subtreeEnd(root)
            var j = root + 1
            while j < end {
                if extraction.removed[j], let reason = extraction.reasons[j] {
                    emit(j, reason: reason)
                    j = tree.subtreeEnd(j)
                } else {
                    j += 1
                }
            }
        }
        func visit(_ i: Int) {
            if roots.contains(i) { inside(i); return }
            let end = tree.subtreeEnd(i)
            if sortedRoots.contains(where: { $0 > i && $0 < end }) {
                for child in tree.children(of: i) { visit(child) }
                return
            }
            let tag = tree.nodes[i].tag
            if tag == .head || tag == .script || tag == .title || tag == .meta || tag == .link { return }
            let reason = extraction.reasons[i] ?? (tag == .text ? nil : ContentSignals.reason(tree, i)) ?? "outside main content"
            emit(i, reason: reason)
        }
        visit(body)
        return records
    }

    /// The whole text of a subtree, white space folded.
    static func text(tree: HTMLTree, _ i: Int) -> String {
        var collected = ""
        let end = tree.subtreeEnd(i)
        for j in i..<end where tree.nodes[j].tag == .text {
            collected += tree.nodes[j].text
            collected += " "
        }
        return collected.foldingWhitespace
    }
}
