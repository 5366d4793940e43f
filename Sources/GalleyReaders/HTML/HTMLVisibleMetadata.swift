// Metadata evidence a reader sees on the page itself: headings, bylines, <time> elements, dates in text.
import GalleyModel
import GalleySupport

/// What the visible page says about its title, author and date, gathered in one walk of the body.
struct HTMLVisibleMetadata {
    /// Level-1 heading texts (at most 5), with whether each stands inside `<article>` or `<main>`.
    var headings: [(text: String, inArticle: Bool)] = []
    /// Names read from elements whose class or id marks a byline (`.byline`, `.author-name`), in page order.
    var bylineNames: [String] = []
    /// Names read from short texts that start with a label (`By Jane Doe`).
    var labelledNames: [String] = []
    /// ISO dates of `<time>` elements (their `datetime`, else their text), in page order.
    var times: [String] = []
    /// ISO dates of `<time>` elements marked as the publication time (class, id or itemprop).
    var publishedTimes: [String] = []
    /// ISO dates written out in short texts (`March 3, 2025`), in page order.
    var textDates: [String] = []
    /// … of those, the ones inside an element whose class or id marks a date.
    var classedDates: [String] = []

    private static let limit = 5

    /// Walks the body of `tree`.
    init(tree: HTMLTree, cues: MetadataCues = .shared) {
        guard let body = tree.first(.body) else { return }
        let end = tree.subtreeEnd(body)
        let bylineParts = cues.bylineClassParts.map { Array($0.utf8) }, bylineExcluded = cues.bylineExcludedParts.map { Array($0.utf8) }
        // Whether an element's class or id value marks a byline (a token of either does); a class
        // value's answer is found once per distinct ASCII value (String keys compare by canonical
        // equivalence, tokens by bytes; ids are mostly unique to their element).
        var bylineSeen = [String: Bool]()
        func markedByline(_ index: Int) -> Bool {
            for (value, isClass) in [(tree.attribute(.class, of: index), true), (tree.attribute(.id, of: index), false)] {
                guard let value, !value.isEmpty else { continue }
                let cacheable = isClass && ElementTokens.isASCII(value)
                let marked: Bool
                if cacheable, let known = bylineSeen[value] {
                    marked = known
                } else {
                    marked = ElementTokens(value: value).marks(bylineParts, excluding: bylineExcluded)
                    if cacheable { bylineSeen[value] = marked }
                }
                if marked { return true }
            }
            return false
        }
        var index = body + 1
        while index < end {
            let node = tree.nodes[index]
            switch node.tag {
            case .text:
                readText(node.text, index: index, tree: tree, cues: cues)
            case .script, .style, .noscript, .template:
                index = tree.subtreeEnd(index)
                continue
            case .h1 where headings.count < Self.limit:
                let text = tree.rawText(of: index).foldingWhitespace
                if !text.isEmpty { headings.append((text, Self.hasAncestor(index, in: [.article, .main], tree: tree))) }
            case .time:
                readTime(index, tree: tree, cues: cues)
            default:
                if bylineNames.count < Self.limit, node.attributeCount > 0, markedByline(index),
                   tree.subtreeEnd(index) - index <= cues.bylineMaxNodes, let name = Self.bylineName(index, tree: tree, cues: cues) {
                    bylineNames.append(name)
                }
            }
            index += 1
        }
    }

    private mutating func readText(_ raw: String, index: Int, tree: HTMLTree, cues: MetadataCues) {
        let count = raw.utf8.count
        guard count >= 2, count <= 200 else { return }
        let text = raw.foldingWhitespace
        let length = text.count
        if labelledNames.count < Self.limit, length <= 80 {
            let stripped = AuthorLabels.strip(text)
            if stripped.stripped, let name = AuthorNames.fromByline(stripped.name, cues: cues) {
                labelledNames.append(name)
            } else if AuthorLabels.isLabelOnly(text), let name = Self.nameAfterLabel(index, tree: tree, cues: cues) {
                labelledNames.append(name)
            }
        }
        guard textDates.count < Self.limit, length >= 8, length <= 60, Self.holdsNumber(text),
              text.split(separator: " ").count <= 10, let date = MetadataDate.iso8601(text) else { return }
        textDates.append(String(date.prefix(10)))
        if Self.hasMarkedAncestor(index, tree: tree, parts: cues.dateClassParts, levels: 3) { classedDates.append(String(date.prefix(10))) }
    }

