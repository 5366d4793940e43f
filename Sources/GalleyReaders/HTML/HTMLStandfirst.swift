// A long "heading" right under the title is a standfirst (dek): it becomes the subtitle.
import GalleyModel
import GalleySupport

enum HTMLStandfirst {
    /// Moves a standfirst into `metadata.subtitle`: the first heading below level 1, before any
    /// paragraph, that reads as a sentence (12 words or more). Recorded as a removal from the body.
    static func extract(_ blocks: inout [Block], metadata: inout Metadata, removals: inout [Removal]) {
        guard metadata.subtitle == nil else { return }
        for index in blocks.indices {
            switch blocks[index].kind {
            case .heading(let heading) where heading.level == 1:
                continue
            case .figure:
                continue
            case .heading(let heading):
                let text = heading.content.plainText.foldingWhitespace
                guard text.split(separator: " ").count >= 12 else { return }
                metadata.subtitle = text
                removals.append(Removal(stage: ExtractionRemovals.stage, reason: "standfirst moved to subtitle", text: text, span: blocks[index].span))
                blocks.remove(at: index)
                return
            default:
                return
            }
        }
    }
}
