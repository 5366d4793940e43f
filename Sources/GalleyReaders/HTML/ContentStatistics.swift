// Per-node text statistics for content scoring, computed bottom-up in one pass over the tree.
import GalleyModel
import GalleySupport

/// Text length, link text length, commas and counts of telling elements for every node,
/// ignoring nodes marked removed. Lengths count characters with white-space runs folded to one.
struct ContentStatistics {
    /// Folded text length of the subtree.
    var text: [Int32]
    /// Folded text length inside links.
    var links: [Int32]
    /// Commas in the subtree.
    var commas: [Int32]
    /// Text length of the node's own inline content (text and inline children, not block children).
    var inlineText: [Int32]
    /// Commas in the node's own inline content.
    var inlineCommas: [Int32]
    /// Counts of `p`, `img`, `li` and heading text in the subtree.
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var headingText: [Int32]
    /// Text inside `ul`/`ol` in the subtree.
    var listText: [Int32]
    /// True when the node has a block element child.
    var hasBlockChild: [Bool]

    /// Measures the folded length and commas of one string.
    static func measure(_ s: String) -> (length: Int32, commas: Int32) {
        var copy = s
        return copy.withUTF8 { bytes in
            var length: Int32 = 0, commas: Int32 = 0
            var inSpace = false
            for b in bytes {
                if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                    if !inSpace { length += 1; inSpace = true }
                    continue
                }
                inSpace = false
                if b & 0xC0 != 0x80 { length += 1 }
                if b == 44 { commas += 1 }
            }
            return (length, commas)
        }
    }

    /// Computes the statistics; `textMetrics` holds `measure` of each text node (zero for elements).
    init(tree: HTMLTree, removed: [Bool], textMetrics: [(length: Int32, commas: Int32)]) {
        let n = tree.nodes.count
        // The ten counts in one buffer, a block of `n` each, written through pointers (no
        // copy-on-write check per node and count); split into the arrays at the end.
        var counts = [Int32](repeating: 0, count: n * 10)
        var hasBlockChild = [Bool](repeating: false, count: n)
        // One bottom-up pass; children have larger indices than their parents.
        tree.nodes.withUnsafeBufferPointer { nodes in
            counts.withUnsafeMutableBufferPointer { all in
                hasBlockChild.withUnsafeMutableBufferPointer { hasBlockChild in
                    guard let base = all.baseAddress else { return }
                    let text = base, links = base + n, commas = base + 2 * n, inlineText = base + 3 * n
                    let inlineCommas = base + 4 * n, paragraphs = base + 5 * n, images = base + 6 * n
                    let listItems = base + 7 * n, headingText = base + 8 * n, listText = base + 9 * n
                    for i in stride(from: n - 1, through: 1, by: -1) where !removed[i] {
                        let tag = nodes[i].tag
                        let p = nodes[i].parent
                        precondition(p >= 0 && p < i, "a node's parent comes before it")
                        switch tag {
                        case .text:
                            text[i] = textMetrics[i].length
                            commas[i] = textMetrics[i].commas
                        case .a: links[i] = text[i]
                        case .p: paragraphs[i] += 1
                        case .img: images[i] += 1
                        case .li: listItems[i] += 1
                        case .ul, .ol: listText[i] = text[i]
                        case .h1, .h2, .h3, .h4, .h5, .h6: headingText[i] = text[i]
                        default: break
                        }
                        let isBlock = tag.isBlock
                        if tag != .p, isBlock, inlineText[i] >= 80 { paragraphs[i] += 1 + inlineText[i] / 300 }
                        text[p] += text[i]
                        links[p] += links[i]
                        commas[p] += commas[i]
                        paragraphs[p] += paragraphs[i]
                        images[p] += images[i]
                        listItems[p] += listItems[i]
                        headingText[p] += headingText[i]
                        listText[p] += listText[i]
                        if isBlock {
                            hasBlockChild[p] = true
                        } else {
                            inlineText[p] += text[i]
                            inlineCommas[p] += commas[i]
                        }
                    }
                }
            }
        }
        func block(_ k: Int) -> [Int32] { Array(counts[(k * n)..<((k + 1) * n)]) }
        self.text = block(0); self.links = block(1); self.commas = block(2); self.inlineText = block(3)
        self.inlineCommas = block(4); self.paragraphs = block(5); self.images = block(6)
        self.listItems = block(7); self.headingText = block(8); self.listText = block(9)
        self.hasBlockChild = hasBlockChild
    }

    /// Link text over all text (0 when empty).
    func linkDensity(_ i: Int) -> Double {
        text[i] > 0 ? Double(links[i]) / Double(text[i]) : 0
    }
}
