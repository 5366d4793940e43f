// Removes skipped heading levels: a level-2 heading followed by a level-4 one becomes 2 then 3.
import GalleyModel
import GalleySupport

/// Renumbers headings so no level is skipped, keeping their relative order of rank.
/// The single level-1 heading stays the root; any other heading is at least level 2.
public enum HeadingLevelPass {
    /// The pass.
    public static let pass = Pass(name: "heading-levels", summary: "no skipped heading levels") { document in
        var document = document
        var blocks = document.blocks
        // Stack of (level in the input, level assigned), rooted at the title.
        var stack: [(original: Int, assigned: Int)] = [(1, 1)]
        for index in blocks.indices {
            guard let level = blocks[index].headingLevel else { continue }
            if level == 1 {
                stack = [(1, 1)]
                continue
            }
            while stack.count > 1, stack[stack.count - 1].original >= level { stack.removeLast() }
            let assigned = min(6, stack[stack.count - 1].assigned + 1)
            stack.append((level, assigned))
            blocks[index].shiftHeading(by: assigned - level)
        }
        document.blocks = blocks
        return document
    }
}
