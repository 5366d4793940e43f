// Records what main-content extraction dropped: the whole text of each removed region, with a reason.
import GalleyModel
import GalleySupport

/// Builds the `Removal` records of an extraction.
package enum ExtractionRemovals {
    /// The stage recorded in each removal.
    package static let stage = RemovalStage.htmlExtraction
    static func removals(tree: HTMLTree, body: Int, extraction: ContentExtraction) -> [Removal] {
        var log = RemovalLog(stage: stage)
        let roots = Set(extraction.roots)
        let sortedRoots = extraction.roots.sorted()

        func emit(_ i: Int, reason: RemovalReason) {
            log.record(reason, text: self.text(tree: tree, i), span: tree.span(of: i))
        }
        func inside(_ root: Int) {
            // The root itself may be removed (a dateline chosen beside the article, then trimmed).
            let end = tree.subtreeEnd(root)
            var j = root
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
            let reason = extraction.reasons[i] ?? (tag == .text ? nil : ContentSignals.reason(tree, i)) ?? .outsideMainContent
            emit(i, reason: reason)
        }
        visit(body)
        return log.removals
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
