// Main content decided by the extraction model: every text unit of the page kept or dropped by its score.
import Foundation
import GalleyModel
import GalleySupport

/// Runs the rule-based extractor (its choice is one feature), scores every unit with
/// `ExtractionModel`, and keeps the body minus the dropped units. Nodes without text (images,
/// rules) follow the units around them, or the rule-based choice when no unit owns them. When the
/// model keeps almost nothing of a page that has text, the rule-based choice is used, and when that is
/// empty too, the body without its chrome (see `ChromeFallback`).
struct ModelExtraction {
    let tree: HTMLTree
    /// The page title (a feature: headings that repeat it).
    let title: String?
    /// The page's JSON-LD scripts and `og:type` (page-kind hints, features of every unit).
    var jsonLD: [String] = []
    var ogType: String? = nil
    /// The page-type model's probability of each `PageType` (features of every unit; empty: unknown).
    var pageTypes: [Double] = []
    /// Keep every post of a forum thread (`ReadOptions.wholeThreads`, see `ThreadPosts`).
    var wholeThreads = false

    /// `GALLEY_DEBUG_EXTRACTION` is set (read once: the environment is copied on every read).
    private static let debugRequested = ProcessInfo.processInfo.environment["GALLEY_DEBUG_EXTRACTION"] != nil

    /// The features of a page, for `galley explain --features-tsv`.
    func table(body: Int) -> String {
        let prepared = prepare(body: body)
        return ExtractionFeatures.tsv(rows: prepared.features.rows, units: prepared.units, tree: tree)
    }

    private struct Prepared {
        var rules: ContentExtraction
        var units: ExtractionUnits
        var features: ExtractionFeatures
        var ruleKept: [Bool]
        var stats: ContentStatistics
    }

    private func prepare(body: Int) -> Prepared {
        let extractor = MainContentExtractor(tree: tree)
        // The statistics with nothing removed serve the features and the rules' first step alike.
        let stats = ContentStatistics(tree: tree, removed: [Bool](repeating: false, count: tree.nodes.count), textMetrics: extractor.textMetrics)
        let rules = extractor.extract(body: body, fullText: stats.text)
        var ruleKept = [Bool](repeating: false, count: tree.nodes.count)
        var ruleRegion = ruleKept
        for root in rules.roots {
            for j in root..<tree.subtreeEnd(root) {
                ruleRegion[j] = true
                if !rules.removed[j] { ruleKept[j] = true }
            }
        }
        let units = ExtractionUnits(tree: tree, body: body, textMetrics: extractor.textMetrics)
        let hints = ExtractionPageHints(jsonLD: jsonLD, ogType: ogType)
        let features = ExtractionFeatures(tree: tree, body: body, units: units, stats: stats, kept: ruleKept, region: ruleRegion, title: title, hints: hints, pageTypes: pageTypes)
        return Prepared(rules: rules, units: units, features: features, ruleKept: ruleKept, stats: stats)
    }

