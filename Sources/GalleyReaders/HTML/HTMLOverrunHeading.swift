// A heading whose end tag libxml2 ignored, so the blocks after it nest inside: they follow it instead.
import CLibXML2
import GalleyModel
import GalleySupport

/// `<h2>Lead</h3>`: an HTML5 parser closes the open heading at any heading end tag; libxml2 2.9
/// ignores the mismatched one, and the rest of the page (the article itself) nests inside the
/// `h2`, which then reads as one long heading or a standfirst. A heading holds phrasing content
/// only, so a block element after the heading's own text marks where the heading really ended:
/// the tree copy attaches it and every child after it to the heading's parent, after the heading.
/// A block before any text (`<h2><div class="title">Text</div></h2>`) is left inside.
enum HTMLOverrunHeading {
    /// The first child of the heading `node` that starts the overrun, if there is one.
    static func firstOverrun(_ node: xmlNodePtr, tag: (xmlNodePtr) -> HTMLTag) -> xmlNodePtr? {
        var seenText = false
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content, hasInk(content) { seenText = true }
            case XML_ELEMENT_NODE:
                let childTag = tag(c)
                if childTag.isBlock {
                    if seenText { return c }
                } else if !seenText, !childTag.isDropped, holdsInk(c) {
                    seenText = true
                }
            default:
                break
            }
            child = c.pointee.next
        }
        return nil
    }

    /// Whether a text node below `node` holds ink (stops at the first that does).
    private static func holdsInk(_ node: xmlNodePtr) -> Bool {
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        while let c = stack.popLast() {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = c.pointee.content, hasInk(content) { return true }
            } else if c.pointee.type == XML_ELEMENT_NODE {
                var grandchild = c.pointee.children
                while let g = grandchild { stack.append(g); grandchild = g.pointee.next }
            }
        }
        return false
    }

    /// Whether a C string holds a byte other than ASCII white space.
    private static func hasInk(_ content: UnsafePointer<xmlChar>) -> Bool {
        var p = content
        while p.pointee != 0 {
            switch p.pointee {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: p += 1
            default: return true
            }
        }
        return false
    }
}
