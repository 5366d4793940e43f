// Tests that the sixth speed round's byte paths of the heading disqualifiers give the answers of the Character code they bypass.
import Foundation
import Testing
@testable import GalleyReaders
@testable import GalleySupport

/// Lines for the score, byline, word-list, caption and date tests: ASCII ones that hit and miss
/// each test, and non-ASCII or CR lines (which take the Character code).
private let disqualifierLines = [
    "", " ", "x", "Palm Bay d. Rockledge 70-44", "Score 70-44-", "Score -70-44", "Range 1-2-3", "Time 10:30", "70-44",
    "Item 7-a", "Item 7--8", "Score 7–8", "By Jane Roe", "by Jane Roe", "BY Jane Roe", "By jane roe", "By Jane", "By",
    "Von Max Muster", "Par Jean Dupont", "Door Jan de Vries", "Di Mario Rossi", "Por Ana", "By A B C D E F G", "By A B C D E F",
    "Bye Jane Roe", "Caroline Hawley, BBC diplomatic correspondent", "Caroline Hawley, BBC", "caroline Hawley, a role here",
    "Mary-Jane O'Neil, staff writer", "Jo Ann Lee Kim, a writer", "Jo Ann, a writer, again", "Jo Ann,  a  writer",
    "Socialism, Capitalism, Communism, Anarchy", "One, Two", "One, Two, Three words", "A,B,C", ", , ,", "A, ,B, C",
    "Photo: the harbour at dawn", "Photo:the harbour", "Photo credit: the harbour", "Photo: The harbour", "Photo:\t\u{0B}x",
    "Photo:", ":x", "May 5", "May 2019", "5 May", "May", "Maybe 5", "MAY 5", "may 5", "Sept. 12, 2019", "September, 2019",
    "Dec 5th", "Dec 12345", "Dec 5a", "On 2019-05-02 we", "2019-5-2", "19-05-02", "2019-05-02-01", "2019--05-02",
    "Juni 5", "Jänner 5", "Mai 5 é", "By José Roe", "Über, Alles, Da", "Photo: élan", "Jo Ann, é writer here", "May 5\u{301}",
    "Score 70-4\u{301}4", "x\ry", "By\r\nJane Roe", "May\r\n5", "Caroline Hawley,\r\nBBC writer here", "Palm 70-44\r",
    "Score ٧٠-٤٤", "Score 70-½", "By Ｊane Roe", "May \u{0665}", "\u{600}By Jane Roe", "By \u{301}Jane Roe",
]

@Test func disqualifierByteTestsAnswerAsTheCharacterCodeDoes() {
    for line in disqualifierLines {
        let d = line.debugDescription
        #expect(HeadingScorer.endsWithScore(line) == HeadingScorer.endsWithScoreByCharacters(line), "\(d)")
        #expect(HeadingScorer.isByline(line) == HeadingScorer.isBylineByCharacters(line), "\(d)")
        #expect(HeadingScorer.isWordList(line) == HeadingScorer.isWordListByCharacters(line), "\(d)")
        #expect(HeadingScorer.isCaption(line) == HeadingScorer.isCaptionByCharacters(line), "\(d)")
        #expect(HeadingScorer.containsDate(line) == HeadingScorer.containsDateByCharacters(line), "\(d)")
    }
}

@Test func disqualifierByteTestsHitWhatTheyShould() {
    #expect(HeadingScorer.endsWithScore("Palm Bay d. Rockledge 70-44"))
    #expect(HeadingScorer.isByline("By Jane Roe"))
    #expect(HeadingScorer.isByline("Caroline Hawley, BBC diplomatic correspondent"))
    #expect(HeadingScorer.isWordList("Socialism, Capitalism, Communism, Anarchy"))
    #expect(HeadingScorer.isCaption("Photo: the harbour at dawn"))
    #expect(HeadingScorer.containsDate("Sept. 12, 2019"))
    #expect(HeadingScorer.containsDate("On 2019-05-02 we"))
    #expect(HeadingASCII.withBytes("é", { _ in true }) == nil)
    #expect(HeadingASCII.withBytes("a\rb", { _ in true }) == nil)
}