    /// Extracts the main content below `body`.
    func extract(body: Int) -> ContentExtraction {
        let model = ExtractionModel.shared
        guard model.isFitted else { return MainContentExtractor(tree: tree).extract(body: body) }
        let prepared = prepare(body: body)
        let units = prepared.units
        var keep = [Bool](repeating: false, count: units.units.count)
        var probabilities = [Double](repeating: 0, count: units.units.count)
        var keptChars: Int32 = 0
        for u in units.units.indices {
            let row = prepared.features.rows[u]
            probabilities[u] = model.probability(row)
            keep[u] = probabilities[u] >= model.threshold || quotesEmbeddedPost(units.units[u], ruleKept: prepared.ruleKept, body: body)
            if keep[u] { keptChars += units.units[u].chars }
        }
        if wholeThreads { ThreadPosts(tree: tree, body: body).keepWholeThread(units: units, posts: prepared.features.posts, keep: &keep, pageTypes: pageTypes, stats: prepared.stats) }
        keepTablesBetweenKeptText(units, keep: &keep, ruleKept: prepared.ruleKept, body: body)
        dropHiddenCopies(units, rows: prepared.features.rows, keep: &keep)
        keptChars = units.units.indices.reduce(Int32(0)) { $0 + (keep[$1] ? units.units[$1].chars : 0) }
        let debug = Self.debugRequested
        if debug { explain(prepared, probabilities: probabilities, keep: keep) }
        if keptChars < 200, keptChars < units.pageChars {
            let keptColumn = ExtractionFeatures.names.firstIndex(of: "origKept")!
            let ruleChars = units.units.indices.reduce(0.0) { $0 + prepared.features.rows[$1][keptColumn] * Double(units.units[$1].chars) }
            if ruleChars >= Double(keptChars) * 2, ruleChars > 0 {
                if debug { debugLog("model kept \(keptChars) characters: the rule-based choice is used") }
                return prepared.rules
            }
            if keptChars * 4 < min(units.pageChars, 400) {
                if debug { debugLog("no confident region: the body without its chrome is kept") }
                var fallback = ChromeFallback(tree: tree).extract(body: body, stats: prepared.stats)
                fallback.warning = "no main content was found with confidence: the whole page is kept without its navigation, header, footer, sidebars and forms"
                return fallback
            }
        }
        return apply(body: body, units: units, keep: keep, probabilities: probabilities, ruleKept: prepared.ruleKept, rules: prepared.rules,
                     hidden: units.units.indices.map { prepared.features.rows[$0][Self.hiddenColumn] != 0 })
    }

    /// In a kept definition list, a term and its descriptions stay together: a group (terms, then
    /// their descriptions) with any part kept is kept whole, so no `dt` is left without its `dd`.
    private func keepDefinitionGroupsWhole(body: Int, end: Int, removed: inout [Bool]) {
        let nodes = tree.nodes  // one reference for the scan (not one per element)
        for list in (body + 1)..<end where nodes[list].tag == .dl && !removed[list] {
            var group: [Int] = []
            var seenDescription = false
            func close() {
                if group.contains(where: { !removed[$0] }) {
                    for member in group { for j in member..<tree.subtreeEnd(member) { removed[j] = false } }
                }
                group.removeAll()
                seenDescription = false
            }
            for child in tree.children(of: list) {
                let tag = tree.nodes[child].tag
                if tag == .dt, seenDescription { close() }
                if tag == .dt || tag == .dd { group.append(child) }
                if tag == .dd { seenDescription = true }
            }
            close()
        }
    }

    /// In a kept table row, every cell of plain inline content stays: a row never loses one
    /// short cell (`-5.44%`) that scored low on its own, which would shift the columns after it.
    /// Cells that hold blocks (a layout table's navigation column) are still decided by the model.
    private func keepRowsWhole(body: Int, end: Int, removed: inout [Bool]) {
        let nodes = tree.nodes  // one reference for the scan (not one per element)
        for row in (body + 1)..<end where nodes[row].tag == .tr && !removed[row] {
            for cell in tree.children(of: row) where (tree.nodes[cell].tag == .td || tree.nodes[cell].tag == .th) && removed[cell] {
                let cellEnd = tree.subtreeEnd(cell)
                guard !((cell + 1)..<cellEnd).contains(where: { tree.nodes[$0].tag.isBlock }) else { continue }
                for j in cell..<cellEnd { removed[j] = false }
            }
        }
    }

    /// A table is decided as a whole: when the rules kept all of it and the model keeps the text
    /// just before and just after it, every cell stays (short cells score low one by one).
    private func keepTablesBetweenKeptText(_ units: ExtractionUnits, keep: inout [Bool], ruleKept: [Bool], body: Int) {
        var u = 0
        let all = units.units
        while u < all.count {
            var table = -1
            var a = all[u].element
            while a > body { if tree.nodes[a].tag == .table { table = a }; a = tree.nodes[a].parent }
            guard table >= 0 else { u += 1; continue }
            let end = tree.subtreeEnd(table)
            var last = u
            while last + 1 < all.count, all[last + 1].element < end { last += 1 }
            let ruleKeptAll = (u...last).allSatisfy { all[$0].textNodes.allSatisfy { ruleKept[$0] } }
            if ruleKeptAll, u > 0, keep[u - 1], last + 1 < all.count, keep[last + 1] {
                for k in u...last { keep[k] = true }
            }
            u = last + 1
        }
    }

