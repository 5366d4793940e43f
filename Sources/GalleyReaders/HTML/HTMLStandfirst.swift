// A long "heading" right under the title is a standfirst (dek): it becomes the subtitle.
import GalleyModel
import GalleySupport

package enum HTMLStandfirst {
    /// Moves a standfirst into `metadata.subtitle`: the first heading below level 1, before any
    /// paragraph, that reads as a sentence (12 words or more) and has blocks after it. Recorded as a
    /// removal from the body.
    package static func extract(_ blocks: inout [Block], metadata: inout Metadata, log: inout RemovalLog) {
        guard metadata.subtitle == nil else { return }
        for index in blocks.indices {
            switch blocks[index].kind {
            case .heading(let heading) where heading.level == 1:
                continue
            case .figure:
                continue
            case .heading(let heading):
                let text = heading.content.plainText.foldingWhitespace
                // A standfirst introduces the body: a heading with nothing after it is the body.
                guard text.split(separator: " ").count >= 12, index + 1 < blocks.count else { return }
                metadata.subtitle = text
                log.record(.standfirstMovedToSubtitle, text: text, span: blocks[index].span)
                blocks.remove(at: index)
                return
            default:
                return
            }
        }
    }
}
