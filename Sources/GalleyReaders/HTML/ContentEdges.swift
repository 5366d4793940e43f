// Trims page chrome left at the edges of the kept content: bylines and dates before it, tags and teasers after it.
import GalleyModel
import GalleySupport

/// Position-based cleanup of the chosen content. Boilerplate gathers at the edges of an article
/// (bylines, datelines and photo credits before; tags, "related" headings and link lists after),
/// so short leaf blocks that are not sentences are dropped from either end, stopping at the first
/// real sentence. Sentences that are prompts or notes (`EdgeCues`) go from the last five and first
/// three blocks; closing related-link lists, headings with nothing after them and a last sibling
/// opening with a rule go too. Never removes more than a third of the kept text.
struct ContentEdges {
    let tree: HTMLTree
    let stats: ContentStatistics

    private struct Leaf {
        var index: Int
        var words: Int
        var sentence: Bool
        var linkDensity: Double
        var isHeading: Bool
        var isBarrier: Bool
        /// Images: skipped over, neither removed nor stopping the trim.
        var isNeutral = false
    }

    func trim(roots: [Int], removed: inout [Bool], reasons: inout [Int: String]) {
        let leaves = collectLeaves(roots: roots, removed: removed)
        let total = roots.reduce(0) { $0 + Int(stats.text[$1]) }
        var budget = total / 3
        var drop: [(Int, String)] = []
        var end = leaves.count
        // A last sibling root that opens with a thematic break is an appendix set apart from the
        // article (about the company, the author): it goes when it is short.
        if roots.count > 1, let last = roots.last, opensWithRule(last, removed: removed),
           let first = leaves.firstIndex(where: { tree.isAncestor(last, of: $0.index) }) {
            let length = Int(stats.text[last])
            if length <= 1500, length * 3 <= total, length <= budget {
                for m in first..<end where !leaves[m].isNeutral { drop.append((leaves[m].index, "appendix set off by a rule")) }
                budget -= length
                end = first
            }
        }
        // A linked heading among the last few blocks starts a teaser or an author box: it and what
        // follows it go when that is short.
        var tail = 0
        for k in stride(from: end - 1, through: max(0, end - 4), by: -1) {
            let leaf = leaves[k]
            if leaf.isBarrier { break }
            tail += Int(stats.text[leaf.index])
            guard tail <= 600, tail <= budget else { break }
            if leaf.isHeading && leaf.linkDensity > 0.5 {
                for m in k..<end where !leaves[m].isNeutral { drop.append((leaves[m].index, "trailing teaser or author box")) }
                budget -= tail
                end = k
                break
            }
        }
        // A closing list of links under a short label ("More stories") is a related-links box.
        if let (first, count, rule, list) = trailingLinkList(leaves, end: end, removed: removed) {
            let length = leaves[first..<end].reduce(0) { $0 + Int(stats.text[$1.index]) }
            if count >= 3, length <= budget, length * 4 <= total {
                for m in first..<end where !leaves[m].isNeutral && tree.nodes[leaves[m].index].parent != list {
                    drop.append((leaves[m].index, "trailing related links"))
                }
                drop.append((list, "trailing related links"))
                if let rule { drop.append((rule, "trailing related links")) }
                budget -= length
                end = first
            }
        }
        while end > 0 {
            let leaf = leaves[end - 1]
            if leaf.isBarrier { break }
            if leaf.isNeutral { end -= 1; continue }
            // A heading with nothing after it heads something that is not there (comments, a form).
            let boilerplate = leaf.words < 5 || (leaf.words < 16 && !leaf.sentence) || leaf.linkDensity > 0.5 || (leaf.linkDensity > 0.35 && leaf.words < 25)
                || (leaf.isHeading && leaf.words < 16)
            guard boilerplate, budget >= Int(stats.text[leaf.index]) else { break }
            budget -= Int(stats.text[leaf.index])
            drop.append((leaf.index, leaf.isHeading ? "trailing heading" : "trailing boilerplate"))
            end -= 1
        }
        var start = 0
        while start < end {
            let leaf = leaves[start]
            // The title opens the content (an `h1`, or a heading that links to the article itself).
            if leaf.isNeutral || (start == 0 && (tree.nodes[leaf.index].tag == .h1 || (leaf.isHeading && leaf.linkDensity > 0.5))) { start += 1; continue }
            if leaf.isHeading, leaf.words <= 20, budget >= Int(stats.text[leaf.index]), EdgeCues.isBylineHeading(tree.rawText(of: leaf.index)) {
                budget -= Int(stats.text[leaf.index])
                drop.append((leaf.index, "leading byline or credit"))
                start += 1
                continue
            }
            if leaf.isBarrier || leaf.isHeading { break }
            let boilerplate = leaf.words < 5 || (leaf.words < 16 && !leaf.sentence) || leaf.linkDensity > 0.5
            guard boilerplate, budget >= Int(stats.text[leaf.index]) else { break }
            budget -= Int(stats.text[leaf.index])
            drop.append((leaf.index, "leading byline or credit"))
            start += 1
        }
        // Prompts and notes that read as sentences (newsletter and follow prompts, contributor
        // lines) among the last few and first few blocks left.
        // Figures past `end` were skipped over by the trim, not dropped: they are looked at too.
        let window = Array(max(start, end - 5)..<leaves.count) + Array(start..<min(end, start + 3))
        for k in Set(window).sorted() {
            let leaf = leaves[k]
            if leaf.isNeutral, tree.nodes[leaf.index].tag == .figure, stats.text[leaf.index] > 0,
               EdgeCues.reason(tree.rawText(of: leaf.index)) == "newsletter or follow prompt" {
                drop.append((leaf.index, "promotional figure"))
                continue
            }
            guard k < end, !leaf.isNeutral, !leaf.isBarrier, !leaf.isHeading, leaf.words < 60, budget >= Int(stats.text[leaf.index]),
                  let reason = edgeReason(tree.rawText(of: leaf.index), trailing: k >= end - 2) else { continue }
            budget -= Int(stats.text[leaf.index])
            drop.append((leaf.index, reason))
        }
        for (index, reason) in drop {
            for j in index..<tree.subtreeEnd(index) { removed[j] = true }
            reasons[index] = reason
        }
    }

