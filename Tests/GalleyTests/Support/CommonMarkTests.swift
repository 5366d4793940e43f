// The shared cmark bridge (Sources/GalleySupport/CommonMark): parsing, children and inline conversion.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport

@Test func cmarkBridgeReadsBlocksAndInlines() {
    let (count, inlines) = CmarkDocument.withParsed("Some *em* and `code`.\n\n# Head\n") { root -> (Int, [Inline]) in
        let blocks = CmarkDocument.children(root)
        return (blocks.count, blocks.first.map { CmarkInlineConverter.inlines(of: $0) } ?? [])
    }
    #expect(count == 2)
    #expect(inlines.contains(.emphasis([.text("em")])))
    #expect(inlines.contains(.code("code")))
    #expect(inlines.plainText == "Some em and code.")
}
