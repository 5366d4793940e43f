// Tests of `--whole-threads` (ThreadPosts): a forum thread keeps every post of the group the model chose from.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPipeline
@testable import GalleyWriters

@Suite("HTML extraction: whole threads")
struct ThreadPostsTests {
    private func tree(_ html: String) -> HTMLTree { HTMLTreeBuilder.parse(utf8: Array(html.utf8)) }

    /// Three posts of one thread and a sidebar; the model kept the first two posts' text only.
    private func thread() -> (HTMLTree, Int, ExtractionUnits, ContentStatistics) {
        let post = { (n: Int) in "<div class='post'><span class='username'>user\(n)</span><time datetime='2024-01-0\(n)'>Jan \(n)</time><p>Reply number \(n) with enough words to count.</p></div>" }
        let page = tree("<html><body><main>\(post(1))\(post(2))\(post(3))</main><aside><p>Sidebar text that is not the thread at all.</p></aside></body></html>")
        let body = page.first(.body)!
        let metrics = page.nodes.map { $0.tag == .text ? ContentStatistics.measure($0.text) : (0, 0) }
        let units = ExtractionUnits(tree: page, body: body, textMetrics: metrics)
        let stats = ContentStatistics(tree: page, removed: [Bool](repeating: false, count: page.nodes.count), textMetrics: metrics)
        return (page, body, units, stats)
    }

    private func forum(_ probability: Double) -> [Double] {
        PageType.allCases.map { $0 == .forum ? probability : (1 - probability) / Double(PageType.allCases.count - 1) }
    }

    private func initialKeep(_ units: ExtractionUnits) -> [Bool] {
        units.units.map { $0.text.contains("Reply number 1") || $0.text.contains("Reply number 2") }
    }

    @Test func aThreadKeepsEveryPostButNotTheSidebar() {
        let (page, body, units, stats) = thread()
        var keep = initialKeep(units)
        let added = ThreadPosts(tree: page, body: body).keepWholeThread(units: units, posts: ExtractionPosts(tree: page, body: body), keep: &keep, pageTypes: forum(0.9), stats: stats)
        #expect(added > 0)
        for (u, unit) in units.units.enumerated() {
            #expect(keep[u] == !unit.text.contains("Sidebar"), "\(unit.text)")
        }
    }

    @Test func aPageThatIsNoForumIsLeftAlone() {
        let (page, body, units, stats) = thread()
        var keep = initialKeep(units)
        let before = keep
        #expect(ThreadPosts(tree: page, body: body).keepWholeThread(units: units, posts: ExtractionPosts(tree: page, body: body), keep: &keep, pageTypes: forum(0.1), stats: stats) == 0)
        #expect(keep == before)
    }

    @Test func onePostKeptIsNoThread() {
        let (page, body, units, stats) = thread()
        var keep = units.units.map { $0.text.contains("Reply number 1") }
        let before = keep
        ThreadPosts(tree: page, body: body).keepWholeThread(units: units, posts: ExtractionPosts(tree: page, body: body), keep: &keep, pageTypes: forum(0.9), stats: stats)
        #expect(keep == before)
    }

    /// The flag is written only when set: a manifest's options hash stays what it was before it existed.
    @Test func theFlagEncodesOnlyWhenSet() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(ReadOptions()), as: UTF8.self)
        #expect(plain == #"{"inferStructure":true,"wholePage":false}"#)
        let set = ReadOptions(wholeThreads: true)
        #expect(try JSONDecoder().decode(ReadOptions.self, from: encoder.encode(set)) == set)
        #expect(try JSONDecoder().decode(ReadOptions.self, from: Data(plain.utf8)) == ReadOptions())
    }

    /// The WCXB forum fixture: with `wholeThreads` every word kept by default is still kept, and more.
    @Test func theForumFixtureKeepsMoreAndLosesNothing() throws {
        let data = try Golden.data("HTML/PageTypes/type-forum.html")
        func words(_ wholeThreads: Bool) throws -> [Substring: Int] {
            var options = ConversionOptions()
            options.read.wholeThreads = wholeThreads
            let document = try Converter.document(from: data, format: .html, options: options)
            let text = try Writers.writer(for: .markdown).write(document, options: WriteOptions(frontMatter: false))
            return text.split(whereSeparator: \.isWhitespace).reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        let model = try words(false), whole = try words(true)
        #expect(whole.values.reduce(0, +) > model.values.reduce(0, +))
        #expect(model.allSatisfy { (word, count) in (whole[word] ?? 0) >= count })
    }
}