/// Random ASCII lines over the characters these tests look at: both paths agree on every one.
@Test func disqualifierByteTestsAgreeOnRandomASCIILines() {
    let alphabet = Array("Bby VPDJaneRoMycSp5702-4:,. \t'xé")
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<20_000 {
        let line = String((0..<next(24)).map { _ in alphabet[next(alphabet.count)] })
        #expect(HeadingScorer.endsWithScore(line) == HeadingScorer.endsWithScoreByCharacters(line), "\(line.debugDescription)")
        #expect(HeadingScorer.isByline(line) == HeadingScorer.isBylineByCharacters(line), "\(line.debugDescription)")
        #expect(HeadingScorer.isWordList(line) == HeadingScorer.isWordListByCharacters(line), "\(line.debugDescription)")
        #expect(HeadingScorer.isCaption(line) == HeadingScorer.isCaptionByCharacters(line), "\(line.debugDescription)")
        #expect(HeadingScorer.containsDate(line) == HeadingScorer.containsDateByCharacters(line), "\(line.debugDescription)")
    }
}

/// `LineMarkers.divisionRank` as the Character code computes it (before the byte pre-check).
private func divisionRankByCharacters(_ line: String) -> Int? {
    guard line.utf8.count <= 200, line.first(where: { $0 != " " && $0 != "\t" })?.isUppercase ?? false else { return nil }
    return LineMarkers.divisionRankByCharacters(line.trimmedSpaces)
}

@Test func divisionByteCheckAnswersAsTheCharacterCodeDoes() {
    let lines = [
        "Chapter 1", "CHAPTER IV. The Return", "Chapter One", "Chapter the last", "Chapter", "Chapter x", "Part Two", "Part two of the story",
        "Book 3. The Return", "IV.", "XII", "I", "I.", "XLVIII", "MMMDCCC.", "LXX", "Introduction", "Introduction to it", "Hoofdstuk 2",
        "Capítulo 2", "CAPÍTULO 2", "Kapitel 3 é", "Section 2.1", "Appendix A", "Appendix B.", "  Chapter 5  ", "\tPart 1", "Band 7",
        "Chapter\u{301} 1", "Chapters 1 and 2", "Chap 1", "Volumes 2", "Abschnitt 4", "Annexe 1", "Tome II", "Livre premier", "Teil 3",
        "Chapter 1 of a very long line that goes on and on with many words here", "ABCDEFG", "ABCDEF", "Abcdefg.", "X\r\nY",
        "Chapter\t1", "Part\u{A0}2", "Ｃhapter 1", "Chapter 1\r", "Part -2-", "Part: 2", "Book ٣", "Chapter 1.5",
    ]
    for line in lines {
        #expect(LineMarkers.divisionRank(line) == divisionRankByCharacters(line), "\(line.debugDescription)")
    }
    #expect(LineMarkers.divisionRank("Chapter 1") != nil)
    #expect(LineMarkers.divisionRank("Introduction to it") == nil)
}

/// `HeadingScorer.isInterviewQuestion` without its first-byte check.
private func interviewByCharacters(_ text: String) -> Bool {
    text.hasPrefix("Q:") || text.hasPrefix("Q.") || text.hasPrefix("Q –") || text.hasPrefix("Q -")
}

@Test func interviewQuestionByteCheckAnswersAsTheCharacterCodeDoes() {
    for line in ["Q: why?", "Q. why", "Q – why", "Q - why", "Q\u{301}: x", "Qx", "q: x", "", "Ｑ: x", " Q: x", "A: Q: x", "Q"] {
        #expect(HeadingScorer.isInterviewQuestion(line) == interviewByCharacters(line), "\(line.debugDescription)")
    }
}

@Test func simpleStringTestFromBytesAnswersAsTheScalarLoopDoes() {
    var texts = ["", "plain", "a\nb", "a\rb", "Grüße", "Ελληνικά", "Кириллица", "e\u{301}", "“quoted” — dash…", "€ 5", "\u{20CF}x",
                 "\u{20D0}x", "\u{300}", "\u{2FF}", "\u{370}", "\u{3A3}", "\u{483}", "\u{48A}", "\u{52F}", "\u{530}", "\u{2027}", "\u{2028}",
                 "\u{205E}", "\u{205F}", "👍", "中文", "a\u{0}b"]
    for v in stride(from: 0, to: 0x2100, by: 1) { if let s = Unicode.Scalar(v) { texts.append("x" + String(Character(s)) + "y") } }
    for text in texts {
        #expect(SimpleScalars.isSimple(text) == SimpleScalars.isSimple(Substring(text)), "\(text.debugDescription)")
    }
}
