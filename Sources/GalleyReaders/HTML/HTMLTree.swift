// A compact Swift copy of a parsed HTML page: nodes in one array, linked by index.
import GalleyModel
import GalleySupport

/// The attributes the reader looks at (all others are dropped while copying the tree).
enum HTMLAttributeName: UInt8, Sendable {
    case `class`, id, role, href, src, srcset, dataSrc, dataOriginal, dataLazySrc, alt, title, itemprop, itemscope, itemtype
    case content, name, property, httpEquiv, charset, rel, lang, datetime, colspan, rowspan, align, style
    case hidden, ariaHidden, type, start, width, height, value, reversed, ariaLabel, xmlLang

    /// Looks up a lower-case attribute name.
    package init?(name: String) {
        guard let found = HTMLAttributeName.byName[name] else { return nil }
        self = found
    }

    static let byName: [String: HTMLAttributeName] = [
        "class": .class, "id": .id, "role": .role, "href": .href, "src": .src, "srcset": .srcset,
        "data-src": .dataSrc, "data-original": .dataOriginal, "data-lazy-src": .dataLazySrc, "alt": .alt,
        "title": .title, "itemprop": .itemprop, "itemscope": .itemscope, "itemtype": .itemtype,
        "content": .content, "name": .name, "property": .property, "http-equiv": .httpEquiv,
        "charset": .charset, "rel": .rel, "lang": .lang, "datetime": .datetime, "colspan": .colspan,
        "rowspan": .rowspan, "align": .align, "style": .style, "hidden": .hidden, "aria-hidden": .ariaHidden,
        "type": .type, "start": .start, "width": .width, "height": .height, "value": .value,
        "reversed": .reversed, "aria-label": .ariaLabel, "xml:lang": .xmlLang,
    ]
}

/// One attribute of an element.
struct HTMLAttribute: Sendable {
    /// The attribute.
    package var name: HTMLAttributeName
    /// Its value (empty for a bare attribute).
    package var value: String
}

/// One node: an element (with tag and attributes) or a run of text.
struct HTMLNode: Sendable {
    /// The offset of the node's first byte, when known.
    var startByteOffset: Int? { byteStart > 0 ? Int(byteStart) - 1 : nil }
    /// The offset just past the node's subtree, when known.
    var endByteOffset: Int? { byteEnd > 0 ? Int(byteEnd) - 1 : nil }

    /// The element name, or `.text` for text.
    package var tag: HTMLTag
    /// Index of the parent node (-1 for the root).
    package var parent: Int
    /// Index of the first child, -1 when none.
    var firstChild: Int = -1
    /// Index of the last child, -1 when none.
    var lastChild: Int = -1
    /// Index of the next sibling, -1 when none.
    package var next: Int = -1
    /// Input line where the node starts.
    package var line: Int
    /// Last input line of the node's subtree.
    package var endLine: Int
    /// 1 + the offset of the node's first byte in the parsed input (0: unknown).
    var byteStart: Int32 = 0
    /// 1 + the offset just past the node's subtree (0: unknown).
    var byteEnd: Int32 = 0
    /// Text content (text nodes only).
    package var text: String = ""
    /// Where the node's attributes start in `HTMLTree.attributes` (elements only).
    var attributeStart: Int32 = 0
    /// How many attributes the node has; they are contiguous in `HTMLTree.attributes`.
    var attributeCount: Int32 = 0
    /// The node's class value as an index into `HTMLTree.classValues` (equal values, equal index),
    /// or -1: no class, an empty one, a non-ASCII one, or a node not made by `HTMLTreeBuilder`.
    var classID: Int32 = -1
}

/// The page as a tree of `HTMLNode`s; node 0 is the document root. Children always have larger
/// indices than their parents (nodes are stored in document order).
struct HTMLTree: Sendable {
    /// All nodes, in document order.
    var nodes: [HTMLNode]
    /// The attributes of all elements, each element's in one run (see `HTMLNode.attributeStart`):
    /// one array for the page instead of one per element.
    package var attributes: [HTMLAttribute] = []
    /// The text of elements left out of the tree (form controls, embeds, SVG, noscript), as removals.
    package var dropped = RemovalLog(stage: .htmlReader)
    /// The distinct non-empty ASCII class values of the page (see `HTMLNode.classID`): per-value
    /// caches are arrays indexed by it, not dictionaries hashing the value for every element.
    var classValues: [String] = []
    /// True when some element has a non-empty class value that is not ASCII (its `classID` is -1):
    /// then a class value's ID does not tell its String equality (`K` and the Kelvin sign are equal).
    var hasUninternedClass = false

    /// The value of an attribute of node `index` (the first, if repeated), if present.
    package func attribute(_ name: HTMLAttributeName, of index: Int) -> String? {
        let start = Int(nodes[index].attributeStart)
        let end = start + Int(nodes[index].attributeCount)
        return attributes.withUnsafeBufferPointer { all in
            var i = max(0, start)
            while i < min(end, all.count) {
                if all[i].name == name { return all[i].value }
                i += 1
            }
            return nil
        }
    }

    /// True when node `index` has the attribute (its value need not be read).
    func hasAttribute(_ name: HTMLAttributeName, of index: Int) -> Bool {
        let start = Int(nodes[index].attributeStart)
        let end = start + Int(nodes[index].attributeCount)
        return attributes.withUnsafeBufferPointer { all in
            var i = max(0, start)
            while i < min(end, all.count) {
                if all[i].name == name { return true }
                i += 1
            }
            return false
        }
    }

    /// The indices of the children of node `index`.
    package func children(of index: Int) -> ChildSequence {
        ChildSequence(tree: self, first: nodes[index].firstChild)
    }

    /// The first descendant (or the node itself) with `tag`, in document order.
    package func first(_ tag: HTMLTag, in index: Int = 0) -> Int? {
        if nodes[index].tag == tag { return index }
        let end = subtreeEnd(index)
        var i = index + 1
        while i < end {
            if nodes[i].tag == tag { return i }
            i += 1
        }
        return nil
    }

    /// One past the last index of the subtree rooted at `index` (subtrees are contiguous).
    func subtreeEnd(_ index: Int) -> Int {
        var i = index
        while i >= 0 {
            let next = nodes[i].next
            if next >= 0 { return next }
            i = nodes[i].parent
        }
        return nodes.count
    }

    /// True when `ancestor` is `index` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        ancestor <= index && index < subtreeEnd(ancestor)
    }

    /// The text of the subtree, concatenated as written (no white-space folding).
    func rawText(of index: Int) -> String {
        if nodes[index].tag == .text { return nodes[index].text }
        var out = ""
        let end = subtreeEnd(index)
        for i in index..<end where nodes[i].tag == .text { out += nodes[i].text }
        return out
    }

    /// The source span of a node.
    package func span(of index: Int) -> SourceSpan? {
        let node = nodes[index]
        return node.line > 0 ? SourceSpan(startLine: node.line, endLine: node.endLine, startByte: node.startByteOffset, endByte: node.endByteOffset) : nil
    }
}

/// The children of a node, as a sequence of indices.
struct ChildSequence: Sequence, IteratorProtocol {
    package let tree: HTMLTree
    package var current: Int

    package init(tree: HTMLTree, first: Int) {
        self.tree = tree
        self.current = first
    }

    package mutating func next() -> Int? {
        guard current >= 0 else { return nil }
        defer { current = tree.nodes[current].next }
        return current
    }
}
