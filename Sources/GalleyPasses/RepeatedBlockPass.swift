// Collapses a line repeated on consecutive blocks (title, alt text and caption of one thing) into one.
import GalleyModel
import GalleySupport

/// When consecutive headings or paragraphs have the same text, keeps one (a heading is preferred
/// over a paragraph) and records the others as removed.
public enum RepeatedBlockPass {
    /// The pass.
    public static let pass = Pass(name: name, summary: "collapse a line repeated on consecutive lines") { document in
        var document = document
        var log = RemovalLog(stage: .pass(name))
        document.blocks = document.blocks.rewritingSequences { collapse($0, log: &log) }
        document.removals += log.removals
        return document
    }

    /// The pass's name, the stage of its removal records.
    package static let name = "repeated-lines"

    /// A block's text with white space folded; compared without regard to case.
    private struct Key {
        let folded: String
        /// The lower-cased text, computed only for text outside ASCII (ASCII compares byte-wise).
        let lowered: String?

        init?(_ block: Block) {
            guard let inlines = block.inlineContent else { return nil }
            folded = inlines.plainText.foldingWhitespace
            guard !folded.isEmpty else { return nil }
            lowered = folded.utf8.allSatisfy { $0 < 0x80 } ? nil : folded.lowercased()
        }

        /// Equal ignoring case (`lowercased()` on both sides).
        func matches(_ other: Key) -> Bool {
            switch (lowered, other.lowered) {
            case (nil, nil):
                guard folded.utf8.count == other.folded.utf8.count else { return false }
                return zip(folded.utf8, other.folded.utf8).allSatisfy { Self.lower($0) == Self.lower($1) }
            default:
                return (lowered ?? folded.lowercased()) == (other.lowered ?? other.folded.lowercased())
            }
        }

        private static func lower(_ b: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b | 0x20 : b
        }
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    package static func collapse(_ blocks: [Block], log: inout RemovalLog) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        var previousBlock: Block?
        var previousSignature: Signature?
        var previousKey: Key?  // computed only when a comparison needed it
        for block in blocks {
            let signature = Signature(block)
            var key: Key?
            defer { previousBlock = block; previousSignature = signature; previousKey = key }
            // Keys are built only for neighbours whose signatures allow equal keys, each once.
            guard let previous = out.last, let signature, let previousSignature, signature.mayMatch(previousSignature),
                  let previousBlock else {
                out.append(block)
                continue
            }
            key = Key(block)
            if previousKey == nil { previousKey = Key(previousBlock) }
            if let k = key, let previousKey, k.matches(previousKey) {
                let kept = isHeading(block) && !isHeading(previous) ? block : previous
                let dropped = kept == block ? previous : block
                var merged = kept
                if let a = previous.span, let b = block.span { merged.span = a.union(b) }
                out[out.count - 1] = merged
                log.record(.repeatedLine, text: dropped.inlineContent?.plainText ?? "", span: dropped.span)
            } else {
                out.append(block)
            }
        }
        return out
    }

    /// A cheap summary of a block's text: two blocks whose keys match have equal signatures when
    /// both are ASCII (case folding and white space folding keep the other bytes, lower-cased). No
    /// signature means no key: the text is empty or ASCII white space only.
    private struct Signature {
        var visibleBytes = 0
        var isASCII = true
        /// FNV-1a of the visible bytes, lower-cased.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        /// FNV-1a of the ASCII digits and punctuation, in order, except `; ` = < >`: no canonical
        /// decomposition, composition or case mapping creates or removes the others, so equal
        /// keys have equal marks even outside ASCII.
        var marksHash: UInt64 = 0xcbf2_9ce4_8422_2325

        init?(_ block: Block) {
            guard let inlines = block.inlineContent else { return nil }
            add(inlines)
            if visibleBytes == 0 { return nil }
        }

        /// ASCII characters some canonical decomposition yields (U+037E `;`, U+1FEF `` ` ``,
        /// U+2260 `=`, U+226E `<`, U+226F `>`): left out of `marksHash`.
        /// (Byte tests: a static Set costs a once-check and a hash per byte.)
        @inline(__always) private static func isDecomposable(_ byte: UInt8) -> Bool {
            byte == 0x3B || byte == 0x60 || byte == 0x3D || byte == 0x3C || byte == 0x3E
        }

        func mayMatch(_ other: Signature) -> Bool {
            isASCII && other.isASCII ? visibleBytes == other.visibleBytes && hash == other.hash : marksHash == other.marksHash
        }

        private mutating func add(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let s), .code(let s): add(s)
                case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c): add(c)
                case .link(let link): add(link.content)
                case .image(let image): add(image.alt)
                case .lineBreak, .softBreak, .rawHTML: break
                }
            }
        }

        private mutating func add(_ text: String) {
            // (The contiguous bytes when the String has them: the UTF8View's iterator costs a check per byte.)
            let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                for byte in bytes { add(byte) }
                return true
            }
            if done != nil { return }
            for byte in text.utf8 { add(byte) }
        }

        @inline(__always) private mutating func add(_ byte: UInt8) {
            if byte >= 0x80 {
                isASCII = false
                visibleBytes += 1
            } else if !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
                visibleBytes += 1
                let isLetter = (0x41...0x5A).contains(byte & 0xDF)
                let lower = isLetter ? byte | 0x20 : byte
                hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                if !isLetter, !Self.isDecomposable(byte) {
                    marksHash = (marksHash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
            }
        }
    }
}
