// The units the extraction model decides on: each block element's own text (text and inline children).
import Foundation
import GalleyModel
import GalleySupport

/// One unit: the text a block element holds directly or through inline elements (not through
/// nested blocks), with its counts.
struct ExtractionUnit {
    /// The block element (or `body`) that owns the text.
    var element: Int
    /// The text nodes, in document order.
    var textNodes: [Int] = []
    /// Folded characters, characters inside links, commas.
    var chars: Int32 = 0
    var linkChars: Int32 = 0
    var commas: Int32 = 0
    /// Characters of page text before the unit.
    var start: Int32 = 0
    /// The text, white space folded.
    var text = ""
}

/// Splits the body of a page into units, in document order.
struct ExtractionUnits {
    /// The units.
    var units: [ExtractionUnit] = []
    /// For every node: the nearest block ancestor strictly above it (the owner of its inline text), -1 outside the body.
    var owner: [Int32]
    /// For every node: the unit of its owner, -1 when the owner has no text.
    var unitOfElement: [Int32]
    /// For every node: inside an element whose content never reaches the output (script, form control...).
    var dropped: [Bool]
    /// Inline elements, links and unknown (custom) elements owned by each element.
    var inlineElements: [Int32]
    var inlineLinks: [Int32]
    var inlineUnknown: [Int32]
    /// All unit characters of the page.
    var pageChars: Int32 = 0
    var pageLinkChars: Int32 = 0

    init(tree: HTMLTree, body: Int, textMetrics: [(length: Int32, commas: Int32)]) {
        let n = tree.nodes.count
        owner = [Int32](repeating: -1, count: n)
        unitOfElement = [Int32](repeating: -1, count: n)
        dropped = [Bool](repeating: false, count: n)
        inlineElements = [Int32](repeating: 0, count: n)
        inlineLinks = inlineElements
        inlineUnknown = inlineElements
        var inLink = [Bool](repeating: false, count: n)
        let end = tree.subtreeEnd(body)
        guard body + 1 < end else { return }
        for i in (body + 1)..<end {
            let node = tree.nodes[i]
            let p = node.parent
            let tag = node.tag
            dropped[i] = dropped[p] || tag.isDropped
            if dropped[i] { continue }
            inLink[i] = inLink[p] || tag == .a
            let own = (p == body || tree.nodes[p].tag.isBlock) ? p : Int(owner[p])
            owner[i] = Int32(own)
            guard own >= 0 else { continue }
            if tag != .text {
                if !tag.isBlock {
                    inlineElements[own] += 1
                    if tag == .a { inlineLinks[own] += 1 }
                    if tag == .unknown { inlineUnknown[own] += 1 }
                }
                continue
            }
            let length = textMetrics[i].length
            guard length > 0, node.text.utf8.contains(where: { $0 > 32 }) else { continue }
            var u = Int(unitOfElement[own])
            if u < 0 {
                u = units.count
                unitOfElement[own] = Int32(u)
                units.append(ExtractionUnit(element: own, start: pageChars))
            }
            units[u].textNodes.append(i)
            units[u].chars += length
            units[u].commas += textMetrics[i].commas
            if inLink[i] { units[u].linkChars += length; pageLinkChars += length }
            if !units[u].text.isEmpty { units[u].text += " " }
            units[u].text += node.text
            pageChars += length
        }
        for u in units.indices { units[u].text = units[u].text.foldingWhitespace }
    }
}
