// Inline elements that a page lays out as blocks: a large image (or its link) on a line of its own.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// WordPress-style alignment and size classes that put an image on a line of its own.
    private static let blockImageClasses = ClassNames.words(["aligncenter", "alignnone", "size-full", "size-large"])

    /// True when inline element `i` is laid out as a block: `style="display: block"`, or an image
    /// (alone, or alone inside a link or span) that is centred, full-size or at least 300 pixels wide.
    /// Text that follows such an element in the same container starts a new paragraph.
    func isBlockLevelInline(_ i: Int) -> Bool {
        let tag = tree.nodes[i].tag
        guard tag != .text, !tag.isBlock else { return false }
        if let style = tree.attribute(.style, of: i) {
            let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " })
            if compact.contains("display:block") { return true }
        }
        switch tag {
        case .img:
            return isBlockImage(i)
        case .a, .span, .picture:
            var image: Int?
            for child in tree.children(of: i) where !removed[child] {
                let node = tree.nodes[child]
                if node.tag == .text {
                    if !tree.rawText(of: child).allSatisfy(\.isWhitespace) { return false }
                } else if image == nil, node.tag == .img || node.tag == .picture || isBlockLevelInline(child) {
                    image = child
                } else {
                    return false
                }
            }
            guard let image else { return false }
            return tree.nodes[image].tag != .img || isBlockImage(image)
        default:
            return false
        }
    }

    private func isBlockImage(_ i: Int) -> Bool {
        if let width = tree.attribute(.width, of: i).flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), width >= 300 {
            return true
        }
        return ClassNames(tree.attribute(.class, of: i) ?? "").containsAny(Self.blockImageClasses)
    }
}
