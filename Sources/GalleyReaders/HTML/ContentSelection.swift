// Picks the top content candidate, widens it to a shared ancestor, and gathers its good siblings.
import Foundation
import GalleyModel
import GalleySupport

extension MainContentExtractor {
    /// Step 3a: the best candidate, possibly replaced by the schema.org article body or widened.
    func chooseTop(body: Int, scores: [Double?], stats: ContentStatistics) -> Int {
        let candidates = scores.indices.filter { scores[$0] != nil }
            .sorted { (scores[$0] ?? 0, -$0) > (scores[$1] ?? 0, -$1) }
        guard let first = candidates.first, let topScore = scores[first], topScore > 0 else { return body }
        if let articleBody = schemaArticleBody(body: body, stats: stats, minimum: max(250, stats.text[first] / 3)) {
            return articleBody
        }
        var top = first
        let alternatives = candidates.dropFirst().prefix(5).filter { (scores[$0] ?? 0) / topScore >= 0.75 }
        let selfContained = tree.nodes[top].tag == .article || alternatives.allSatisfy { tree.nodes[$0].tag == .article }
        if alternatives.count >= 3 && !selfContained {
            var parent = tree.nodes[top].parent
            while parent > body {
                if alternatives.filter({ tree.isAncestor(parent, of: $0) }).count >= 3 { top = parent; break }
                parent = tree.nodes[parent].parent
            }
        }
        var lastScore = scores[top] ?? topScore
        let threshold = lastScore / 3
        var parent = tree.nodes[top].parent
        while parent > body {
            guard let parentScore = scores[parent] else { parent = tree.nodes[parent].parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = tree.nodes[parent].parent
        }
        while tree.nodes[top].parent > body, elementChildren(of: tree.nodes[top].parent, stats: stats) == 1 {
            top = tree.nodes[top].parent
        }
        return top
    }

    /// The element marked `itemprop="articleBody"` when it holds at least `minimum` characters.
    private func schemaArticleBody(body: Int, stats: ContentStatistics, minimum: Int32) -> Int? {
        let end = tree.subtreeEnd(body)
        var best: Int?
        for i in body..<end where tree.nodes[i].tag != .text && stats.text[i] >= minimum {
            guard let prop = tree.attribute(.itemprop, of: i)?.lowercased(), prop.split(separator: " ").contains("articlebody") else { continue }
            if best == nil || stats.text[i] > stats.text[best ?? i] { best = i }
        }
        return best
    }

    private func elementChildren(of i: Int, stats: ContentStatistics) -> Int {
        var count = 0
        for child in tree.children(of: i) {
            let tag = tree.nodes[child].tag
            if tag == .text { if stats.text[child] > 1 { return 2 } else { continue } }
            if stats.text[child] > 0 || tag == .img || tag == .figure || tag == .picture { count += 1 }
        }
        return count
    }

    /// A teaser of another page: a block whose heading is a link (post listings, "more stories").
    func isTeaser(_ i: Int, stats: ContentStatistics) -> Bool {
        let end = tree.subtreeEnd(i)
        for j in i..<end where tree.nodes[j].tag.headingLevel != nil && stats.text[j] > 0 {
            return stats.links[j] * 2 > stats.text[j]
        }
        return false
    }

    /// Step 3b: the top candidate and those of its siblings that look like content too.
    func siblings(of top: Int, body: Int, scores: [Double?], stats: ContentStatistics, removed: [Bool]) -> [Int] {
        guard top != body, tree.nodes[top].parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute(.class, of: top) ?? ""
        var roots: [Int] = []
        for sibling in tree.children(of: tree.nodes[top].parent) where !removed[sibling] && tree.nodes[sibling].tag != .text {
            if sibling == top { roots.append(sibling); continue }
            if isTeaser(sibling, stats: stats) { continue }
            let bonus = !topClass.isEmpty && tree.attribute(.class, of: sibling) == topClass ? topScore * 0.2 : 0
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
                continue
            }
            let tag = tree.nodes[sibling].tag
            guard tag == .p || (stats.inlineText[sibling] == stats.text[sibling] && tag.isBlock && tag != .li) else { continue }
            let length = stats.text[sibling]
            let density = stats.linkDensity(sibling)
            if length > 80 && density < 0.25 {
                roots.append(sibling)
            } else if length > 0, length <= 80, density == 0 {
                let text = tree.rawText(of: sibling).trimmingCharacters(in: .whitespacesAndNewlines)
                if text.contains(". ") || text.hasSuffix(".") { roots.append(sibling) }
            }
        }
        return roots.isEmpty ? [top] : roots
    }
}
