// Elements the tree copy drops (a button, an SVG, a video) that hold the rest of the page because
// libxml2 left them open: their content is page content, so the copy keeps it.
import CLibXML2
import GalleyModel
import GalleySupport

/// libxml2 2.9's HTML parser ignores an end tag such as `</button>` while an element opened
/// inside is still open (`<button><div></button>`), where an HTML5 parser would close both; the
/// rest of the page then nests inside the button, which the tree copy drops as a form control.
/// An element that may be left out keeps its content when its subtree holds page structure
/// (`main`, `article`, sections, headings, tables, forms), which none of these elements holds
/// in a page parsed as its author meant it. Each node's answer is computed once: linear in the tree.
struct HTMLSwallowedContent {
    private var memo: [UnsafeMutableRawPointer: Bool] = [:]

    /// Dropped elements that may hold a swallowed page. Scripts, styles, templates, noscript
    /// (read by `NoscriptPage`) and dialogs (which do hold headings and forms) are not among them.
    static func mayHoldSwallowedPage(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .button, .select, .option, .optgroup, .textarea, .datalist, .output,
             .svg, .canvas, .audio, .video, .object, .iframe:
            return true
        default:
            return false
        }
    }

    /// Elements a page's structure is made of, never inside a form control, graphic or media fallback.
    static func isPageStructure(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .main, .article, .section, .header, .footer, .aside, .nav, .h1, .h2, .h3, .h4, .h5, .h6, .table, .form:
            return true
        default:
            return false
        }
    }

    /// Whether an element below `node` is page structure; `tag` names an element node.
    mutating func holdsPageStructure(_ node: xmlNodePtr, tag: (xmlNodePtr) -> HTMLTag) -> Bool {
        if let known = memo[UnsafeMutableRawPointer(node)] { return known }
        // Post-order without recursion: a node's answer is settled after its element children's.
        var stack: [(node: xmlNodePtr, expanded: Bool)] = [(node, false)]
        while let (current, expanded) = stack.popLast() {
            let key = UnsafeMutableRawPointer(current)
            if memo[key] != nil { continue }
            if !expanded {
                stack.append((current, true))
                var child = current.pointee.children
                while let c = child {
                    if c.pointee.type == XML_ELEMENT_NODE, memo[UnsafeMutableRawPointer(c)] == nil { stack.append((c, false)) }
                    child = c.pointee.next
                }
                continue
            }
            var holds = false
            var child = current.pointee.children
            while let c = child, !holds {
                if c.pointee.type == XML_ELEMENT_NODE {
                    holds = Self.isPageStructure(tag(c)) || memo[UnsafeMutableRawPointer(c)] == true
                }
                child = c.pointee.next
            }
            memo[key] = holds
        }
        return memo[UnsafeMutableRawPointer(node)] ?? false
    }
}
