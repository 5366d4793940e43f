// Finds a page's main content: readability-style paragraph scoring plus semantic and schema.org hints.
import Foundation
import GalleyModel
import GalleySupport

func debugLog(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The outcome of main-content extraction.
struct ContentExtraction {
    /// The kept subtrees, in document order.
    package var roots: [Int]
    /// Nodes removed (inside or outside the roots).
    package var removed: [Bool]
    /// Why a removed node was removed (only for the node where a removal starts).
    package var reasons: [Int: RemovalReason]
    /// A warning for the document (set when no region was confident and the whole body was kept).
    var warning: String? = nil
}

/// Chooses the main content of a page.
///
/// 1. Chrome is set aside: hidden elements, chrome roles, and elements whose class or id say
///    navigation, footer, share, related, comments, cookie, promo or ads.
/// 2. Every paragraph-like element (≥ 25 characters of its own text) gives its parent a score
///    (1 + commas + length/100, at most 3 for length) and its further ancestors a fading share;
///    ancestors start from a score by tag (`article`, `main`, `div` up; lists, headings down) and
///    by class/id words; the total is scaled by one minus the link density.
/// 3. The best candidate is widened to a common ancestor when other strong candidates share it
///    (content split across several sections), then its good siblings are added.
/// 4. Inside, `ContentCleaner` drops link farms, image strips and empty wrappers.
/// If this keeps less than 250 characters, it is retried with fewer rules, as readability does.
struct MainContentExtractor {
    package let tree: HTMLTree
    /// Set `GALLEY_DEBUG_EXTRACTION=1` to print the candidates to standard error.
    let debug = Self.debugRequested
    private static let debugRequested = ProcessInfo.processInfo.environment["GALLEY_DEBUG_EXTRACTION"] != nil
    let textMetrics: [(length: Int32, commas: Int32)]

    package init(tree: HTMLTree) {
        self.tree = tree
        textMetrics = tree.nodes.map { $0.tag == .text ? ContentStatistics.measure($0.text) : (0, 0) }
    }

    /// Extracts the main content below `body`. `fullText`: the `text` of `ContentStatistics` with
    /// nothing removed, when the caller has it (computed here otherwise).
    func extract(body: Int, fullText given: [Int32]? = nil) -> ContentExtraction {
        var best: (ContentExtraction, Int32)?
        let fullText = given ?? ContentStatistics(tree: tree, removed: Array(repeating: false, count: tree.nodes.count), textMetrics: textMetrics).text
        for level in 0..<3 {
            let attempt = run(body: body, level: level, fullText: fullText)
            if attempt.1 >= 250 { return attempt.0 }
            if attempt.1 > (best?.1 ?? -1) { best = attempt }
        }
        return best?.0 ?? ContentExtraction(roots: [body], removed: Array(repeating: false, count: tree.nodes.count), reasons: [:])
    }

    /// One attempt. Level 0 uses every rule; level 1 keeps elements whose names look unlikely;
    /// level 2 also ignores class names and skips the cleaning inside the content.
    private func run(body: Int, level: Int, fullText: [Int32]) -> (ContentExtraction, Int32) {
        let strict = level < 2
        var removed = Array(repeating: false, count: tree.nodes.count)
        var reasons: [Int: RemovalReason] = [:]
        setAsideChrome(body: body, strict: level == 0, fullText: fullText, removed: &removed, reasons: &reasons)
        let stats = ContentStatistics(tree: tree, removed: removed, textMetrics: textMetrics)
        let scores = score(body: body, stats: stats, removed: removed, strict: strict)
        let top = chooseTop(body: body, scores: scores, stats: stats)
        let roots = siblings(of: top, body: body, scores: scores, stats: stats, removed: removed)
        if strict {
            ContentCleaner(tree: tree, stats: stats).clean(roots: roots, removed: &removed, reasons: &reasons)
            let cleanedStats = ContentStatistics(tree: tree, removed: removed, textMetrics: textMetrics)
            ContentEdges(tree: tree, stats: cleanedStats).trim(roots: roots, removed: &removed, reasons: &reasons)
        }
        let finalStats = ContentStatistics(tree: tree, removed: removed, textMetrics: textMetrics)
        let kept = roots.reduce(Int32(0)) { $0 + finalStats.text[$1] }
        if debug {
            let describe = { (i: Int) in "\(i):\(self.tree.nodes[i].tag) .\(ContentSignals.names(self.tree, i)) score=\(scores[i] ?? -1) text=\(stats.text[i])" }
            debugLog("level=\(level) top=\(describe(top)) roots=\(roots.map(describe)) kept=\(kept)")
            let best = scores.indices.filter { scores[$0] != nil }.sorted { (scores[$0] ?? 0) > (scores[$1] ?? 0) }.prefix(5)
            for b in best { debugLog("  candidate \(describe(b))") }
            for (i, reason) in reasons.sorted(by: { $0.key < $1.key }) where stats.text[i] >= 200 {
                debugLog("  removed \(describe(i)) as \(reason)")
            }
        }
        return (ContentExtraction(roots: roots, removed: removed, reasons: reasons), kept)
    }

    /// Step 1: marks hidden and chrome elements as removed.
    private func setAsideChrome(body: Int, strict: Bool, fullText: [Int32], removed: inout [Bool], reasons: inout [Int: RemovalReason]) {
        let end = tree.subtreeEnd(body)
        var i = body + 1
        while i < end {
            let tag = tree.nodes[i].tag
            guard tag != .text else { i += 1; continue }
            var reason: RemovalReason?
            if ContentSignals.isHidden(tree, i) {
                reason = .hidden
            } else if tag == .nav {
                reason = .navigation
            } else if let role = tree.attribute(.role, of: i)?.lowercased(), ContentSignals.unlikelyRoles.contains(role) {
                reason = ContentSignals.reason(tree, i) ?? .pageChrome
            } else if strict, tag != .a, tag != .body, !isProtected(i), fullText[i] * 2 < fullText[body] || isComments(i),
                      ContentSignals.isUnlikely(ContentSignals.names(tree, i)), !ContentSignals.holdsEmbeddedPost(tree, i) {
                reason = ContentSignals.reason(tree, i) ?? .unlikelyContent
            }
            if let reason {
                let subEnd = tree.subtreeEnd(i)
                for j in i..<subEnd { removed[j] = true }
                reasons[i] = reason
                if debug, subEnd - i > 20 { debugLog("  set aside \(i):\(tag) .\(ContentSignals.names(tree, i)) as \(reason), \(subEnd - i) nodes") }
                i = subEnd
            } else {
                i += 1
            }
        }
    }

    private static let commentWords = ClassNames.words(["comment", "disqus", "repl"])

    /// True when the names say comments (set aside even when they outweigh the article).
    private func isComments(_ i: Int) -> Bool {
        ContentSignals.names(tree, i).containsAny(Self.commentWords)
    }

    /// Elements never set aside by their names: tables, code, the schema.org article body, and
    /// embedded social posts the article quotes.
    private func isProtected(_ i: Int) -> Bool {
        switch tree.nodes[i].tag {
        case .table, .tbody, .thead, .tr, .td, .th, .pre, .code, .main, .article, .h1, .h2, .h3, .h4, .h5, .h6, .p, .figure, .blockquote:
            return true
        default:
            return tree.attribute(.itemprop, of: i)?.lowercased().contains("articlebody") ?? false
        }
    }

    /// Step 2: scores candidates. Returns scores (nil for nodes that are not candidates).
    private func score(body: Int, stats: ContentStatistics, removed: [Bool], strict: Bool) -> [Double?] {
        var scores = [Double?](repeating: nil, count: tree.nodes.count)
        let end = tree.subtreeEnd(body)
        for i in (body + 1)..<end where !removed[i] {
            let tag = tree.nodes[i].tag
            guard isScorable(tag), stats.inlineText[i] >= 25 else { continue }
            let length = Double(stats.inlineText[i])
            let contribution = 1 + Double(stats.inlineCommas[i]) + min(length / 100, 3)
            var ancestor = stats.hasBlockChild[i] && tag != .p ? i : tree.nodes[i].parent
            var level = 0
            while ancestor >= body, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor, strict: strict) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                scores[ancestor]! += contribution / divider
                if ancestor == body { break }
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        for i in scores.indices where scores[i] != nil {
            scores[i]! *= 1 - stats.linkDensity(i)
        }
        return scores
    }

    private func isScorable(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .div, .section, .article, .main, .td, .pre, .blockquote, .h2, .h3, .h4, .h5, .h6, .center, .font, .unknown, .span, .dd:
            return true
        default:
            return false
        }
    }

    private func initialScore(_ i: Int, strict: Bool) -> Double {
        var score: Double
        switch tree.nodes[i].tag {
        case .div: score = 5
        case .article: score = 10
        case .main: score = 10
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        case .aside, .footer, .nav, .header: score = -15
        default: score = 0
        }
        if let role = tree.attribute(.role, of: i)?.lowercased(), role == "main" || role == "article" { score += 10 }
        if strict { score += ContentSignals.classWeight(tree, i) }
        return score
    }
}
