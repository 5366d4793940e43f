// One feature vector per page for the page-type model: structure, repetition, cue groups, JSON-LD, og:type, URL.
import Foundation
import GalleyModel
import GalleySupport

/// The features of one page, by name, in a fixed order (counts as log(1 + n), shares in 0…1, flags 0/1).
struct PageTypeFeatures {
    private(set) var names: [String] = []
    private(set) var values: [Double] = []

    /// The values of `wanted` (0 for a name this table does not have).
    func values(named wanted: [String]) -> [Double] {
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return wanted.map { index[$0].map { values[$0] } ?? 0 }
    }

    private mutating func add(_ name: String, _ value: Double) {
        names.append(name)
        values.append(value)
    }

    private mutating func count(_ name: String, _ n: Int) { add(name, log1p(Double(n))) }

    /// The features of the page parsed into `tree`, with its metadata sources and JSON-LD.
    init(tree: HTMLTree, sources: HTMLMetadataSources, jsonLD: JSONLDMetadata, url: String?, cues: PageTypeCues = .shared) {
        let groupsOf = { (table: [String: [String]]) in table.keys.sorted() }
        for group in groupsOf(cues.jsonldTypes) {
            let types = Set(cues.jsonldTypes[group] ?? [])
            add("ld." + group, jsonLD.types.contains(where: { types.contains($0) }) ? 1 : 0)
        }
        let ogType = sources.meta["og:type"]?.first?.lowercased() ?? ""
        add("og.present", ogType.isEmpty ? 0 : 1)
        for group in groupsOf(cues.ogTypes) { add("og." + group, (cues.ogTypes[group] ?? []).contains(ogType) ? 1 : 0) }
        addURL(url, cues: cues)
        addBody(tree, cues: cues)
    }

