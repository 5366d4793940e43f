// Removes what does not belong inside the chosen content: link farms, image strips, empty wrappers.
import GalleyModel
import GalleySupport

/// Readability's conditional cleaning, applied inside the kept roots, top-down.
struct ContentCleaner {
    let tree: HTMLTree
    let stats: ContentStatistics

    private static let creditWords = ClassNames.words(["credit", "copyright", "attribution"])

    /// Marks removed nodes inside `roots` and records why.
    func clean(roots: [Int], removed: inout [Bool], reasons: inout [Int: String]) {
        let keptText = roots.reduce(Int32(0)) { $0 + stats.text[$1] }
        let tagLinks = tagLinkText()
        for root in roots {
            let end = tree.subtreeEnd(root)
            var i = root + 1
            while i < end {
                if removed[i] { i += 1; continue }
                if let reason = boilerplateVerdict(i, tagLinks: tagLinks) ?? verdict(i, rootText: stats.text[root], keptText: keptText) {
                    let subEnd = tree.subtreeEnd(i)
                    for j in i..<subEnd { removed[j] = true }
                    reasons[i] = reason
                    i = subEnd
                } else {
                    i += 1
                }
            }
        }
    }

    /// Why node `i` should go, or nil to keep it.
    private func verdict(_ i: Int, rootText: Int32, keptText: Int32) -> String? {
        guard let reason = chromeVerdict(i, rootText: rootText, keptText: keptText) else { return nil }
        // An embedded social post is a quotation in the article, not share buttons or a link farm.
        let tag = tree.nodes[i].tag
        if tag == .blockquote || tag == .div || tag == .section || tag == .figure, stats.text[i] < 3000,
           ContentSignals.holdsEmbeddedPost(tree, i) { return nil }
        return reason
    }

