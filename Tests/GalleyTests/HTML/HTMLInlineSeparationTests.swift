// Inline items CSS lays out apart (sibling spans, a dropped block between two runs) are not glued into one word.
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

@Suite("HTML inline separation")
struct HTMLInlineSeparationTests {
    private func paragraph(_ inline: String) throws -> String {
        let document = try HTMLReader().read(Data("<html><body><p>\(inline)</p></body></html>".utf8), options: ReadOptions())
        return String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
    }

    @Test func siblingSpansOfWordsAreSeparated() throws {
        #expect(try paragraph("<span>La Sportiva</span><span>Aragon</span> shoes").contains("La Sportiva Aragon shoes"))
        #expect(try paragraph("<label>Relays</label><span>128</span>").contains("Relays 128"))
    }

    @Test func lettersAndFormattingStayJoined() throws {
        #expect(try paragraph("<span>H</span><span>i</span> there").contains("Hi there"))
        #expect(try paragraph("un<span>believ</span>able").contains("unbelievable"))
        #expect(try paragraph("<span>self</span><span>.value</span>").contains("self.value"))
    }
}
