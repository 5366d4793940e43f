// UniqueIDs: the counter table gives the same ids as trying -1, -2 … from the start, in linear time.
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

@Suite("Unique ids")
struct UniqueIDsTests {
    /// The definition: the first of base, base-1, base-2 … not yet used.
    private func naive(_ base: String, _ used: inout Set<String>) -> String {
        var candidate = base
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }

    @Test func thousandIdenticalHeadingsGetNumberedIDs() {
        let blocks = (0..<1000).map { _ in Block(.heading(Heading(level: 2, content: [.text("Results")]))) }
        let ids = HeadingIDPass.pass.transform(Document(blocks: blocks)).blocks.compactMap { block -> String? in
            if case .heading(let h) = block.kind { return h.id }
            return nil
        }
        #expect(ids == ["results"] + (1..<1000).map { "results-\($0)" })
    }

    @Test func suffixesTakenByOtherBasesAreSkipped() {
        var ids = UniqueIDs(["results-2"])
        #expect(ids.claim("results") == "results")
        #expect(ids.claim("results") == "results-1")
        #expect(ids.claim("results") == "results-3")
        #expect(ids.claim("results-1") == "results-1-1")
        #expect(ids.claim("results-4") == "results-4")
        #expect(ids.claim("results") == "results-5")
        #expect(ids.contains("results-5") && !ids.contains("results-6"))
    }

    @Test func sameIDsAsTheDefinitionOnRandomSequences() {
        var rng = SeededRandom(state: 10)
        let bases = ["a", "a-1", "a-2", "a-1-1", "b", "b-3", "section"]
        for _ in 0..<50 {
            var ids = UniqueIDs()
            var used = Set<String>()
            for _ in 0..<200 {
                let base = bases[Int(rng.next() % UInt64(bases.count))]
                #expect(ids.claim(base) == naive(base, &used))
            }
        }
    }
}
