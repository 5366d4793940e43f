// Repeated post structure for the extraction model: units inside one of several sibling containers
// that each carry an author or a time (the posts of a thread, the items of a listing).
import Foundation
import GalleyModel
import GalleySupport

/// For every element: whether its subtree holds a time (`<time>`, `datetime`) or an author mark
/// (`itemprop=author`, `rel=author`, a class/id token of the `poster` cue group), and per unit the
/// nearest repeated ancestor holding one.
struct ExtractionPosts {
    /// Feature names, in column order.
    static let names = ["postLike", "postRepeat", "postGroupShare", "postHasTime", "postHasAuthor"]

    private var marks: [UInt8]
    /// Per element: how many of its siblings of its tag (itself included) carry a mark.
    private var markedSiblings: [Int32]
    private let tree: HTMLTree
    private let body: Int

    init(tree: HTMLTree, body: Int) {
        var maskCache = CueMaskCache()
        self.init(tree: tree, body: body, maskCache: &maskCache)
    }

    /// As `init(tree:body:)`, with the class values' cue masks remembered in `maskCache` (shared
    /// with `ExtractionContext`, which looks up the same class values again).
    init(tree: HTMLTree, body: Int, maskCache: inout CueMaskCache) {
        self.tree = tree; self.body = body
        marks = [UInt8](repeating: 0, count: tree.nodes.count)
        markedSiblings = [Int32](repeating: 0, count: tree.nodes.count)
        let end = tree.subtreeEnd(body)
        guard body + 1 < end else { return }
        let authorMask = ExtractionCues.groupMask("poster")
        for i in stride(from: end - 1, to: body, by: -1) {
            let tag = tree.nodes[i].tag
            guard tag != .text else { continue }
            var m = marks[i]
            if tag == .time || tree.attribute(.datetime, of: i) != nil { m |= 1 }
            if let prop = tree.attribute(.itemprop, of: i)?.lowercased() {
                if prop.contains("author") || prop == "creator" { m |= 2 }
                if prop.contains("date") { m |= 1 }
            }
            if let rel = tree.attribute(.rel, of: i)?.lowercased(), rel.contains("author") { m |= 2 }
            if authorMask != 0, m & 2 == 0 {
                let c = tree.attribute(.class, of: i) ?? "", d = tree.attribute(.id, of: i) ?? ""
                if !c.isEmpty || !d.isEmpty, maskCache.mask(class: c, id: d, classID: tree.nodes[i].classID) & authorMask != 0 { m |= 2 }
            }
            marks[i] = m
            marks[tree.nodes[i].parent] |= m
        }
        var counts: [Int: Int32] = [:]
        for i in (body + 1)..<end where marks[i] != 0 && tree.nodes[i].tag != .text {
            counts[tree.nodes[i].parent &* 256 &+ Int(tree.nodes[i].tag.rawValue), default: 0] += 1
        }
        for i in (body + 1)..<end where marks[i] != 0 && tree.nodes[i].tag != .text {
            markedSiblings[i] = counts[tree.nodes[i].parent &* 256 &+ Int(tree.nodes[i].tag.rawValue)] ?? 0
        }
    }

    /// The post features of a unit's element: the nearest ancestor (up to 8 levels) holding a time
    /// or an author that has a sibling of its tag holding one too; none when that ancestor holds more
    /// than half the page (the page's own columns, not posts).
    func values(element: Int, stats: ContentStatistics, page: Double) -> [Double] {
        guard let a = post(of: element, stats: stats, page: page) else { return [0, 0, 0, 0, 0] }
        let parent = tree.nodes[a].parent
        return [1, log2(Double(markedSiblings[a])), Double(stats.text[parent]) / page, marks[a] & 1 != 0 ? 1 : 0, marks[a] & 2 != 0 ? 1 : 0]
    }

    /// The post an element lies in: the nearest ancestor (up to 8 levels) holding a time or an
    /// author with a sibling of its tag holding one too, unless it holds more than half the page.
    func post(of element: Int, stats: ContentStatistics, page: Double) -> Int? {
        var a = element, level = 0
        while a > body, level < 8 {
            if markedSiblings[a] >= 2 {
                return Double(stats.text[a]) > page / 2 ? nil : a
            }
            a = tree.nodes[a].parent; level += 1
        }
        return nil
    }
}
