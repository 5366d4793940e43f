// Random inline trees (as an HTML page could give them) must read back the same after writing.
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

private let pieces = ["a", "b c", " ", "*", "_", "**", "`", "[", "]", "(", ")", "!", "<", ">", "#", "-", "+", "1.", "&", "&amp;",
                      "\\", "|", "~~~", "=", "\u{A0}", "é", "x_y", "2*3", "http://e.org", "<b>", "]("]

private func randomInlines(_ rng: inout SeededRandom, depth: Int) -> [Inline] {
    (0..<Int.random(in: 1...5, using: &rng)).map { _ in
        switch Int.random(in: 0..<(depth > 2 ? 4 : 10), using: &rng) {
        case 0, 1, 2: return .text((0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        case 3: return Bool.random(using: &rng) ? .softBreak : .lineBreak
        case 4: return .emphasis(randomInlines(&rng, depth: depth + 1))
        case 5: return .strong(randomInlines(&rng, depth: depth + 1))
        case 6: return .code(pieces.randomElement(using: &rng)! + "x")
        case 7: return .link(Link(url: "https://e.org/" + pieces.randomElement(using: &rng)!, title: Bool.random(using: &rng) ? "t\"" : nil,
                                  content: randomInlines(&rng, depth: 3)))
        case 8: return .image(Image(source: "i.png", alt: [.text(pieces.randomElement(using: &rng)!)]))
        default: return .strikethrough(randomInlines(&rng, depth: depth + 1))
        }
    }
}

@Test func randomInlineTreesReadBackTheSame() {
    var rng = SeededRandom(state: 42)
    var failures: [String] = []
    for _ in 0..<1000 {
        let inlines = MarkdownInlineRenderer.trimmingBreaks(BreakHoisting.hoisted(randomInlines(&rng, depth: 0)))
        guard !inlines.isEmpty else { continue }
        let result = MarkdownInlineWriter.paragraphResult(inlines)
        if !result.verified { failures.append("\(inlines) → \(result.text.debugDescription)") }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3).joined(separator: "\n\n"))")
}

private let plainPieces = ["a", "Word", "b c", " ", "“", "”", "!", ".", ":", "«", "—", "$5", "12", "3.", "1)", "&", "&amp;", "&x", ";",
                           "#", "|", ">", "-", "+", "=", "(", ")", "é", "Ж", "中", "\u{A0}", "'", "\"", "?", "/", "%", "@", "*", "_"]

private func randomPlainInlines(_ rng: inout SeededRandom) -> [Inline] {
    func text() -> String {
        (0..<Int.random(in: 1...4, using: &rng)).map { _ in plainPieces.randomElement(using: &rng)! }.joined()
    }
    return (0..<Int.random(in: 1...5, using: &rng)).map { _ in
        switch Int.random(in: 0..<8, using: &rng) {
        case 0, 1, 2: return .text(text())
        case 3: return .emphasis([.text(text())])
        case 4: return .strong([.text(text())])
        case 5: return .link(Link(url: "https://e.org/" + ["a", "a&b=1", "a&b;", "x(1)", "q?a=1&amp;"].randomElement(using: &rng)!,
                                  content: [.text(text())]))
        case 6: return .image(Image(source: "i.png", title: [nil, "T", "a \"q\"", "&amp;"].randomElement(using: &rng)!, alt: [.text(text())]))
        default: return .link(Link(url: "https://e.org/", title: "t", content: [.text(text())]))
        }
    }
}

@Test func plainFastPathWritesWhatTheGeneralPathWrites() {
    var rng = SeededRandom(state: 7)
    var taken = 0
    var failures: [String] = []
    for _ in 0..<3000 {
        let inlines = randomPlainInlines(&rng)
        for heading in [false, true] {
            guard let fast = PlainInlineFastPath.markdown(inlines, heading: heading) else { continue }
            taken += 1
            if heading {
                if fast != MarkdownInlineWriter.atxHeadingGeneral(inlines) { failures.append("heading \(inlines) → \(fast.debugDescription)") }
            } else {
                let general = MarkdownInlineWriter.paragraphResult(inlines, fastPath: false)
                if fast != general.text || !general.verified { failures.append("\(inlines) → \(fast.debugDescription) vs \(general.text.debugDescription)") }
            }
        }
    }
    #expect(taken > 500, "the generator should reach the fast path often (\(taken))")
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3).joined(separator: "\n\n"))")
}

/// Plain inlines with hard line breaks between them and links around one emphasis or strong:
/// and emphasis around a plain link: the shapes the fast path writes without a read-back since
/// the seventh speed round.
private func randomBrokenPlainInlines(_ rng: inout SeededRandom) -> [Inline] {
    func text() -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in plainPieces.randomElement(using: &rng)! }.joined()
    }
    return (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        switch Int.random(in: 0..<11, using: &rng) {
        case 0, 1: return .text(text())
        case 9: return .strong([.link(Link(url: "https://e.org/d", content: [.text(text())]))])
        case 10: return .emphasis([.link(Link(url: "https://e.org/e", content: [.strong([.text(text())])]))])
        case 2, 3: return .lineBreak
        case 4: return .strong([.text(text())])
        case 5: return .link(Link(url: "https://e.org/a", title: [nil, "T", "a \"q\"", "&amp;", "x\\y"].randomElement(using: &rng)!,
                                  content: [.strong([.text(text())])]))
        case 6: return .link(Link(url: "https://e.org/b", content: [.emphasis([.text(text())])]))
        case 7: return .link(Link(url: "https://e.org/c", content: [.strong([.text(text()), .text(text())])]))
        default: return .emphasis([.text(text())])
        }
    }
}

@Test func fastPathWithBreaksAndLinkEmphasisWritesWhatTheGeneralPathWrites() {
    var rng = SeededRandom(state: 11)
    var taken = 0, withBreak = 0, withLinkEmphasis = 0
    var failures: [String] = []
    for _ in 0..<12000 {
        let inlines = randomBrokenPlainInlines(&rng)
        for heading in [false, true] {
            guard let fast = PlainInlineFastPath.markdown(inlines, heading: heading) else { continue }
            taken += 1
            if fast.contains("\\\n") { withBreak += 1 }
            if fast.contains("[*") || fast.contains("*[") { withLinkEmphasis += 1 }
            if heading {
                if fast != MarkdownInlineWriter.atxHeadingGeneral(inlines) { failures.append("heading \(inlines) → \(fast.debugDescription)") }
            } else {
                let general = MarkdownInlineWriter.paragraphResult(inlines, fastPath: false)
                if fast != general.text || !general.verified { failures.append("\(inlines) → \(fast.debugDescription) vs \(general.text.debugDescription)") }
            }
        }
    }
    #expect(withBreak > 150 && withLinkEmphasis > 1000, "the generator should reach the new shapes (\(withBreak), \(withLinkEmphasis) of \(taken))")
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3).joined(separator: "\n\n"))")
}