    private mutating func readTime(_ index: Int, tree: HTMLTree, cues: MetadataCues) {
        guard times.count < Self.limit else { return }
        let raw = tree.attribute(.datetime, of: index) ?? tree.rawText(of: index)
        guard let date = MetadataDate.iso8601(raw) else { return }
        times.append(date)
        let marks = [tree.attribute(.class, of: index), tree.attribute(.id, of: index), tree.attribute(.itemprop, of: index)]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        if cues.publishedTimeParts.contains(where: { SimpleScalars.containsBytes(marks, $0) }),
           !cues.modifiedTimeParts.contains(where: { SimpleScalars.containsBytes(marks, $0) }) {
            publishedTimes.append(date)
        }
    }

    /// `text.contains(where: \.isNumber)`, by bytes for an ASCII text (where only digits are numbers).
    private static func holdsNumber(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
        return text.contains(where: \.isNumber)
    }

    /// The name standing after a label alone (`<p>Written by</p><p>Jane Doe</p>`): the text of the
    /// label's parent, or of its grandparent when the parent holds only the label.
    private static func nameAfterLabel(_ index: Int, tree: HTMLTree, cues: MetadataCues) -> String? {
        var node = tree.nodes[index].parent
        for _ in 0..<2 where node >= 0 && tree.subtreeEnd(node) - node <= cues.bylineMaxNodes {
            if let name = AuthorNames.fromByline(spacedText(of: node, tree: tree), cues: cues) { return name }
            node = tree.nodes[node].parent
        }
        return nil
    }

    /// The subtree's texts joined by spaces (`<span>By</span><a>Jane</a>` reads `By Jane`, not `ByJane`).
    static func spacedText(of index: Int, tree: HTMLTree) -> String {
        var parts: [String] = []
        for i in index..<tree.subtreeEnd(index) where tree.nodes[i].tag == .text { parts.append(tree.nodes[i].text) }
        return parts.joined(separator: " ").foldingWhitespace
    }

    /// The first name found in a byline element: its whole text, else one of its links or `itemprop=name` parts.
    private static func bylineName(_ index: Int, tree: HTMLTree, cues: MetadataCues) -> String? {
        if let name = AuthorNames.fromByline(spacedText(of: index, tree: tree), cues: cues) { return name }
        let end = tree.subtreeEnd(index)
        for inner in (index + 1)..<end where tree.nodes[inner].tag == .a || tree.attribute(.itemprop, of: inner)?.lowercased() == "name" {
            if let name = AuthorNames.fromByline(spacedText(of: inner, tree: tree), cues: cues) { return name }
        }
        return nil
    }

    /// True when a class or id token of the element contains one of `parts` and none of `excluding`.
    static func marks(_ index: Int, tree: HTMLTree, parts: [String], excluding: [String] = []) -> Bool {
        let tokens = ElementTokens(index, tree: tree)
        guard !tokens.isEmpty else { return false }
        return tokens.marks(parts.map { Array($0.utf8) }, excluding: excluding.map { Array($0.utf8) })
    }

    /// `marks` with the parts already as bytes (converted once per page, not once per element).
    static func marks(_ index: Int, tree: HTMLTree, parts: [[UInt8]], excluding: [[UInt8]]) -> Bool {
        guard tree.nodes[index].attributeCount > 0 else { return false }
        let tokens = ElementTokens(index, tree: tree)
        return !tokens.isEmpty && tokens.marks(parts, excluding: excluding)
    }

    private static func hasMarkedAncestor(_ index: Int, tree: HTMLTree, parts: [String], levels: Int) -> Bool {
        var node = tree.nodes[index].parent
        for _ in 0..<levels where node >= 0 {
            if marks(node, tree: tree, parts: parts) { return true }
            node = tree.nodes[node].parent
        }
        return false
    }

    private static func hasAncestor(_ index: Int, in tags: Set<HTMLTag>, tree: HTMLTree) -> Bool {
        var node = tree.nodes[index].parent
        while node >= 0 {
            if tags.contains(tree.nodes[node].tag) { return true }
            node = tree.nodes[node].parent
        }
        return false
    }
}
