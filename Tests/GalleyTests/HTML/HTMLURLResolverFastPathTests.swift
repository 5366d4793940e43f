// Absolute URLs skip Foundation's URL parsing only when parsing would give them back unchanged.
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

@Test func plainAbsoluteURLsResolveToThemselves() throws {
    let base = try #require(URL(string: "https://example.org/news/2019/story.html"))
    let urls = [
        "https://e.org", "https://e.org/", "http://e.org/a/b.html?x=1&y=2#frag", "https://e.org/a%20b/c%2Fd",
        "https://cdn.e.org/img/x.jpg?w=1200&h=630&fit=crop", "https://twitter.com/x/status/1?ref_src=twsrc%5Etfw",
        "https://e.org/a/b/", "https://e.org/~user/a;b=c", "https://e.org/a+b,c!d$e'f(g)*h", "https://E.ORG/Path",
        "https://e.org:8080/a", "https://user@e.org/a", "https://e.org/a.b/c..d/.e",
    ]
    for url in urls {
        #expect(HTMLURLResolver.isPlainAbsolute(url), "\(url)")
        #expect(URL(string: url, relativeTo: base)?.absoluteString == url, "\(url)")
    }
    for url in ["https://e.org/a/../b", "https://e.org/./b", "https://e.org/a/..", "https://e.org/a b", "https://e.org/{x}",
                "https://e.org/a|b", "HTTPS://e.org/", "ftp://e.org/", "//e.org/a", "https://e.org/a\\b", "https://e.org/é"] {
        #expect(!HTMLURLResolver.isPlainAbsolute(url), "\(url)")
    }
}