    /// The first leaf to drop, the item count, a thematic break to drop and the list, when the leaves
    /// before `end` are the items of one list, each holding a link, set off by a short label that
    /// is not a sentence or by a thematic break.
    private func trailingLinkList(_ leaves: [Leaf], end: Int, removed: [Bool]) -> (first: Int, count: Int, rule: Int?, list: Int)? {
        var k = end - 1
        var list = -1
        var count = 0
        while k >= 0, leaves[k].isNeutral { k -= 1 }
        while k >= 0 {
            let node = tree.nodes[leaves[k].index]
            guard node.tag == .li, node.parent >= 0 else { break }
            if list < 0 { list = node.parent } else if node.parent != list { return nil }
            guard stats.links[leaves[k].index] > 0 else { return nil }
            count += 1
            k -= 1
        }
        guard count > 0, k >= 0 else { return nil }
        if let rule = previousSibling(of: list, removed: removed), tree.nodes[rule].tag == .hr { return (k + 1, count, rule, list) }
        let label = leaves[k]
        guard !label.isBarrier, !label.isNeutral, label.words <= 8, !label.sentence, label.linkDensity == 0 else { return nil }
        return (k, count, nil, list)
    }

    /// True when the first thing in the subtree of `i`, before any text, is an `hr`.
    private func opensWithRule(_ i: Int, removed: [Bool]) -> Bool {
        let end = tree.subtreeEnd(i)
        var j = i + 1
        while j < end {
            if removed[j] { j = tree.subtreeEnd(j); continue }
            if tree.nodes[j].tag == .hr { return true }
            if tree.nodes[j].tag == .text && stats.text[j] > 1 { return false }
            j += 1
        }
        return false
    }

