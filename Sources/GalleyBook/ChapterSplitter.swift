// Splits a document's section tree into chapter files at a chosen heading level.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Cuts the block tree into the block sequences of chapter files.
///
/// Every section whose heading level is at most `level` starts a new file. A section keeps its
/// heading, its introduction and any deeper subsections; the subsections that start files of their
/// own follow it, in order. Blocks before the first such section open the first file.
enum ChapterSplitter {
    /// The chapter files' blocks, in reading order (never empty when `blocks` is not). `blocks`
    /// are nested into sections already (`makeSections`).
    static func split(_ blocks: [Block], level: Int) -> [[Block]] {
        var chunks: [[Block]] = []
        var pending: [Block] = []
        for block in blocks {
            if case .section(let section) = block.kind, section.heading.level <= level {
                var parts = splitSection(section, span: block.span, level: level)
                if !pending.isEmpty, !parts.isEmpty {
                    parts[0] = pending + parts[0]
                    pending = []
                }
                chunks += parts
            } else if chunks.isEmpty {
                pending.append(block)
            } else {
                chunks[chunks.count - 1].append(block)
            }
        }
        if !pending.isEmpty { chunks.append(pending) }
        return chunks
    }

    /// The section's own file (its heading and the children that stay), then its split children.
    private static func splitSection(_ section: Section, span: SourceSpan?, level: Int) -> [[Block]] {
        var kept: [Block] = []
        var later: [[Block]] = []
        for child in section.blocks {
            if case .section(let sub) = child.kind, sub.heading.level <= level {
                later += splitSection(sub, span: child.span, level: level)
            } else if later.isEmpty {
                kept.append(child)
            } else {
                later[later.count - 1].append(child)
            }
        }
        var own = section
        own.blocks = kept
        return [[Block(.section(own), span: span)]] + later
    }
}
