// Boilerplate inside the chosen content that readability's rules miss: tag lists, teaser links, named promos.
import GalleyModel
import GalleySupport

extension ContentCleaner {
    /// Text inside `rel="tag"` links, per node (summed over the subtree).
    func tagLinkText() -> [Int32] {
        var sums = [Int32](repeating: 0, count: tree.nodes.count)
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) {
            let node = tree.nodes[i]
            if node.tag == .a, let rel = tree.attribute(.rel, of: i), ClassNames(rel).anyToken({ $0.spells("tag") }) {
                sums[i] = stats.text[i]
            }
            if node.parent >= 0 { sums[node.parent] += sums[i] }
        }
        return sums
    }

    /// Why node `i` is boilerplate, or nil.
    ///
    /// - An element whose text is mostly `rel="tag"` links is the article's tag list.
    /// - A link standing alone between blocks (not inside a sentence) is a teaser for another page.
    /// - An inline element inside a sentence that is nothing but three or more links is a hover
    ///   card or an inline "more stories" box, not part of the sentence.
    /// - A short element that is only a photo credit ("(Image: Getty)") goes, as credit classes do.
    /// - A heading named as a byline or dateline whose text reads as one ("By …", "Published …").
    /// - A paragraph that is an unrendered CMS shortcode (`[button …]Label[/button]`) goes.
    /// - A paragraph whose class or id names say promo, related, newsletter or share is chrome:
    ///   paragraphs are protected while chrome is set aside, so their names are checked here.
    func boilerplateVerdict(_ i: Int, tagLinks: [Int32]) -> String? {
        let tag = tree.nodes[i].tag
        guard tag != .text else { return nil }
        if tagLinks[i] > 0, tagLinks[i] * 10 >= stats.text[i] * 6 { return "tags" }
        if tag == .a, stats.text[i] >= 20, stats.headingText[i] == 0, stats.images[i] == 0, !stats.hasBlockChild[i] {
            let parent = tree.nodes[i].parent
            if parent >= 0, stats.hasBlockChild[parent], standsAlone(i, in: parent), !inFigure(i) {
                return "teaser link"
            }
        }
        if tag == .span || tag == .unknown, stats.text[i] >= 60, stats.linkDensity(i) >= 0.95 {
            let parent = tree.nodes[i].parent
            if parent >= 0, stats.inlineText[parent] >= stats.text[i] + 40, linkCount(i, atLeast: 3) { return "link card" }
        }
        if stats.text[i] > 0, stats.text[i] <= 60, tag == .span || tag == .small || tag == .em || tag == .i || tag == .p || tag == .div || tag == .cite,
           mayOpenCredit(i), EdgeCues.isPhotoCredit(tree.rawText(of: i)) {
            return "photo credit"
        }
        if let level = tag.headingLevel, level > 1, stats.text[i] < 120, ContentSignals.isByline(ContentSignals.names(tree, i)),
           EdgeCues.isBylineHeading(tree.rawText(of: i)) {
            return "byline"
        }
        if tag == .p, stats.text[i] < 300, firstVisibleByte(i) == UInt8(ascii: "["), isShortcode(tree.rawText(of: i)) { return "unrendered shortcode" }
        if tag == .p, stats.text[i] < 300 {
            let names = ContentSignals.names(tree, i)
            if ContentSignals.isUnlikely(names) { return ContentSignals.reason(tree, i) ?? "unlikely content" }
        }
        return nil
    }

    /// True when the siblings next to `i` (white space aside) are blocks or nothing: the link is
    /// not part of a sentence.
    private func standsAlone(_ i: Int, in parent: Int) -> Bool {
        var previous = -1
        var count = 0
        for child in tree.children(of: parent) {
            if child == i { break }
            count += 1
            if count > 500 { return false }
            if tree.nodes[child].tag != .text || stats.text[child] > 1 { previous = child }
        }
        var next = tree.nodes[i].next
        while next >= 0, tree.nodes[next].tag == .text, stats.text[next] <= 1 { next = tree.nodes[next].next }
        func isBlockOrNone(_ j: Int) -> Bool { j < 0 || tree.nodes[j].tag.isBlock }
        return isBlockOrNone(previous) && isBlockOrNone(next)
    }

    private func linkCount(_ i: Int, atLeast minimum: Int) -> Bool {
        var count = 0
        for j in i..<tree.subtreeEnd(i) where tree.nodes[j].tag == .a {
            count += 1
            if count >= minimum { return true }
        }
        return false
    }

    /// A cheap first test for `EdgeCues.isPhotoCredit`: the first visible byte is `(` or starts one
    /// of its words.
    private func mayOpenCredit(_ i: Int) -> Bool {
        guard let b = firstVisibleByte(i) else { return false }
        switch b | 0x20 {
        case 0x28, 0x61, 0x62, 0x63, 0x66, 0x69, 0x70: return true // ( a b c f i p
        default: return false
        }
    }

    /// The first byte of the subtree's text that is not white space.
    private func firstVisibleByte(_ i: Int) -> UInt8? {
        let end = tree.subtreeEnd(i)
        var j = i + 1
        while j < end {
            if tree.nodes[j].tag == .text {
                for b in tree.nodes[j].text.utf8 where b != 32 && b != 10 && b != 9 && b != 13 { return b }
            }
            j += 1
        }
        return nil
    }

    /// True when `text`, white space aside, opens with `[` and ends with a closing tag `[/name]`.
    private func isShortcode(_ text: String) -> Bool {
        let bytes = Array(text.utf8).filter { $0 != 32 && $0 != 10 && $0 != 9 && $0 != 13 }
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
              let open = bytes.lastIndex(of: UInt8(ascii: "[")), open + 2 < bytes.count - 1, bytes[open + 1] == UInt8(ascii: "/") else { return false }
        return bytes[(open + 2)..<(bytes.count - 1)].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x5F || $0 == 0x2D }
    }

    private func inFigure(_ i: Int) -> Bool {
        var p = tree.nodes[i].parent
        while p >= 0 {
            if tree.nodes[p].tag == .figure || tree.nodes[p].tag == .figcaption { return true }
            p = tree.nodes[p].parent
        }
        return false
    }
}