    /// A kept hidden unit (`display:none`, `hidden`) that repeats kept visible text is a machine copy
    /// of the page (a microdata `articleBody`, a print version): it is dropped (and recorded), the
    /// visible text stays. A copy: its words occur as one run in the visible text, or half its word
    /// 3-grams do. Counted on the dev sets in docs/extraction.md ("hidden copies").
    private func dropHiddenCopies(_ units: ExtractionUnits, rows: [[Double]], keep: inout [Bool]) {
        let hiddenColumn = Self.hiddenColumn
        guard units.units.indices.contains(where: { keep[$0] && rows[$0][hiddenColumn] != 0 }) else { return }
        // `lowerWords`: the words of `ExtractionText.words`, the ASCII stretches of other text split by bytes.
        var visibleWords: [String] = []
        for u in units.units.indices where keep[u] && rows[u][hiddenColumn] == 0 {
            visibleWords += ExtractionText.lowerWords(units.units[u].text)
        }
        let grams = WordGrams(visibleWords)
        for u in units.units.indices where keep[u] && rows[u][hiddenColumn] != 0 {
            if grams.isCopy(ExtractionText.lowerWords(units.units[u].text)) { keep[u] = false }
        }
    }

    /// The feature column saying a unit lies in a hidden element.
    private static let hiddenColumn = ExtractionFeatures.names.firstIndex(of: "in.hidden")!

    /// True when the rules kept the unit and it lies in a social post the article embeds (a quote,
    /// whatever `share`/`social` names around it suggest; the dev sets hold too few to learn it).
    private func quotesEmbeddedPost(_ unit: ExtractionUnit, ruleKept: [Bool], body: Int) -> Bool {
        guard let first = unit.textNodes.first, ruleKept[first] else { return false }
        var a = unit.element
        while a > body {
            if tree.nodes[a].tag == .blockquote, ContentSignals.holdsEmbeddedPost(tree, a) { return true }
            a = tree.nodes[a].parent
        }
        return false
    }

    /// Marks the dropped units' text removed, then every element left without kept content.
    private func apply(body: Int, units: ExtractionUnits, keep: [Bool], probabilities: [Double], ruleKept: [Bool], rules: ContentExtraction,
                       hidden: [Bool]) -> ContentExtraction {
        let n = tree.nodes.count
        var removed = [Bool](repeating: false, count: n)
        var reasons: [Int: RemovalReason] = [:]
        var hasText = [Bool](repeating: false, count: n)
        var hasKept = [Bool](repeating: false, count: n)
        var hiddenText = [Bool](repeating: false, count: n)
        var unitStart = [Bool](repeating: false, count: n)
        for (u, unit) in units.units.enumerated() {
            if let first = unit.textNodes.first { unitStart[first] = true }
            for t in unit.textNodes {
                hasText[t] = true
                hiddenText[t] = hidden[u]
                removed[t] = !keep[u]
                hasKept[t] = keep[u]
            }
        }
        let end = tree.subtreeEnd(body)
        let nodes = tree.nodes  // one reference for the scan (not one per element)
        let below = textBelow(body: body, end: end, hasText: hasText, hasKept: hasKept, hiddenText: hiddenText, unitStart: unitStart)
        for i in stride(from: end - 1, to: body, by: -1) {
            let tag = nodes[i].tag
            let p = nodes[i].parent
            if tag != .text {
                if units.dropped[i] {
                    removed[i] = !hasKept[p] && !ruleKept[i]
                } else if hasKept[i] {
                    removed[i] = false
                } else if below.text[i] > 0 {  // holds unit text, none of it kept
                    removed[i] = true
                } else {
                    let owner = Int(units.owner[i])
                    let u = owner >= 0 ? Int(units.unitOfElement[owner]) : -1
                    removed[i] = u >= 0 ? !keep[u] : !(ruleKept[i] && nearestTextKept(i, body: body, below: below))
                    hasKept[i] = !removed[i] && nodes[i].firstChild < 0 && tag != .br
                }
            }
            if hasKept[i] { hasKept[p] = true }
        }
        keepDefinitionGroupsWhole(body: body, end: end, removed: &removed)
        keepRowsWhole(body: body, end: end, removed: &removed)
        for i in (body + 1)..<end where removed[i] && !removed[nodes[i].parent] {
            if let reason = rules.reasons[i], rules.removed[i] {
                reasons[i] = reason
            } else if tree.nodes[i].tag != .text, let reason = ContentSignals.reason(tree, i) {
                reasons[i] = reason
            } else if let inner = ((i + 1)..<tree.subtreeEnd(i)).first(where: { rules.removed[$0] && rules.reasons[$0] != nil }),
                      let reason = rules.reasons[inner] {
                reasons[i] = reason  // an element dropped whole (its picture with its text) keeps the rules' reason of its text
            } else {
                reasons[i] = .notMainContent
            }
        }
        return ContentExtraction(roots: [body], removed: removed, reasons: reasons)
    }