    private mutating func addURL(_ url: String?, cues: PageTypeCues) {
        var path = Substring(url ?? "")
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...].drop { $0 != "/" } }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        let segments = path.lowercased().split(separator: "/").map(String.init)
        let tokens = Set(segments.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init) } + segments)
        for group in cues.urlTokens.keys.sorted() {
            add("url." + group, (cues.urlTokens[group] ?? []).contains(where: tokens.contains) ? 1 : 0)
        }
        add("url.known", url == nil ? 0 : 1)
        count("url.depth", segments.count)
        add("url.year", segments.contains { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber) } ? 1 : 0)
        add("url.numericID", segments.contains { $0.filter(\.isNumber).count >= 5 } ? 1 : 0)
        add("url.longSlug", (segments.last?.split(separator: "-").count ?? 0) >= 4 ? 1 : 0)
    }

    /// The tags counted (feature `tag.NAME` each).
    private static let countedTags: [HTMLTag] = [.p, .h1, .h2, .h3, .h4, .section, .article, .li, .a, .table, .pre, .code, .form, .input, .button,
                                                 .select, .img, .time, .nav, .aside, .dl, .blockquote, .iframe, .video, .header, .footer, .ul, .ol]
    /// Their feature names, spelled once.
    private static let countedTagNames: [String] = countedTags.map { "tag." + "\($0)" }

    private mutating func addBody(_ tree: HTMLTree, cues: PageTypeCues) {
        let body = tree.first(.body) ?? 0
        let end = tree.subtreeEnd(body)
        let counted = Self.countedTags
        // Counts by tag, indexed by the tag's raw value (no hashing per element).
        var tagCounts = [Int](repeating: 0, count: 256)
        let classGroups = cues.classParts.keys.sorted()
        var classCounts = [String: Int]()
        let classPartBytes = classGroups.map { ($0, (cues.classParts[$0] ?? []).map { Array($0.utf8) }) }
        let groupsFitMask = classPartBytes.count <= 64
        var tokenGroups = TokenGroupCache(groups: groupsFitMask ? classPartBytes.map(\.1) : [])
        let phraseGroups = cues.textPhrases.keys.sorted()
        // Each phrase with the space that must follow it as a prefix, built once for the page.
        let phraseLists = phraseGroups.map { group in (group, (cues.textPhrases[group] ?? []).map { ($0, $0 + " ") }) }
        let anyEmptyPhrase = phraseLists.contains { $0.1.contains { $0.0.isEmpty } }
        // … filed by first byte when that is an ASCII letter or digit (slot 256: every other phrase):
        // a text starting with an ASCII letter or digit can only equal or start with a phrase that
        // starts with the same byte or with no such letter (its first Character holds that byte first).
        // Each entry also holds the spaced phrase's bytes when it is ASCII (an ASCII text equals or
        // starts with an ASCII phrase exactly when its bytes do), or nil.
        var phraseTable = [[(group: Int, phrase: String, spaced: String, bytes: [UInt8]?)]](repeating: [], count: 257)
        for (g, list) in phraseLists.enumerated() {
            for phrase in list.1 {
                let bytes = phrase.1.utf8.allSatisfy { $0 < 0x80 } ? Array(phrase.1.utf8) : nil
                phraseTable[phrase.0.utf8.first.map { Self.isAlphanumericASCII($0) ? Int($0) : 256 } ?? 256].append((g, phrase.0, phrase.1, bytes))
            }
        }
        // The text (by node index) for which each group last matched: a group counts once per text.
        var phraseHit = [Int](repeating: -1, count: phraseLists.count)
        var phraseCountsByGroup = [Int](repeating: 0, count: phraseLists.count)
        var words = 0, linkWords = 0, paragraphWords = 0, prices = 0
        var linkEnd = -1, paragraphEnd = -1
        var index = body + 1
        while index < end {
            let tag = tree.nodes[index].tag
            switch tag {
            case .script, .style, .noscript, .template, .svg:
                index = tree.subtreeEnd(index)
                continue
            case .text:
                let raw = tree.nodes[index].text
                let n = Self.wordCount(raw)
                words += n
                if index < linkEnd { linkWords += n }
                if index < paragraphEnd { paragraphWords += n }
                if Self.hasPrice(raw) { prices += 1 }
                if raw.utf8.count <= 40 {
                    let text = raw.foldingWhitespace.lowercased()
                    if !text.isEmpty || anyEmptyPhrase {
                        let slot = text.utf8.first.flatMap { Self.isAlphanumericASCII($0) ? Int($0) : nil }
                        let textBytes: [UInt8]? = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
                        // The text's slot and slot 256, or every slot when the text has none.
                        var row = slot ?? 0
                        while row <= 256 {
                            for entry in phraseTable[row] where phraseHit[entry.group] != index {
                                let matched: Bool
                                if let textBytes, let spaced = entry.bytes {
                                    // equal to the phrase (its bytes without the space), or starting with it and a space
                                    matched = (textBytes.count == spaced.count - 1 && textBytes.elementsEqual(spaced.prefix(spaced.count - 1)))
                                        || (textBytes.count >= spaced.count && textBytes.prefix(spaced.count).elementsEqual(spaced))
                                } else {
                                    matched = text == entry.phrase || text.hasPrefix(entry.spaced)
                                }
                                if matched {
                                    phraseHit[entry.group] = index
                                    phraseCountsByGroup[entry.group] += 1
                                }
                            }
                            row = slot != nil && row != 256 ? 256 : row + 1
                        }
                    }
                }
            default:
                tagCounts[Int(tag.rawValue)] += 1
                if tag == .a { linkEnd = max(linkEnd, tree.subtreeEnd(index)) }
                if tag == .p { paragraphEnd = max(paragraphEnd, tree.subtreeEnd(index)) }
                if tree.nodes[index].attributeCount > 0 {
                    if groupsFitMask {
                        var bits = tokenGroups.mask(of: index, tree: tree)
                        while bits != 0 {
                            classCounts[classPartBytes[bits.trailingZeroBitCount].0, default: 0] += 1
                            bits &= bits - 1
                        }
                    } else {
                        let tokens = ElementTokens(index, tree: tree)
                        if !tokens.isEmpty {
                            for (group, parts) in classPartBytes where tokens.marks(parts) { classCounts[group, default: 0] += 1 }
                        }
                    }
                }
            }
            index += 1
        }
        for (tag, name) in zip(counted, Self.countedTagNames) { count(name, tagCounts[Int(tag.rawValue)]) }
        for group in classGroups { count("class." + group, classCounts[group] ?? 0) }
        for (g, group) in phraseGroups.enumerated() { count("text." + group, phraseCountsByGroup[g]) }
        count("text.prices", prices)
        count("words", words)
        add("share.linkWords", words == 0 ? 0 : Double(linkWords) / Double(words))
        add("share.paragraphWords", words == 0 ? 0 : Double(paragraphWords) / Double(words))
        let paragraphs = tagCounts[Int(HTMLTag.p.rawValue)]
        count("wordsPerParagraph", paragraphs == 0 ? 0 : paragraphWords / paragraphs)
        addRepetition(tree, body: body, end: end)
    }

    /// Sibling repetition: the largest run of same-signature siblings (tag and class) that hold a
    /// link, that look like cards (a link and a picture or heading) and that look like posts (a time).
    private mutating func addRepetition(_ tree: HTMLTree, body: Int, end: Int) {
        let start = body
        var has = [UInt8](repeating: 0, count: end - start)  // bits: 1 link, 2 image, 4 heading, 8 time
        for i in stride(from: end - 1, to: start, by: -1) {
            var bits = has[i - start]
            switch tree.nodes[i].tag {
            case .a: bits |= 1
            case .img, .picture: bits |= 2
            case .h2, .h3, .h4, .h5, .h6: bits |= 4
            case .time: bits |= 8
            default: break
            }
            has[i - start] = bits
            let parent = tree.nodes[i].parent
            if parent > start { has[parent - start] |= bits }
        }
        var bestLinks = 0, bestCards = 0, bestPosts = 0, groups = 0
        for parent in start..<end where tree.nodes[parent].tag != .text && tree.nodes[parent].firstChild >= 0 {
            var links = [TagAndClass: Int](), cards = [TagAndClass: Int](), posts = [TagAndClass: Int]()
            for child in tree.children(of: parent) where tree.nodes[child].tag != .text {
                let bits = has[child - start]
                guard bits & 1 != 0 || bits & 8 != 0 else { continue }
                let signature = TagAndClass(child, in: tree)
                if bits & 1 != 0 { links[signature, default: 0] += 1 }
                if bits & 1 != 0, bits & 6 != 0 { cards[signature, default: 0] += 1 }
                if bits & 8 != 0 { posts[signature, default: 0] += 1 }
            }
            bestLinks = max(bestLinks, links.values.max() ?? 0)
            bestCards = max(bestCards, cards.values.max() ?? 0)
            bestPosts = max(bestPosts, posts.values.max() ?? 0)
            groups += links.values.filter { $0 >= 4 }.count
        }
        count("repeat.links", bestLinks)
        count("repeat.cards", bestCards)
        count("repeat.posts", bestPosts)
        count("repeat.groups", groups)
    }

    private static func isAlphanumericASCII(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func wordCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable(wordCount) ?? wordCount(text.utf8)
    }

    private static func wordCount<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var n = 0, inWord = false
        for b in bytes {
            let space = b == 32 || (9...13).contains(b)
            if !space, !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    private static func mayHoldCurrency(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayHoldCurrency) ?? mayHoldCurrency(text.utf8)
    }

    private static func mayHoldCurrency<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in bytes {
            if b == 0x24 { return true }
            if previous == 0xC2, b == 0xA3 || b == 0xA5 { return true }
            if beforePrevious == 0xE2, previous == 0x82, b == 0xAC || b == 0xB9 { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// A currency sign next to a digit (`$19.99`, `19,99 €`).
    private static func hasPrice(_ text: String) -> Bool {
        // Without the bytes of `$`, `€` (E2 82 AC), `₹` (E2 82 B9), `£` (C2 A3) or `¥` (C2 A5) there is no currency sign.
        guard Self.mayHoldCurrency(text) else { return false }
        let scalars = Array(text.unicodeScalars.prefix(200))
        for (i, s) in scalars.enumerated() where "$€£¥₹".unicodeScalars.contains(s) {
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            let after = i + 2 < scalars.count ? scalars[i + 2] : " "
            let before = i > 0 ? scalars[i - 1] : " "
            let before2 = i > 1 ? scalars[i - 2] : " "
            let digit = { (c: Unicode.Scalar) in ("0"..."9").contains(c) }
            if digit(next) || (next == " " && digit(after)) || digit(before) || (before == " " && digit(before2)) { return true }
        }
        return false
    }
}

