// An article whose prose sits among many photos keeps its prose; a strip of photo cards goes.
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

private func page(_ region: String) -> String {
    let intro = (1...6).map { "<p>Opening paragraph \($0) of the story, with enough words, commas, and detail to be the article body that readers came for.</p>" }.joined()
    return "<html><body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>\(intro)\(region)</article><footer>Footer</footer></body></html>"
}

private func markdown(_ html: String) throws -> String {
    let document = try Converter.document(from: Data(html.utf8), format: .html, options: ConversionOptions())
    return try MarkdownWriter().write(document, options: WriteOptions(frontMatter: false))
}

@Test func proseAmongPhotosIsNotAnImageStrip() throws {
    let photos = (1...8).map { "<div><img src='https://e.org/p\($0).jpg' alt='' width='300' height='200'></div>" }.joined()
    let prose = "<div><span>The veteran actress, who won the award for best actress in a leading role in 2008, has taken to her page to share photos of herself.</span></div>"
        + "<div><span>She showed her hand bag, which had the colours of the national flag; she was one of the guests invited to the event by a media mogul.</span></div>"
    let out = try markdown(page("<div class='post-text'>\(prose)<div>See more photos:</div>\(photos)</div>"))
    #expect(out.contains("The veteran actress"))
    #expect(out.contains("She showed her hand bag"))
}

@Test func photoCardsWithOneLineTeasersAreAnImageStrip() throws {
    let cards = (1...8).map { "<div><img src='https://e.org/c\($0).jpg' alt='Card \($0)' width='300' height='200'></div><div>A short teaser for card \($0), under one line.</div>" }.joined()
    let out = try markdown(page("<div class='cards'>\(cards)</div>"))
    #expect(out.contains("Opening paragraph 1"))
    #expect(!out.contains("A short teaser for card 3"))
}

@Test func embeddedSocialPostsAreQuotedContent() throws {
    let tweet = "<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>Yes this is real and the state spent half a million dollars on it: <a href='https://t.co/x'>https://t.co/x</a></p>— Someone (@someone) <a href='https://twitter.com/someone/status/1'>November 18, 2019</a></blockquote></div>"
    let out = try markdown(page(tweet + "<p>And the story goes on after the tweet, with a closing paragraph of ordinary prose for the reader.</p>"))
    #expect(out.contains("> Yes this is real"))
    let share = try markdown(page("<div class='social-share'><a href='https://twitter.com/share'>Tweet</a> <a href='https://facebook.com/share'>Share</a></div>"))
    #expect(!share.contains("facebook.com/share"), "share buttons still go")
}
