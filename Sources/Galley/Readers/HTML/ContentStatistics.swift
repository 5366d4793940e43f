// Per-node text statistics for content scoring, computed bottom-up in one pass over the tree.

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
        var length: Int32 = 0, commas: Int32 = 0
        var inSpace = false
        for b in s.utf8 {
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

    /// Computes the statistics; `textMetrics` holds `measure` of each text node (zero for elements).
    init(tree: HTMLTree, removed: [Bool], textMetrics: [(length: Int32, commas: Int32)]) {
        let n = tree.nodes.count
        text = Array(repeating: 0, count: n)
        links = text; commas = text; inlineText = text; inlineCommas = text
        paragraphs = text; images = text; listItems = text; headingText = text; listText = text
        hasBlockChild = Array(repeating: false, count: n)
        for i in stride(from: n - 1, through: 1, by: -1) where !removed[i] {
            let node = tree.nodes[i]
            let tag = node.tag
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
            if tag != .p, tag.isBlock, inlineText[i] >= 80 { paragraphs[i] += 1 + inlineText[i] / 300 }
            let p = node.parent
            text[p] += text[i]
            links[p] += links[i]
            commas[p] += commas[i]
            paragraphs[p] += paragraphs[i]
            images[p] += images[i]
            listItems[p] += listItems[i]
            headingText[p] += headingText[i]
            listText[p] += listText[i]
            if tag.isBlock { hasBlockChild[p] = true }
            if tag == .text || !tag.isBlock {
                inlineText[p] += text[i]
                inlineCommas[p] += commas[i]
            }
        }
    }

    /// Link text over all text (0 when empty).
    func linkDensity(_ i: Int) -> Double {
        text[i] > 0 ? Double(links[i]) / Double(text[i]) : 0
    }
}
