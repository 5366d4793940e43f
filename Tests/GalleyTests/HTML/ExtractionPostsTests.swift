// Unit tests of the thread evidence of the extraction model: post structure, text cues, noscript pages.
import Foundation
import Testing
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders

@Suite("HTML extraction model: posts, text cues, noscript pages")
struct ExtractionPostsTests {
    private func tree(_ html: String) -> HTMLTree { HTMLTreeBuilder.parse(utf8: Array(html.utf8)) }

    @Test func repeatedPostsWithAuthorAndTimeArePostLike() {
        let post = "<div class='post'><span class='username'>ann</span><time datetime='2024-01-01'>Jan 1</time><p>A reply with words.</p></div>"
        let page = tree("<html><body><nav><a href='/'>Home</a></nav><main>\(post)\(post)\(post)</main><aside><p>Other text, long enough.</p></aside></body></html>")
        let body = page.first(.body)!
        let posts = ExtractionPosts(tree: page, body: body)
        let stats = ContentStatistics(tree: page, removed: [Bool](repeating: false, count: page.nodes.count),
                                      textMetrics: page.nodes.map { $0.tag == .text ? ContentStatistics.measure($0.text) : (0, 0) })
        let paragraphs = (0..<page.nodes.count).filter { page.nodes[$0].tag == .p }
        let inPost = posts.values(element: paragraphs[0], stats: stats, page: 200)
        #expect(inPost[0] == 1 && inPost[3] == 1 && inPost[4] == 1)
        let outside = posts.values(element: paragraphs.last!, stats: stats, page: 200)
        #expect(outside[0] == 0)
    }

    @Test func textCuesMatchWholeWordsAndPhrases() {
        let names = ExtractionTextCues.names
        let subscribe = ExtractionTextCues.values("Sign up for our newsletter", words: 5)
        #expect(subscribe[names.firstIndex(of: "subscribe")!] == 1)
        let none = ExtractionTextCues.values("The signature of the treaty", words: 5)
        #expect(none.allSatisfy { $0 == 0 })
        let long = ExtractionTextCues.values("newsletter", words: ExtractionTextCues.maxWords + 1)
        #expect(long.allSatisfy { $0 == 0 })
    }

    @Test func aPageOnlyInNoscriptIsRead() throws {
        let posts = (1...6).map { "<div class='post'><p>Post \($0) of the thread, a full sentence of text, with some words to count.</p></div>" }.joined()
        let html = "<html><body><div id='app'></div><noscript>\(posts)</noscript></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let text = String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
        #expect(text.contains("Post 1 of the thread"))
        #expect(text.contains("Post 3 of the thread"))
    }

    @Test func aShortNoscriptMessageStaysDropped() throws {
        let prose = (1...4).map { "<p>Paragraph \($0) of the article, written as prose with commas, clauses and a full stop.</p>" }.joined()
        let html = "<html><body><article>\(prose)</article><noscript>Please enable JavaScript to view the comments.</noscript></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        let text = String(decoding: try JSONEncoder().encode(document.blocks), as: UTF8.self)
        #expect(!text.contains("enable JavaScript"))
        #expect(document.removals.contains { $0.reason == .noscriptFallback })
    }
}
