// A thread keeps every post: on a page judged a forum thread, once the model has kept part of
// several posts, every post of that run is kept whole, its author and time line included (issue #12).
import Foundation
import GalleyModel
import GalleySupport

/// The page-type shaping of a forum thread. The model decides unit by unit, and late replies score
/// low by position alone; a thread's replies are its content, so the group of sibling posts the
/// model chose from is kept whole. Limits in `Models/extraction-cues.json` (`thread`).
struct ThreadPosts {
    let tree: HTMLTree
    let body: Int

    /// Keeps every unit of the chosen group of posts when the page is a thread: the forum
    /// probability reaches the limit, the model kept part of enough posts of one group, and that
    /// group holds most of what was kept. Returns how many units it added.
    @discardableResult
    func keepWholeThread(units: ExtractionUnits, posts: ExtractionPosts, keep: inout [Bool], pageTypes: [Double], stats: ContentStatistics) -> Int {
        guard let limits = ExtractionCues.shared.thread,
              let forum = PageType.allCases.firstIndex(of: .forum), forum < pageTypes.count,
              pageTypes[forum] >= limits.minForumProbability else { return 0 }
        let page = Double(max(units.pageChars, 1))
        // Per unit, its post; per group (the posts' parent), the posts with kept text and the kept characters.
        var postOfUnit = [Int](repeating: -1, count: units.units.count)
        var keptPosts: [Int: Set<Int>] = [:]
        var keptChars: [Int: Int32] = [:]
        var totalKept: Int32 = 0
        for (u, unit) in units.units.enumerated() {
            if keep[u] { totalKept += unit.chars }
            guard let post = posts.post(of: unit.element, stats: stats, page: page) else { continue }
            postOfUnit[u] = post
            guard keep[u] else { continue }
            let group = tree.nodes[post].parent
            keptPosts[group, default: []].insert(post)
            keptChars[group, default: 0] += unit.chars
        }
        guard totalKept > 0 else { return 0 }
        // The group the model chose most from (the smallest parent index on a tie: deterministic).
        let chosen = keptPosts.keys.sorted().max { (keptChars[$0] ?? 0) < (keptChars[$1] ?? 0) }
        guard let group = chosen, keptPosts[group]!.count >= limits.minKeptPosts,
              Double(keptChars[group] ?? 0) >= Double(totalKept) * limits.minKeptShare else { return 0 }
        var added = 0
        for u in units.units.indices where !keep[u] && postOfUnit[u] >= 0 && tree.nodes[postOfUnit[u]].parent == group {
            keep[u] = true
            added += 1
        }
        return added
    }
}
