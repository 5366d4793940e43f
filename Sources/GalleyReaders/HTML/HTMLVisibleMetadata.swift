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
    /// Names read from links to an author's page (`<a href="/author/jane-doe/">Jane Doe</a>`), in page order.
    var linkedNames: [String] = []
    /// ISO dates of `<time>` elements (their `datetime`, else their text), in page order.
    var times: [String] = []
    /// ISO dates of `<time>` elements marked as the publication time (class, id or itemprop).
    var publishedTimes: [String] = []
    /// ISO dates written out in short texts (`March 3, 2025`), in page order.
    var textDates: [String] = []
    /// … of those, the ones inside an element whose class or id marks a date.
    var classedDates: [String] = []
    /// The days of all the dates above (`<time>` and text), in page order.
    var shownDates: [String] = []

    private static let limit = 5

    /// Walks the body of `tree`.
    init(tree: HTMLTree, cues: MetadataCues = .shared, bytes: MetadataCueBytes = .shared) {
        guard let body = tree.first(.body) else { return }
        let end = tree.subtreeEnd(body)
        let bylineParts = bytes.bylineClassParts, bylineExcluded = bytes.bylineExcludedParts
        let bylineNameParts = bytes.bylineNameParts, bylineNameExcluded = bytes.bylineNameExcludedParts
        // Whether an element's class or id value marks a byline (a token of either does); a class
        // value's answer is found once per distinct ASCII value (String keys compare by canonical
        // equivalence, tokens by bytes; ids are mostly unique to their element).
        var bylineSeen = [String: Bool]()
        // … and by class ID (`HTMLNode.classID`) for the interned values: 0 unknown, 1 no, 2 yes.
        var bylineSeenByID = [UInt8](repeating: 0, count: tree.classValues.count)
        func marks(_ value: String?, isClass: Bool) -> Bool {
            guard let value, !value.isEmpty else { return false }
            let cacheable = isClass && ElementTokens.isASCII(value)
            if cacheable, let known = bylineSeen[value] { return known }
            let tokens = ElementTokens(value: value)
            let marked = tokens.marks(bylineParts, excluding: bylineExcluded)
                || tokens.marks(bylineParts, with: bylineNameParts, excluding: bylineNameExcluded)  // `author-box__name`
            if cacheable { bylineSeen[value] = marked }
            return marked
        }
        // The class value first, then the id (no array of the two built per element).
        func markedByline(_ index: Int) -> Bool {
            let classID = tree.nodes[index].classID
            if classID >= 0 {
                let slot = Int(classID)
                if bylineSeenByID[slot] == 0 { bylineSeenByID[slot] = marks(tree.classValues[slot], isClass: false) ? 2 : 1 }
                if bylineSeenByID[slot] == 2 { return true }
            } else if marks(tree.attribute(.class, of: index), isClass: true) {
                return true
            }
            return marks(tree.attribute(.id, of: index), isClass: false)
        }
        var index = body + 1
        while index < end {
            let tag = tree.nodes[index].tag  // the fields read, not the node copied (its text retained) per element
            switch tag {
            case .text:
                readText(tree.nodes[index].text, index: index, tree: tree, cues: cues, bytes: bytes)
            case .script, .style, .noscript, .template:
                index = tree.subtreeEnd(index)
                continue
            case .h1 where headings.count < Self.limit:
                let text = tree.rawText(of: index).foldingWhitespace
                if !text.isEmpty { headings.append((text, Self.hasAncestor(index, in: [.article, .main], tree: tree))) }
            case .time:
                readTime(index, tree: tree, bytes: bytes)
            default:
                if tag == .a, linkedNames.isEmpty, let name = Self.authorLinkName(index, tree: tree, cues: cues),
                   !Self.inMenu(index, tree: tree, parts: cues.authorLinkExcludedParts) {
                    linkedNames.append(name)
                }
                if bylineNames.count < Self.limit, tree.nodes[index].attributeCount > 0, markedByline(index),
                   tree.subtreeEnd(index) - index <= cues.bylineMaxNodes, let name = Self.bylineName(index, tree: tree, cues: cues, bytes: bytes) {
                    bylineNames.append(name)
                }
            }
            index += 1
        }
    }

    private mutating func readText(_ raw: String, index: Int, tree: HTMLTree, cues: MetadataCues, bytes: MetadataCueBytes) {
        let count = raw.utf8.count
        guard count >= 2, count <= 200 else { return }
        let text = raw.foldingWhitespace
        let shape = Self.asciiShape(text)
        let length = shape.isASCII ? text.utf8.count : text.count
        if labelledNames.count < Self.limit, length <= 80 {
            let stripped = AuthorLabels.strip(text)
            if stripped.stripped, let name = AuthorNames.fromByline(stripped.name, cues: cues) {
                labelledNames.append(name)
            } else if AuthorLabels.isLabelOnly(text), let name = Self.nameAfterLabel(index, tree: tree, cues: cues) {
                labelledNames.append(name)
            }
        }
        guard textDates.count < Self.limit, length >= 8, length <= 60, shape.isASCII ? shape.hasDigit : text.contains(where: \.isNumber),
              text.split(separator: " ").count <= 10, let date = MetadataDate.iso8601(text) ?? MetadataDate.isoDayInText(text) else { return }
        textDates.append(String(date.prefix(10)))
        shownDates.append(String(date.prefix(10)))
        if Self.hasMarkedAncestor(index, tree: tree, parts: bytes.dateClassParts, levels: 3) { classedDates.append(String(date.prefix(10))) }
    }

    private mutating func readTime(_ index: Int, tree: HTMLTree, bytes: MetadataCueBytes) {
        guard times.count < Self.limit else { return }
        let raw = tree.attribute(.datetime, of: index) ?? tree.rawText(of: index)
        guard let date = MetadataDate.iso8601(raw) else { return }
        times.append(date)
        shownDates.append(String(date.prefix(10)))
        let marks = Array([tree.attribute(.class, of: index), tree.attribute(.id, of: index), tree.attribute(.itemprop, of: index)]
            .compactMap { $0?.lowercased() }.joined(separator: " ").utf8)
        if bytes.publishedTimeParts.contains(where: { SimpleScalars.containsBytes(marks, $0) }),
           !bytes.modifiedTimeParts.contains(where: { SimpleScalars.containsBytes(marks, $0) }) {
            publishedTimes.append(date)
        }
    }

    /// Whether a text is ASCII without CR (one Character per byte), and whether it holds a digit
    /// (there the only numbers). Not ASCII: (false, false), the caller asks the Characters.
    static func asciiShape(_ text: String) -> (isASCII: Bool, hasDigit: Bool) {
        var hasDigit = false
        for b in text.utf8 {
            if b >= 0x80 || b == 0x0D { return (false, false) }
            if b >= 0x30 && b <= 0x39 { hasDigit = true }
        }
        return (true, hasDigit)
    }

    /// The name standing after a label alone (`<p>Written by</p><p>Jane Doe</p>`): the text of the
    /// label's parent, or of its grandparent when the parent holds only the label.
    private static func nameAfterLabel(_ index: Int, tree: HTMLTree, cues: MetadataCues) -> String? {
        var node = tree.nodes[index].parent
        if textBefore(index, within: node, tree: tree) { return nil }
        for _ in 0..<2 where node >= 0 && tree.subtreeEnd(node) - node <= cues.bylineMaxNodes {
            if let name = AuthorNames.fromByline(spacedText(of: node, tree: tree), cues: cues), !AuthorLabels.isLabelOnly(name) { return name }
            node = tree.nodes[node].parent
        }
        // `<h3>Author</h3><p>Jane Doe</p>`: the next text, a few nodes on.
        var next = index + 1
        while next < min(tree.nodes.count, index + Self.labelReach) {
            if tree.nodes[next].tag == .text {
                let text = tree.nodes[next].text.foldingWhitespace
                if !text.isEmpty { return AuthorNames.fromByline(text, cues: cues) }
            }
            next += 1
        }
        return nil
    }

    /// True when a label stands inside a sentence of its element (`Crafted with ♥ by X`, `Photo taken
    /// by X`: a credit, not a byline): some non-empty text precedes it in `parent`, within
    /// `labelReach` nodes.
    private static func textBefore(_ index: Int, within parent: Int, tree: HTMLTree) -> Bool {
        guard parent >= 0 else { return false }
        var i = index - 1
        while i > parent, i >= index - Self.labelReach {
            if tree.nodes[i].tag == .text, !tree.nodes[i].text.foldingWhitespace.isEmpty { return true }
            i -= 1
        }
        return false
    }

    /// The name a link to an author's page shows (its text, else its `aria-label` or `title`): a link
    /// whose URL path has one of `authorPathSegments` followed by another segment (`/author/jane-doe`).
    static func authorLinkName(_ index: Int, tree: HTMLTree, cues: MetadataCues) -> String? {
        guard let href = tree.attribute(.href, of: index), href.utf8.count < 300,
              isAuthorPath(href, segments: cues.authorPathSegments) else { return nil }
        let text = spacedText(of: index, tree: tree)
        for label in [text, tree.attribute(.ariaLabel, of: index) ?? "", tree.attribute(.title, of: index) ?? ""] where !label.isEmpty {
            return AuthorNames.fromByline(label, cues: cues)
        }
        return nil
    }

    /// True when an ancestor of the element below `<body>` is a `<nav>` or has a class or id piece
    /// (a token cut at `-` and `_`) starting with one of `parts` (`navbar-nav`, `menu-item`,
    /// `NavigationItem`; not `coronavirus`).
    static func inMenu(_ index: Int, tree: HTMLTree, parts: [String]) -> Bool {
        var node = tree.nodes[index].parent
        while node >= 0, tree.nodes[node].tag != .body {
            if tree.nodes[node].tag == .nav { return true }
            for value in [tree.attribute(.class, of: node), tree.attribute(.id, of: node)] {
                guard let value, !value.isEmpty else { continue }
                let pieces = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" })
                if pieces.contains(where: { piece in parts.contains { piece.hasPrefix($0) } }) { return true }
            }
            node = tree.nodes[node].parent
        }
        return false
    }

    /// True when the URL's path has one of `segments` (lower-cased) followed by a non-empty segment.
    static func isAuthorPath(_ href: String, segments: [String]) -> Bool {
        if let verdict = asciiAuthorPathVerdict(href, segments: segments) { return verdict }
        let path = href.prefix { $0 != "?" && $0 != "#" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        for i in 0..<(parts.count - 1) where !parts[i + 1].isEmpty && segments.contains(parts[i].lowercased()) { return true }
        return false
    }

    /// `isAuthorPath` by bytes for an ASCII URL and ASCII segments (one byte per character; `?`, `#`
    /// and `/` never join another byte in a character; an ASCII segment lower-cases byte by byte and
    /// equals an ASCII cue exactly when their bytes are equal). Nil for any other URL or cue list.
    private static func asciiAuthorPathVerdict(_ href: String, segments: [String]) -> Bool? {
        for segment in segments where !segment.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        return href.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var end = 0
            while end < bytes.count {
                let b = bytes[end]
                if b >= 0x80 { return nil }
                if b == 0x3F || b == 0x23 { break }  // `?`, `#`
                end += 1
            }
            for k in end..<bytes.count where bytes[k] >= 0x80 { return nil }
            // Each part (between slashes) followed by a non-empty part is looked up.
            var start = 0
            while start <= end {
                var stop = start
                while stop < end, bytes[stop] != 0x2F { stop += 1 }
                guard stop < end else { return false }  // the last part: nothing follows it
                let nextEnd = stop + 1
                if nextEnd < end, bytes[nextEnd] != 0x2F {
                    let length = stop - start
                    for segment in segments where segment.utf8.count == length {
                        var k = 0
                        let matched = segment.utf8.allSatisfy { c in
                            let b = bytes[start + k]
                            k += 1
                            return (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == c
                        }
                        if matched { return true }
                    }
                }
                start = nextEnd
            }
            return false
        } ?? nil
    }

    /// How many nodes after a label alone its name may stand.
    private static let labelReach = 12

    /// The subtree's texts joined by spaces (`<span>By</span><a>Jane</a>` reads `By Jane`, not `ByJane`).
    static func spacedText(of index: Int, tree: HTMLTree) -> String {
        var parts: [String] = []
        for i in index..<tree.subtreeEnd(index) where tree.nodes[i].tag == .text { parts.append(tree.nodes[i].text) }
        return parts.joined(separator: " ").foldingWhitespace
    }

    /// The name a byline element holds: its whole text, or the name in one of its parts (a link,
    /// `itemprop=name`, a class marking the name) when the whole text fails or only adds to that
    /// name something other than more names (`Jane Doe Senior Writer` → `Jane Doe`).
    private static func bylineName(_ index: Int, tree: HTMLTree, cues: MetadataCues, bytes: MetadataCueBytes) -> String? {
        let whole = AuthorNames.fromByline(spacedText(of: index, tree: tree), cues: cues)
        var part: String?
        for inner in (index + 1)..<tree.subtreeEnd(index) where tree.nodes[inner].tag != .text {
            guard tree.nodes[inner].tag == .a || tree.attribute(.itemprop, of: inner)?.lowercased() == "name"
                || marks(inner, tree: tree, parts: bytes.bylineNameParts, excluding: bytes.bylineNameExcludedParts) else { continue }
            if let name = AuthorNames.fromByline(spacedText(of: inner, tree: tree), cues: cues) { part = name; break }
        }
        guard let whole else { return part }
        guard let part, whole != part, whole.hasPrefix(part) else { return whole }
        let rest = whole.dropFirst(part.count).drop { $0 == " " }
        if rest.first == "," || rest.first == "&" || rest.lowercased().hasPrefix("and ") { return whole }  // several names
        return part
    }

    /// True when a class or id token of the element contains one of `parts` and none of `excluding`.
    static func marks(_ index: Int, tree: HTMLTree, parts: [[UInt8]], excluding: [[UInt8]] = []) -> Bool {
        guard tree.nodes[index].attributeCount > 0 else { return false }
        let tokens = ElementTokens(index, tree: tree)
        guard !tokens.isEmpty else { return false }
        return tokens.marks(parts, excluding: excluding)
    }

    private static func hasMarkedAncestor(_ index: Int, tree: HTMLTree, parts: [[UInt8]], levels: Int) -> Bool {
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
