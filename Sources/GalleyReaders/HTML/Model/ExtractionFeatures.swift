// The feature table of the extraction model: one row of numbers per text unit of a page (issue #12).
import Foundation
import GalleyModel
import GalleySupport

/// The features of every unit of a page, in the fixed order of `names`.
///
/// The extraction model (`ExtractionModel`) weighs these; `galley explain --features-tsv` on an HTML
/// page prints them so `scripts/fit-extraction.py` fits on exactly what Swift computes.
struct ExtractionFeatures {
    /// Tags a unit's element may have (one-hot; anything else is `tag.other`).
    static let unitTags: [String] = ["p", "li", "h1", "h2to6", "td", "pre", "blockquote", "dd", "div", "section", "body", "figcaption", "other"]
    /// Ancestor kinds flagged on a unit (the element itself included).
    static let ancestorKinds: [String] = ["nav", "header", "footer", "aside", "form", "article", "main", "li", "table", "a",
                                          "heading", "figure", "blockquote", "unknown", "list", "label", "hidden", "itemArticleBody"]
    /// Features of the unit alone.
    static let ownNames: [String] = ["logChars", "words", "linkShare", "commaRate", "sentenceEnds", "endsSentence", "punctShare",
                                     "shortWordShare", "digitShare", "capitalShare", "inlineElements", "inlineLinks", "unknownInline",
                                     "titleOverlap", "origKept", "depth", "siblingsSame", "repeatAround", "regionLinkDensity",
                                     "regionLogChars", "regionShare", "parentLinkDensity", "position", "inRuleRegion", "repeatRegionShare"]
    /// Features of the page.
    static let pageNames: [String] = ["pageLogChars", "pageLinkShare", "origKeptShare", "logUnits"] + ExtractionPageHints.names
        + PageType.allCases.map { "type." + $0.rawValue }
    /// Neighbour features (previous and next unit).
    static let neighbourNames: [String] = ["logChars", "linkShare", "origKept", "heading"]

    /// All feature names, in column order.
    static let names: [String] = ownNames + unitTags.map { "tag." + $0 } + ancestorKinds.map { "in." + $0 }
        + ExtractionCues.shared.names.map { "cue." + $0 } + pageNames
        + neighbourNames.map { "prev." + $0 } + neighbourNames.map { "next." + $0 }
        + ExtractionPosts.names + ExtractionTextCues.names.map { "text." + $0 }

    /// One row per unit.
    var rows: [[Double]] = []
    /// The page's repeated post structure (the `post*` columns; `ThreadPosts` groups by it).
    let posts: ExtractionPosts

