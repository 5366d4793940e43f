// The pre-parse attribute cap: hostile elements lose their excess attributes (recorded), other pages pass untouched.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

@Suite("HTML attribute guard")
struct HTMLAttributeGuardTests {
    private func attributes(_ count: Int, name: String = "a") -> String {
        (0..<count).map { "\(name)\($0)=\"v \($0) >\"" }.joined(separator: " ")
    }

    @Test func pagesUnderTheLimitAreLeftAlone() {
        let page = "<div \(attributes(256))>x</div><p class=a id=b>y"
        #expect(HTMLAttributeGuard.capped(Array(page.utf8)) == nil)
    }

    @Test func excessAttributesAreCutAndRecorded() throws {
        let page = "<p>before</p>\n<div \(attributes(1000)) >text inside</div><p>after</p>"
        let capped = try #require(HTMLAttributeGuard.capped(Array(page.utf8)))
        let text = String(decoding: capped.bytes, as: UTF8.self)
        #expect(text.contains("a255=\"v 255 >\""))
        #expect(!text.contains("a256="))
        #expect(text.hasSuffix(" >text inside</div><p>after</p>"))
        #expect(capped.removals.count == 1)
        #expect(capped.removals.first?.stage == HTMLAttributeGuard.stage)
        #expect(capped.removals.first?.span?.startLine == 2)
        #expect(capped.removals.first?.text.hasPrefix("a256=") == true)
        #expect(capped.warning.hasPrefix("744 attributes dropped"))
        #expect(capped.bytes.count == page.utf8.count)  // cut attributes become spaces: offsets hold
        let span = try #require(capped.removals.first?.span)
        #expect(String(decoding: Array(page.utf8)[span.startByte!..<span.endByte!], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == capped.removals.first?.text)
    }

    @Test func commentsScriptsAndEndTagsAreNotElements() {
        let many = attributes(300, name: "x")
        let page = "<!-- <div \(many)> --><script>var s = '<div \(many)>';</script><STYLE>p{}</style></div \(many)><p>z</p>"
        #expect(HTMLAttributeGuard.capped(Array(page.utf8)) == nil)
        let unclosedScript = "<script>" + String(repeating: "<script>", count: 1000) + "<div \(many)>"
        #expect(HTMLAttributeGuard.capped(Array(unclosedScript.utf8)) == nil)
    }

    @Test func readerKeepsTheTextAndReportsTheCut() throws {
        let page = "<html><body><p>before</p><div \(attributes(20000))>text inside</div><p>after</p></body></html>"
        let document = try HTMLReader().read(Data(page.utf8), options: ReadOptions(wholePage: true))
        let text = document.blocks.allBlocks.compactMap(\.inlineContent).map(\.plainText)
        #expect(text == ["before", "text inside", "after"])
        #expect(document.removals.contains { $0.stage == HTMLAttributeGuard.stage && $0.reason == .attributesPastLimit(count: 19744, limit: HTMLAttributeGuard.attributesPerElement) })
        #expect(document.warnings.contains { $0.contains("19744 attributes dropped") })
    }
}
