// What a unit's ancestors say: tags, class/id cue groups, the surrounding region's link density.
import Foundation
import GalleyModel
import GalleySupport

/// Walks a unit's ancestors; caches each element's cue mask and kinds.
struct ExtractionContext {
    let tree: HTMLTree
    let body: Int
    let stats: ContentStatistics
    let page: Double
    private var masks: [UInt32]
    private var kinds: [UInt32]
    private var known: [Bool]
    /// The cue masks of the class strings met so far: repeated elements share theirs.
    private var maskByNames: CueMaskCache

    init(tree: HTMLTree, body: Int, stats: ContentStatistics, page: Double, maskCache: CueMaskCache = CueMaskCache()) {
        self.tree = tree; self.body = body; self.stats = stats; self.page = page
        maskByNames = maskCache
        masks = [UInt32](repeating: 0, count: tree.nodes.count)
        kinds = masks
        known = [Bool](repeating: false, count: tree.nodes.count)
    }

    /// What the walk found.
    struct Walk {
        var depth = 0
        /// Bits over `ExtractionFeatures.ancestorKinds`.
        var kinds: UInt32 = 0
        /// Per cue group: the smallest page share of an ancestor carrying it, -1 when none does.
        var cueShares: [Double]
        var regionLinkDensity = 0.0
        var regionLogChars = 0.0
        var regionShare = 0.0
    }

    /// Walks from `element` up to the body.
    mutating func ancestors(of element: Int, chars: Int32) -> Walk {
        var walk = Walk(cueShares: [Double](repeating: -1, count: Self.cueGroupCount))
        var a = element
        var regionFound = false
        while a >= body {
            if !known[a] { describe(a) }
            walk.kinds |= kinds[a]
            let share = Double(stats.text[a]) / page
            var m = masks[a]
            while m != 0 {
                let g = m.trailingZeroBitCount
                if walk.cueShares[g] < 0 || share < walk.cueShares[g] { walk.cueShares[g] = share }
                m &= m - 1
            }
            if !regionFound, a != element || a == body, stats.text[a] >= chars * 3 + 100 || a == body {
                regionFound = true
                walk.regionLinkDensity = stats.linkDensity(a)
                walk.regionLogChars = log1p(Double(stats.text[a]))
                walk.regionShare = share
            }
            if a == body { break }
            walk.depth += 1
            a = tree.nodes[a].parent
        }
        return walk
    }

    private static let roleCues: [String: String] = [
        "navigation": "navigation", "menu": "navigation", "menubar": "navigation", "banner": "header",
        "contentinfo": "footer", "complementary": "sidebar", "search": "prompt", "dialog": "prompt", "alertdialog": "prompt", "main": "content", "article": "content",
    ]

    /// The number of cue groups, and each name's bit (looked up once, not per element).
    private static let cueGroupCount = ExtractionCues.shared.names.count
    private static let cueBits: [String: UInt32] = {
        var out: [String: UInt32] = [:]
        for (bit, name) in ExtractionCues.shared.names.enumerated() where out[name] == nil { out[name] = 1 << UInt32(bit) }
        return out
    }()
    private static let kindBits: [String: UInt32] = {
        var out: [String: UInt32] = [:]
        for (bit, name) in ExtractionFeatures.ancestorKinds.enumerated() where out[name] == nil { out[name] = 1 << UInt32(bit) }
        return out
    }()

    private mutating func describe(_ a: Int) {
        known[a] = true
        var mask: UInt32 = 0
        let c = tree.attribute(.class, of: a) ?? "", i = tree.attribute(.id, of: a) ?? ""
        if !c.isEmpty || !i.isEmpty {
            mask = maskByNames.mask(class: c, id: i, classID: tree.nodes[a].classID)
        }
        if let role = tree.attribute(.role, of: a)?.lowercased(), let group = Self.roleCues[role],
           let bit = Self.cueBits[group] {
            mask |= bit
        }
        masks[a] = mask
        var k: UInt32 = 0
        func set(_ name: String) { if let bit = Self.kindBits[name] { k |= bit } }
        switch tree.nodes[a].tag {
        case .nav, .menu: set("nav")
        case .header: set("header")
        case .footer: set("footer")
        case .aside: set("aside")
        case .form, .fieldset: set("form")
        case .article: set("article")
        case .main: set("main")
        case .li: set("li")
        case .table, .tbody, .tr, .td, .th: set("table")
        case .a: set("a")
        case .h1, .h2, .h3, .h4, .h5, .h6: set("heading")
        case .figure, .figcaption: set("figure")
        case .blockquote: set("blockquote")
        case .unknown: set("unknown")
        case .ul, .ol, .dl: set("list")
        case .label, .button: set("label")
        default: break
        }
        if ContentSignals.isHidden(tree, a) { set("hidden") }
        if let prop = tree.attribute(.itemprop, of: a)?.lowercased(), prop.contains("articlebody") || prop == "text" || prop == "description" { set("itemArticleBody") }
        kinds[a] = k
    }

    /// For every element of the body: log2 of how many of its siblings (itself included) share its tag and class.
    static func sameSiblings(tree: HTMLTree, body: Int) -> [Double] {
        var out = [Double](repeating: 0, count: tree.nodes.count)
        let end = tree.subtreeEnd(body)
        var i = body
        var counts: [TagAndClass: Int] = [:]
        var members: [(Int, TagAndClass)] = []
        while i < end {
            if tree.nodes[i].tag != .text, tree.nodes[i].firstChild >= 0 {
                counts.removeAll(keepingCapacity: true)
                members.removeAll(keepingCapacity: true)
                for child in tree.children(of: i) where tree.nodes[child].tag != .text {
                    let key = TagAndClass(child, in: tree)
                    counts[key, default: 0] += 1
                    members.append((child, key))
                }
                for (child, key) in members { out[child] = log2(Double(counts[key] ?? 1)) }
            }
            i += 1
        }
        return out
    }
}
