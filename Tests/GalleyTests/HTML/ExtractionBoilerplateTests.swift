// Unit tests of the boilerplate rules inside extracted content: edge cue phrases and link lines.
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

@Suite("HTML extraction boilerplate")
struct ExtractionBoilerplateTests {
    @Test func cuePhrasesMatchWholeWordsOnly() {
        #expect(EdgeCues.reason("Sign up for our newsletter.") == .newsletterOrFollowPrompt)
        #expect(EdgeCues.reason("Follow him\u{A0}@someone on Twitter.") == .newsletterOrFollowPrompt)
        #expect(EdgeCues.reason("Reuters staff contributed to this report.") == .contributorNote)
        #expect(EdgeCues.reason("ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.") == .commentPolicy)
        #expect(EdgeCues.reason("The minister did not respond to a request for comment.") == nil)
        #expect(EdgeCues.reason("Want more? Get a subscription to our sister magazine.") == .newsletterOrFollowPrompt)
        #expect(EdgeCues.reason("This post may contain affiliate links.") == .affiliateDisclosure)
        #expect(EdgeCues.reason("A preview was shared with paying subscribers.") == nil)
        #expect(EdgeCues.reason("The followers of the newsletters disagreed.") == nil)
    }

    @Test func photoCreditsRecognised() {
        #expect(EdgeCues.isPhotoCredit(" (Image: GETTY )"))
        #expect(EdgeCues.isPhotoCredit("(AP Photo/Alan Diaz, File)"))
        #expect(EdgeCues.isPhotoCredit("Photograph: Jane Doe"))
        #expect(!EdgeCues.isPhotoCredit("Photographers gathered at the quay."))
        #expect(!EdgeCues.isPhotoCredit("The photo: a quay at night"))
    }

    @Test func authorBiosRecognised() {
        #expect(EdgeCues.isAuthorBio("Jo Smith is a reporter at the Town Gazette."))
        #expect(EdgeCues.isAuthorBio("I am a writer and professor of health policy."))
        #expect(!EdgeCues.isAuthorBio("The council is the owner of the quay."))
        #expect(!EdgeCues.isAuthorBio("The festival, which began in 2012 and has grown every year since then, is a favourite of the editor."))
    }

    @Test func bylineHeadingsRecognised() {
        #expect(EdgeCues.isBylineHeading(" By Jane Doe"))
        #expect(EdgeCues.isBylineHeading("Published Nov 18, 2019 at 4:07 PM"))
        #expect(!EdgeCues.isBylineHeading("Published work of the year"))
        #expect(!EdgeCues.isBylineHeading("Byways of the old town"))
    }

    @Test func promptInTheMiddleOfTheArticleIsKept() throws {
        let sentence = "<p>This sentence is long enough to count as article text, with a comma, and a full stop.</p>"
        let html = "<html><body><article>" + String(repeating: sentence, count: 4)
            + "<p>Readers can subscribe to the council newsletter, which printed the plans first, the mayor said.</p>"
            + String(repeating: sentence, count: 6) + "</article></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        #expect(document.removals.allSatisfy { $0.reason != .newsletterOrFollowPrompt })
    }

    @Test func siblingOpeningWithARuleIsAnAppendix() throws {
        let sentence = "<p>The new ward opened on Monday, with forty beds, two theatres, and a team of nurses trained on the new alarm system.</p>"
        let html = "<html><body><div class=\"page\"><div class=\"text\">" + String(repeating: sentence, count: 8) + "</div>"
            + "<div class=\"text\"><hr><p>Acme is a global provider of hospital systems, with offices in twelve countries, and employs about 1,300 people.</p></div>"
            + "</div></body></html>"
        let document = try HTMLReader().read(Data(html.utf8), options: ReadOptions())
        #expect(document.removals.contains { $0.reason == .appendixSetOffByARule && $0.text.hasPrefix("Acme is") })
    }
}

@Test func shareLinksAndDuplicateFiguresAreRecordedWhenDropped() throws {
    let page = """
    <html><body><article><h1>Title of the story</h1>
    <p>The first paragraph of the story is long enough to be read as the article's own text here.
    <a href="https://twitter.com/intent/tweet?url=x">Tweet this story</a></p>
    <figure><img src="a.jpg" alt="A harbour at dawn"><figcaption>The harbour</figcaption></figure>
    <p>The second paragraph goes on with more words so that the extractor keeps the whole article.</p>
    <figure><img src="a.jpg" alt="A harbour at dawn"></figure>
    </article></body></html>
    """
    let document = try HTMLReader().read(Data(page.utf8), options: ReadOptions())
    #expect(document.removals.contains { $0.reason == .shareLink && $0.text == "Tweet this story" })
    #expect(document.removals.contains { $0.reason == .duplicateFigure && $0.text == "A harbour at dawn" })
}
