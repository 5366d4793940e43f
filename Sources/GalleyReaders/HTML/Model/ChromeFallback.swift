// The last resort of extraction: the whole body without its chrome, so a page with text never comes out empty.
import GalleyModel
import GalleySupport

/// Keeps the body minus navigation, header, footer, sidebars, forms, dialogs, hidden elements and
/// elements whose class/id tokens say cookie notice, menu or footer (issue #12: "never lose the page").
struct ChromeFallback {
    let tree: HTMLTree

    private static let chromeGroups: UInt32 = {
        var mask: UInt32 = 0
        for (bit, name) in ExtractionCues.shared.names.enumerated() where ["navigation", "footer", "prompt"].contains(name) { mask |= 1 << UInt32(bit) }
        return mask
    }()

    /// The extraction: roots `[body]`, chrome removed with its reason.
    func extract(body: Int, stats: ContentStatistics) -> ContentExtraction {
        var removed = [Bool](repeating: false, count: tree.nodes.count)
        var reasons: [Int: RemovalReason] = [:]
        let end = tree.subtreeEnd(body)
        let bodyText = max(stats.text[body], 1)
        var i = body + 1
        while i < end {
            let tag = tree.nodes[i].tag
            var chrome = false
            switch tag {
            case .nav, .header, .footer, .aside, .form, .dialog: chrome = true
            case .text: chrome = false
            default:
                if ContentSignals.isHidden(tree, i) {
                    chrome = true
                } else if let role = tree.attribute(.role, of: i)?.lowercased(), ContentSignals.unlikelyRoles.contains(role) {
                    chrome = true
                } else {
                    let names = (tree.attribute(.class, of: i) ?? "") + " " + (tree.attribute(.id, of: i) ?? "")
                    chrome = ExtractionCues.mask(of: names) & Self.chromeGroups != 0 && stats.text[i] * 2 < bodyText
                }
            }
            if chrome {
                let subEnd = tree.subtreeEnd(i)
                for j in i..<subEnd { removed[j] = true }
                reasons[i] = ContentSignals.reason(tree, i) ?? .pageChrome
                i = subEnd
            } else {
                i += 1
            }
        }
        return ContentExtraction(roots: [body], removed: removed, reasons: reasons)
    }
}
