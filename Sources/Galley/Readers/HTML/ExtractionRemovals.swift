// Summarises what main-content extraction dropped: one short excerpt per removed region, with a reason.

/// Builds the `Removal` records of an extraction.
enum ExtractionRemovals {
    /// The stage name recorded in each removal.
    static let stage = "html-extraction"
    /// At most this many regions are listed one by one; the rest are counted in one record.
    static let maximumRecords = 150
    /// Excerpt length, in characters.
    static let excerptLength = 100

    static func removals(tree: HTMLTree, body: Int, extraction: ContentExtraction) -> [Removal] {
        var records: [Removal] = []
        var overflowRegions = 0
        var overflowCharacters = 0
        let roots = Set(extraction.roots)
        let sortedRoots = extraction.roots.sorted()

        func emit(_ i: Int, reason: String) {
            let excerpt = self.excerpt(tree: tree, i)
            guard !excerpt.isEmpty else { return }
            if records.count < maximumRecords {
                records.append(Removal(stage: stage, reason: reason, text: excerpt, span: tree.span(of: i)))
            } else {
                overflowRegions += 1
                overflowCharacters += excerpt.count
            }
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
        if overflowRegions > 0 {
            records.append(Removal(stage: stage, reason: "outside main content",
                                   text: "\(overflowRegions) more regions (at least \(overflowCharacters) characters)"))
        }
        return records
    }

    /// The first characters of a subtree's text, white space folded.
    static func excerpt(tree: HTMLTree, _ i: Int) -> String {
        var collected = ""
        let end = tree.subtreeEnd(i)
        var j = i
        while j < end, collected.utf8.count < excerptLength * 8 {
            if tree.nodes[j].tag == .text { collected += tree.nodes[j].text + " " }
            j += 1
        }
        let folded = collected.foldingWhitespace
        if folded.utf8.count <= excerptLength { return folded }  // at most as many characters as bytes
        let prefix = folded.prefix(excerptLength)
        return prefix.endIndex == folded.endIndex ? folded : String(prefix) + "…"
    }
}