    /// For every element: how many unit text nodes it holds, how many of them lie in a link or a
    /// hidden element, how many units start in it, and how many text nodes are kept (so a node
    /// without text of its own, an image or a rule, can follow the nearest element above it that
    /// holds text: a card's image goes with the card's dropped title and price).
    private func textBelow(body: Int, end: Int, hasText: [Bool], hasKept: [Bool], hiddenText: [Bool], unitStart: [Bool]) -> TextBelow {
        let nodes = tree.nodes
        var inLink = [Bool](repeating: false, count: nodes.count)
        for i in (body + 1)..<end {  // document order: a parent comes before its children
            inLink[i] = nodes[i].tag == .a || inLink[nodes[i].parent]
        }
        var below = TextBelow(text: hasText.map { Int32($0 ? 1 : 0) }, linked: [Int32](repeating: 0, count: nodes.count),
                              units: unitStart.map { Int32($0 ? 1 : 0) }, kept: hasKept.map { Int32($0 ? 1 : 0) })
        for i in (body + 1)..<end where hasText[i] && (inLink[i] || hiddenText[i]) { below.linked[i] = 1 }
        for i in stride(from: end - 1, to: body, by: -1) {
            let p = nodes[i].parent
            below.text[p] += below.text[i]
            below.linked[p] += below.linked[i]
            below.units[p] += below.units[i]
            below.kept[p] += below.kept[i]
        }
        return below
    }

    /// Whether the nearest element above `node` that holds unit text holds kept text; true when
    /// only the body holds text above it (the rules' choice decides then). A picture's caption only
    /// describes it, so the caption does not decide: in a `<figure>`, or in an element whose only
    /// text is one visible unit outside any link (a captioned `<div>`, as WordPress writes them), the
    /// nearest element holding text besides the caption decides (a figure amid kept paragraphs
    /// stays; a card, whose title is a link or comes with a price, goes with its dropped text).
    private func nearestTextKept(_ node: Int, body: Int, below: TextBelow) -> Bool {
        var a = tree.nodes[node].parent
        var own: Int32 = 0
        while a > body {
            if tree.nodes[a].tag == .figure { own = below.text[a] }
            if below.text[a] > own {
                guard own == 0, below.units[a] == 1, below.linked[a] == 0 else { break }
                own = below.text[a]  // a lone caption beside the picture
            }
            a = tree.nodes[a].parent
        }
        return a <= body || below.kept[a] > 0
    }

    /// Under each element: unit text nodes (all; inside a link or hidden, so no caption), the units
    /// that start there, kept text nodes.
    private struct TextBelow {
        var text: [Int32]
        var linked: [Int32]  // in a link or a hidden element
        var units: [Int32]
        var kept: [Int32]
    }

    /// The evidence for `galley explain`: every unit's score, decision and deciding features.
    private func explain(_ prepared: Prepared, probabilities: [Double], keep: [Bool]) {
        debugLog("model: \(prepared.units.units.count) units, threshold \(ExtractionModel.shared.threshold)")
        for (u, unit) in prepared.units.units.enumerated() {
            let excerpt = unit.text.count > 60 ? String(unit.text.prefix(57)) + "..." : unit.text
            let score = String(format: "%.2f", probabilities[u])
            debugLog("  \(keep[u] ? "keep" : "drop") \(score) <\(tree.nodes[unit.element].tag)> \(excerpt) [\(ExtractionModel.shared.contributions(prepared.features.rows[u]))]")
        }
    }
}