    /// The element before `i` among its siblings, skipping removed nodes and white space.
    private func previousSibling(of i: Int, removed: [Bool]) -> Int? {
        let parent = tree.nodes[i].parent
        guard parent >= 0 else { return nil }
        var previous: Int?
        for child in tree.children(of: parent) {
            if child == i { return previous }
            if removed[child] || (tree.nodes[child].tag == .text && stats.text[child] <= 1) { continue }
            previous = child
        }
        return nil
    }

    /// Why an edge block is a prompt, a note or (among the last two, or in the first person) an author bio.
    private func edgeReason(_ text: String, trailing: Bool) -> String? {
        if let reason = EdgeCues.reason(text) { return reason }
        guard EdgeCues.isAuthorBio(text) else { return nil }
        if trailing { return "author bio" }
        let lowered = ClassNames(String(text.prefix(40))).bytes.drop { $0 == 32 || $0 == 10 || $0 == 9 || $0 == 13 }
        return lowered.starts(with: Array("i am".utf8)) || lowered.starts(with: Array("i'm".utf8)) || lowered.starts(with: Array("i’m".utf8)) ? "author bio" : nil
    }

    private func leaf(_ j: Int) -> Leaf {
        let node = tree.nodes[j]
        let text = tree.rawText(of: j)
        var spaced = 0
        var inWord = false
        for b in text.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { spaced += 1 }
            inWord = !space
        }
        let ideographs = text.unicodeScalars.reduce(0) { $1.value >= 0x3040 && $1.value < 0xD7B0 ? $0 + 1 : $0 }
        let last = text.unicodeScalars.last(where: { $0.value > 32 && $0 != "\u{A0}" })
        let sentence = last.map { ".!?:)\"”…。！？」』".unicodeScalars.contains($0) } ?? false
        let parentTag = node.parent >= 0 ? tree.nodes[node.parent].tag : .document
        let inList = node.tag == .li || node.tag == .dd || node.tag == .dt || node.tag == .td || parentTag == .li
        return Leaf(index: j, words: inList ? 100 : spaced + ideographs / 2, sentence: sentence,
                    linkDensity: stats.linkDensity(j), isHeading: node.tag.headingLevel != nil, isBarrier: false)
    }

    private func collectLeaves(roots: [Int], removed: [Bool]) -> [Leaf] {
        var leaves: [Leaf] = []
        for root in roots {
            let end = tree.subtreeEnd(root)
            var j = root
            while j < end {
                if removed[j] { j = tree.subtreeEnd(j); continue }
                let node = tree.nodes[j]
                if node.tag == .figure || node.tag == .img || node.tag == .picture || (node.tag != .text && stats.text[j] == 0 && stats.images[j] > 0) {
                    leaves.append(Leaf(index: j, words: 0, sentence: true, linkDensity: 0, isHeading: false, isBarrier: false, isNeutral: true))
                    j = tree.subtreeEnd(j)
                    continue
                }
                if node.tag == .table || node.tag == .pre || node.tag == .blockquote {
                    if stats.text[j] > 0 {
                        leaves.append(Leaf(index: j, words: 0, sentence: true, linkDensity: 0, isHeading: false, isBarrier: true))
                    }
                    j = tree.subtreeEnd(j)
                    continue
                }
                if stats.text[j] > 1 && (node.tag == .text || (!node.tag.isBlock && j != root && stats.inlineText[j] == stats.text[j])) {
                    leaves.append(leaf(j))
                    j = tree.subtreeEnd(j)
                    continue
                }
                if stats.text[j] > 0 && stats.inlineText[j] == stats.text[j] && (node.tag.isBlock || j == root) {
                    leaves.append(leaf(j))
                    j = tree.subtreeEnd(j)
                    continue
                }
                j += 1
            }
        }
        return leaves
    }
}
