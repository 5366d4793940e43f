// The book's table of contents: a tree of labelled links, built from the chapters' section trees.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// One entry of the table of contents.
struct TOCEntry: Sendable, Equatable {
    /// The text shown.
    var label: String
    /// The target, relative to the package document (`chapter-002.xhtml#methods`).
    var href: String
    /// The heading level the entry came from (1 = a chapter title).
    var level: Int
    /// Nested entries.
    var children: [TOCEntry]

    /// Creates an entry.
    init(label: String, href: String, level: Int, children: [TOCEntry] = []) {
        self.label = label
        self.href = href
        self.level = level
        self.children = children
    }

    /// Nests a flat list of entries in reading order by level (as `makeSections` nests headings).
    static func nest(_ flat: [TOCEntry]) -> [TOCEntry] {
        var root: [TOCEntry] = []
        var open: [TOCEntry] = []
        func closeLast() {
            let last = open.removeLast()
            if open.isEmpty { root.append(last) } else { open[open.count - 1].children.append(last) }
        }
        for entry in flat {
            while let last = open.last, last.level >= entry.level { closeLast() }
            open.append(entry)
        }
        while !open.isEmpty { closeLast() }
        return root
    }

    /// The deepest nesting of `entries` (1 for a flat list, 0 for none).
    static func depth(_ entries: [TOCEntry]) -> Int {
        entries.map { 1 + depth($0.children) }.max() ?? 0
    }

    /// The entries in reading order, depth first.
    static func flatten(_ entries: [TOCEntry]) -> [TOCEntry] {
        entries.flatMap { [$0] + flatten($0.children) }
    }
}