    /// Computes the rows. `kept` marks nodes the rule-based extractor kept (a feature among others).
    init(tree: HTMLTree, body: Int, units: ExtractionUnits, stats: ContentStatistics, kept: [Bool], region: [Bool], title: String?, hints: ExtractionPageHints, pageTypes: [Double]) {
        let page = Double(max(units.pageChars, 1))
        let titleWords = Set(ExtractionText.words(title ?? ""))
        let siblings = ExtractionContext.sameSiblings(tree: tree, body: body)
        var keptShares: [Double] = []
        var keptTotal = 0.0
        for unit in units.units {
            let keptChars = unit.textNodes.reduce(Int32(0)) { $0 + (kept[$1] ? stats.text[$1] : 0) }
            let share = unit.chars > 0 ? Double(keptChars) / Double(unit.chars) : 0
            keptShares.append(share)
            keptTotal += Double(keptChars)
        }
        let pageRow = [log1p(page), Double(units.pageLinkChars) / page, keptTotal / page, log1p(Double(units.units.count))] + hints.values
            + (pageTypes.count == PageType.allCases.count ? pageTypes : [Double](repeating: 0, count: PageType.allCases.count))
        var maskCache = CueMaskCache()
        posts = ExtractionPosts(tree: tree, body: body, maskCache: &maskCache)
        var context = ExtractionContext(tree: tree, body: body, stats: stats, page: page, maskCache: maskCache)
        // Each row is written in its final column order, the eight neighbour columns (which read
        // the rows before and after) left at zero and filled once every row is there.
        var table: [[Double]] = []
        table.reserveCapacity(units.units.count)
        var neighbourStart = 0
        for (u, unit) in units.units.enumerated() {
            let e = unit.element
            let text = ExtractionText(unit.text)
            let chars = Double(max(unit.chars, 1))
            let walk = context.ancestors(of: e, chars: unit.chars)
            var repeatAround = 0.0, repeatRegion = 0.0
            var a = e, level = 0
            while a > body, level < 5 {
                if siblings[a] > repeatAround {
                    repeatAround = siblings[a]
                    repeatRegion = Double(stats.text[tree.nodes[a].parent]) / page
                }
                a = tree.nodes[a].parent; level += 1
            }
            let parent = e == body ? body : tree.nodes[e].parent
            var row = [Double]()
            row.reserveCapacity(Self.names.count)
            row += [
                log1p(chars), log1p(Double(text.words)), Double(unit.linkChars) / chars, Double(unit.commas) * 100 / chars,
                Double(text.sentenceEnds), text.endsSentence ? 1 : 0, Double(text.punctuation) / chars,
                text.share(text.shortWords), text.share(text.digitWords), text.share(text.capitalWords),
                log1p(Double(units.inlineElements[e])), log1p(Double(units.inlineLinks[e])), log1p(Double(units.inlineUnknown[e])),
                titleWords.isEmpty || text.words > 40 ? 0 : Double(text.wordList.filter { titleWords.contains($0) }.count) / Double(max(text.words, 1)),
                keptShares[u], Double(walk.depth), siblings[e], repeatAround,
                walk.regionLinkDensity, walk.regionLogChars, walk.regionShare, stats.linkDensity(parent), Double(unit.start) / page,
                region[e] ? 1 : 0, repeatRegion,
            ]
            let tagIndex = Self.unitTagIndex(tree.nodes[e].tag, isBody: e == body)
            for k in Self.unitTags.indices { row.append(k == tagIndex ? 1 : 0) }
            for k in Self.ancestorKinds.indices { row.append(walk.kinds & (1 << UInt32(k)) != 0 ? 1 : 0) }
            row += walk.cueShares
            row += pageRow
            neighbourStart = row.count
            row += Self.noNeighbours
            row += posts.values(element: e, stats: stats, page: page)
            row += ExtractionTextCues.values(unit.text, words: text.words)
            table.append(row)
        }
        let headingColumn = Self.names.firstIndex(of: "tag.h2to6")!, h1Column = Self.names.firstIndex(of: "tag.h1")!
        let linkColumn = Self.ownNames.firstIndex(of: "linkShare")!, keptColumn = Self.ownNames.firstIndex(of: "origKept")!
        // The columns read lie before the neighbour columns, so filling them in place reads the same values.
        func neighbour(_ j: Int, into u: Int, at start: Int) {
            guard j >= 0, j < table.count else {
                for k in 0..<4 { table[u][start + k] = -1 }
                return
            }
            table[u][start] = table[j][0]
            table[u][start + 1] = table[j][linkColumn]
            table[u][start + 2] = table[j][keptColumn]
            table[u][start + 3] = max(table[j][headingColumn], table[j][h1Column])
        }
        for u in table.indices {
            neighbour(u - 1, into: u, at: neighbourStart)
            neighbour(u + 1, into: u, at: neighbourStart + 4)
        }
        rows = table
    }

    /// The neighbour columns before they are filled.
    private static let noNeighbours = [Double](repeating: 0, count: 2 * neighbourNames.count)

    /// The column of `unitTags` for a unit's element.
    static func unitTagIndex(_ tag: HTMLTag, isBody: Bool) -> Int {
        if isBody { return 10 }
        switch tag {
        case .p: return 0
        case .li: return 1
        case .h1: return 2
        case .h2, .h3, .h4, .h5, .h6: return 3
        case .td, .th: return 4
        case .pre: return 5
        case .blockquote: return 6
        case .dd, .dt: return 7
        case .div: return 8
        case .section, .article, .main: return 9
        case .figcaption, .caption: return 11
        default: return 12
        }
    }

    /// The table as tab-separated values: a header, then `unit`, the features, the tag and the text of each unit.
    static func tsv(rows: [[Double]], units: ExtractionUnits, tree: HTMLTree) -> String {
        var out = "unit\t" + names.joined(separator: "\t") + "\ttag\ttext\n"
        for (u, row) in rows.enumerated() {
            out += "\(u)\t" + row.map { $0 == $0.rounded() && abs($0) < 1e9 ? String(Int($0)) : String(format: "%.5g", $0) }.joined(separator: "\t")
            let text = units.units[u].text.replacingOccurrences(of: "\t", with: " ")
            out += "\t\(tree.nodes[units.units[u].element].tag)\t\(text)\n"
        }
        return out
    }
}
