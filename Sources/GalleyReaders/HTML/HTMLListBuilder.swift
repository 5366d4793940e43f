// Lists (including a list placed directly inside a list) and definition lists.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// The list of a `ul`/`ol`/`menu`, or nil when it has no content.
    func list(_ i: Int) -> ListBlock? {
        var items: [[Block]] = []
        var loose: [Block] = []
        func flushLoose() {
            if !loose.isEmpty { items.append(loose); loose = [] }
        }
        for child in tree.children(of: i) where !removed[child] {
            switch tree.nodes[child].tag {
            case .li:
                flushLoose()
                let blocks = containerBlocks(child)
                if !blocks.isEmpty { items.append(blocks) }
            case .ul, .ol, .menu, .dir:
                guard let nested = list(child) else { continue }
                let block = Block(.list(nested), span: tree.span(of: child))
                if !loose.isEmpty { loose.append(block) } else if !items.isEmpty { items[items.count - 1].append(block) } else { items.append([block]) }
            default:
                loose.append(contentsOf: blocks(of: [child]))
            }
        }
        flushLoose()
        guard !items.isEmpty else { return nil }
        let ordered = tree.nodes[i].tag == .ol
        let start = tree.attribute(.start, of: i).flatMap { Int($0.trimmingSpaces) }.map { min(max($0, 0), 999_999_999) } ?? 1
        let tight = !items.contains { item in item.filter { if case .paragraph = $0.kind { return true } else { return false } }.count > 1 }
        return ListBlock(ordered: ordered, start: ordered ? start : 1, tight: tight, items: items)
    }

    /// Appends a definition list (`dt` terms, `dd` definitions; `div` wrappers inside are looked through).
    func appendDefinitionList(_ i: Int, to blocks: inout [Block]) {
        var items: [DefinitionItem] = []
        var strays: [Int] = []  // neither term nor definition (a heading placed directly in the list)
        func walk(_ parent: Int) {
            for child in tree.children(of: parent) where !removed[child] {
                switch tree.nodes[child].tag {
                case .dt:
                    items.append(DefinitionItem(term: inlines(of: child), definitions: []))
                case .dd:
                    let definition = containerBlocks(child)
                    guard !definition.isEmpty else { continue }
                    if items.isEmpty { items.append(DefinitionItem(term: [], definitions: [])) }
                    items[items.count - 1].definitions.append(definition)
                case .div:
                    walk(child)
                default:
                    strays.append(child)
                }
            }
        }
        walk(i)
        for stray in strays {
            dropped.record(.outsideDefinitionListItems, text: ExtractionRemovals.text(tree: tree, stray), span: tree.span(of: stray))
        }
        items.removeAll { $0.term.isEmpty && $0.definitions.isEmpty }
        guard !items.isEmpty else { return }
        blocks.append(Block(.definitionList(items), span: tree.span(of: i)))
    }
}