    /// The rules by tag, names and statistics behind `verdict`.
    private func chromeVerdict(_ i: Int, rootText: Int32, keptText: Int32) -> String? {
        let tag = tree.nodes[i].tag
        // A wrapper holding most of the kept text is the content itself, whatever its names say
        // (page builders name every wrapper "widget"; a title that is a link is not a teaser then).
        let dominant = stats.text[i] * 2 > keptText && stats.paragraphs[i] >= 3
        if tag.isBlock || tag == .span || tag == .unknown || tag == .time || tag == .small {
            let names = ContentSignals.names(tree, i)
            if tag == .address && stats.text[i] < 200 { return "byline" }
            if stats.text[i] < 200, tag.headingLevel == nil, ContentSignals.isByline(names) {
                return names.containsAny(Self.creditWords) ? "photo credit" : "byline"
            }
            if stats.images[i] >= 2 || stats.text[i] < 100, !dominant, ContentSignals.isGallery(names), !hasAncestor(i, [.figure]) { return "image gallery" }
            if stats.text[i] < 300, stats.paragraphs[i] == 0, isStructuredData(i) { return "schema.org data" }
        }
        if tag == .p, stats.text[i] > 0, (stats.text[i] < 200 && stats.linkDensity(i) > 0.75) || stats.linkDensity(i) > 0.85
            || (stats.text[i] < 400 && stats.linkDensity(i) > 0.65 && linkCount(i) >= 2) {
            return tag == .p ? "link-only paragraph" : "teaser link"
        }
        switch tag {
        case .h1, .h2:
            return ContentSignals.classWeight(tree, i) < 0 ? (ContentSignals.reason(tree, i) ?? "heading of page chrome") : nil
        case .article:
            if isTeaser(i) && stats.text[i] < 1500 && !dominant { return "related content" }
            if let outer = ancestor(of: i, .article), stats.text[i] * 2 < stats.text[outer] { return "related content" }
            return nil
        case .footer:
            return ContentSignals.reason(tree, i) ?? "footer"
        case .aside:
            if ContentSignals.classWeight(tree, i) < 0 || stats.linkDensity(i) > 0.2 || stats.paragraphs[i] == 0 {
                return ContentSignals.reason(tree, i) ?? "sidebar"
            }
            return nil
        case .table, .ul, .ol, .div, .section, .form, .fieldset, .header, .dl:
            break
        default:
            return nil
        }
        if tag == .table && isDataTable(i) { return nil }
        if hasAncestor(i, [.pre, .code, .figure]) { return nil }
        let weight = ContentSignals.classWeight(tree, i)
        if weight < 0 && !dominant { return ContentSignals.reason(tree, i) ?? "unlikely content" }
        guard stats.commas[i] < 10, stats.text[i] * 2 <= rootText else { return nil }
        let p = Double(stats.paragraphs[i])
        let img = Double(stats.images[i])
        let li = Double(stats.listItems[i]) - 100
        let length = Double(stats.text[i])
        let isList = tag == .ul || tag == .ol || (length > 0 && Double(stats.listText[i]) / length > 0.9)
        let headingDensity = length > 0 ? Double(stats.headingText[i]) / length : 0
        let linkDensity = stats.linkDensity(i)
        // Many images with little text between them. Prose beside the photos (two paragraphs of
        // 120 characters or more, mostly outside links) is an illustrated article, not a strip;
        // the one-line captions or teasers of a card list are not prose.
        if img > 1 && p / img < 0.5 && length / img < 200 && !(linkDensity < 0.3 && hasParagraphs(i, atLeast: 2, ofLength: 120)) {
            return "image strip"
        }
        if !isList && li > p { return "list of links" }
        if !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) { return "empty wrapper" }
        if !isList && weight < 25 && linkDensity > 0.2 { return "high link density" }
        if weight >= 25 && linkDensity > 0.5 { return "high link density" }
        if isList && ((linkDensity > 0.5 && length < 400) || linkDensity > 0.8) { return ContentSignals.reason(tree, i) ?? "list of links" }
        return nil
    }

    /// True when the subtree of `i` holds `count` blocks whose own text is `length` characters or more.
    private func hasParagraphs(_ i: Int, atLeast count: Int, ofLength length: Int32) -> Bool {
        var found = 0
        for j in (i + 1)..<tree.subtreeEnd(i) where tree.nodes[j].tag.isBlock && stats.inlineText[j] >= length {
            found += 1
            if found >= count { return true }
        }
        return false
    }

    /// The number of links in the subtree of `i`.
    private func linkCount(_ i: Int) -> Int {
        var count = 0
        for j in i..<tree.subtreeEnd(i) where tree.nodes[j].tag == .a { count += 1 }
        return count
    }

    /// A block whose first heading is a link: a teaser for another page.
    private func isTeaser(_ i: Int) -> Bool {
        let end = tree.subtreeEnd(i)
        for j in i..<end where tree.nodes[j].tag.headingLevel != nil && stats.text[j] > 0 {
            return stats.links[j] * 2 > stats.text[j]
        }
        return false
    }

    /// schema.org objects written out as text for machines (image URL and size, publisher logo).
    private static let structuredProperties: Set<String> = ["image", "publisher", "logo", "thumbnail", "thumbnailurl", "mainentityofpage", "video", "aggregaterating"]

    private func isStructuredData(_ i: Int) -> Bool {
        guard tree.attribute(.itemscope, of: i) != nil, let prop = tree.attribute(.itemprop, of: i)?.lowercased() else { return false }
        return prop.split(separator: " ").contains { Self.structuredProperties.contains(String($0)) }
    }

    private func ancestor(of i: Int, _ tag: HTMLTag) -> Int? {
        var p = tree.nodes[i].parent
        while p >= 0 {
            if tree.nodes[p].tag == tag { return p }
            p = tree.nodes[p].parent
        }
        return nil
    }

    private func hasAncestor(_ i: Int, _ tags: [HTMLTag]) -> Bool {
        var p = tree.nodes[i].parent
        while p >= 0 {
            if tags.contains(tree.nodes[p].tag) { return true }
            p = tree.nodes[p].parent
        }
        return false
    }

    /// A table of data (header cells, caption, several rows and columns) rather than page layout.
    func isDataTable(_ i: Int) -> Bool {
        if tree.attribute(.role, of: i)?.lowercased() == "presentation" { return false }
        let end = tree.subtreeEnd(i)
        var rows = 0, cells = 0, nested = false, headers = false
        for j in (i + 1)..<end {
            switch tree.nodes[j].tag {
            case .table: nested = true
            case .tr: rows += 1
            case .td: cells += 1
            case .th, .caption, .thead: headers = true
            default: break
            }
        }
        if nested { return false }
        if headers { return true }
        return rows >= 2 && cells >= 4 && cells / max(rows, 1) >= 2
    }
}
