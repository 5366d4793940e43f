// Random documents covering every block kind, inline case, optional field and odd string, for oracle tests.
@testable import Galley
@testable import GalleyModel
@testable import GalleySupport
@testable import GalleyReaders
@testable import GalleyPasses
@testable import GalleyWriters
@testable import GalleyPipeline
@testable import GalleyBook
@testable import GalleyBatch

/// Builds random but reproducible documents from a `SeededRandom`.
struct RandomDocument {
    /// The generator; the same seed gives the same documents.
    var rng: SeededRandom

    /// String pieces that stress escaping: every C0 control, DEL, quotes, backslash, slash,
    /// non-ASCII, emoji (with joiners), line and paragraph separators, BOM and the empty string.
    static let pieces: [String] = (0..<0x20).map { String(Character(Unicode.Scalar(UInt8($0)))) } + [
        "\u{7F}", "\"", "\\", "/", "\\\"", "//", "é", "e\u{301}", "日本語", "😀", "👩‍👩‍👧", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "\u{80}", "\u{9F}", "\u{FFFD}", "", " ", "plain words", "\r\n", "</script>", "&amp;", "{\"a\":[]}",
        "https://example.org/a?b=c&d=e#f", "\u{1F}\u{0}",
    ]

    /// A string of zero to five random pieces.
    mutating func string() -> String {
        var s = ""
        for _ in 0..<rng.next(6) { s += Self.pieces[rng.next(Self.pieces.count)] }
        return s
    }

    /// A string or nil, about half the time each.
    mutating func optionalString() -> String? { rng.next(2) == 0 ? nil : string() }

    /// An integer from a small set including zero, negatives and extremes.
    mutating func int() -> Int {
        [0, 1, 2, 6, 7, -1, -42, 1_000_000, Int.max, Int.min, rng.next(100)][rng.next(11)]
    }

    /// A span or nil.
    mutating func span() -> SourceSpan? {
        rng.next(3) == 0 ? nil : SourceSpan(startLine: int(), endLine: rng.next(2) == 0 ? nil : int())
    }

    /// A whole document.
    mutating func document() -> Document {
        var metadata = Metadata()
        let fields: [WritableKeyPath<Metadata, String?>] = [\.title, \.subtitle, \.language, \.published, \.modified, \.source,
            \.url, \.description, \.siteName, \.image, \.publisher, \.rights, \.identifier]
        for field in fields { metadata[keyPath: field] = optionalString() }
        metadata.authors = (0..<rng.next(3)).map { _ in string() }
        metadata.keywords = (0..<rng.next(3)).map { _ in string() }
        let removals = (0..<rng.next(3)).map { _ in Removal(stage: RemovalStage(rawValue: string()), reason: RemovalReason(rawValue: string()), text: string(), span: span()) }
        return Document(metadata: metadata, blocks: blocks(depth: 0), removals: removals, warnings: (0..<rng.next(3)).map { _ in string() })
    }

    /// Zero to three blocks; containers only above `depth` 4.
    mutating func blocks(depth: Int) -> [Block] {
        (0..<rng.next(4)).map { _ in block(depth: depth) }
    }

    /// One block of a random kind.
    mutating func block(depth: Int) -> Block {
        let leafKinds = 4
        let kind = depth >= 4 ? rng.next(leafKinds) : rng.next(11)
        let span = span()
        switch kind {
        case 0: return Block(.paragraph(inlines(depth: 0)), span: span)
        case 1: return Block(.codeBlock(CodeBlock(language: optionalString(), info: optionalString(), text: string(),
                                                   indented: [nil, true, false][rng.next(3)])), span: span)
        case 2: return Block(.thematicBreak, span: span)
        case 3: return Block(.rawHTML(string()), span: span)
        case 4: return Block(.heading(heading()), span: span)
        case 5:
            let bullets: [ListBlock.Bullet?] = [nil, .hyphen, .asterisk, .plus]
            let style: ListBlock.Style = rng.next(2) == 0 ? .ordered(rng.next(2) == 0 ? .period : .paren) : .bullet(bullets[rng.next(4)])
            let list = ListBlock(style: style, start: int(), tight: rng.next(2) == 0, items: (0..<rng.next(3)).map { _ in blocks(depth: depth + 1) })
            return Block(.list(list), span: span)
        case 6: return Block(.blockQuote(blocks(depth: depth + 1)), span: span)
        case 7:
            let alignments: [Table.Alignment] = (0..<rng.next(4)).map { _ in [.none, .left, .center, .right][rng.next(4)] }
            let header = rng.next(2) == 0 ? nil : cells()
            let table = Table(alignments: alignments, header: header, rows: (0..<rng.next(3)).map { _ in cells() },
                              caption: rng.next(2) == 0 ? nil : inlines(depth: 0))
            return Block(.table(table), span: span)
        case 8:
            let figure = Figure(image: image(depth: 0), caption: rng.next(2) == 0 ? nil : inlines(depth: 0))
            return Block(.figure(figure), span: span)
        case 9:
            let items = (0..<rng.next(3)).map { _ in
                DefinitionItem(term: inlines(depth: 0), definitions: (0..<rng.next(3)).map { _ in blocks(depth: depth + 1) })
            }
            return Block(.definitionList(items), span: span)
        default:
            let section = Section(heading: heading(), blocks: blocks(depth: depth + 1), headingSpan: self.span())
            return Block(.section(section), span: span)
        }
    }

    private mutating func heading() -> Heading {
        Heading(level: int(), id: optionalString(), content: inlines(depth: 0))
    }

    private mutating func cells() -> [TableCell] {
        (0..<rng.next(3)).map { _ in TableCell(content: inlines(depth: 0), colspan: int(), rowspan: int()) }
    }

    private mutating func image(depth: Int) -> Image {
        Image(source: string(), title: optionalString(), alt: inlines(depth: depth + 1))
    }

    /// Zero to three inlines; containers only above `depth` 3.
    mutating func inlines(depth: Int) -> [Inline] {
        (0..<rng.next(4)).map { _ in inline(depth: depth) }
    }

    /// One inline of a random case.
    mutating func inline(depth: Int) -> Inline {
        let kind = depth >= 3 ? rng.next(5) : rng.next(12)
        switch kind {
        case 0: return .text(string())
        case 1: return .code(string())
        case 2: return .lineBreak
        case 3: return .softBreak
        case 4: return .rawHTML(string())
        case 5: return .emphasis(inlines(depth: depth + 1))
        case 6: return .strong(inlines(depth: depth + 1))
        case 7: return .strikethrough(inlines(depth: depth + 1))
        case 8: return .superscript(inlines(depth: depth + 1))
        case 9: return .subscript(inlines(depth: depth + 1))
        case 10: return .link(Link(url: string(), title: optionalString(), content: inlines(depth: depth + 1)))
        default: return .image(image(depth: depth))
        }
    }
}
