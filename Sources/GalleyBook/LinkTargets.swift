// Ids unique across the book, and where every heading id of every input ended up.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Renames heading ids so they are unique in the whole book, and answers where an input's id
/// (or an input itself) now lives, for rewriting links.
struct LinkTargets {
    /// A place in the book: a chapter file and an optional id in it.
    package struct Target: Equatable {
        var file: String
        var id: String?
    }

    private var used = UniqueIDs()
    private var ids: [[String: Target]] = []
    private var firstFiles: [String] = []
    private var inputPaths: [String: Int] = [:]

    /// Registers input number `index` (its chapter files, in order) and returns those files with
    /// their section ids renamed to book-unique ones.
    mutating func register(input index: Int, path: String?, files: [(name: String, blocks: [Block])]) -> [[Block]] {
        while ids.count <= index { ids.append([:]); firstFiles.append("") }
        firstFiles[index] = files.first?.name ?? ""
        if let path { inputPaths[Self.normalized(path)] = index }
        var result: [[Block]] = []
        for file in files {
            result.append(file.blocks.rewritingBlocks { block in
                guard case .section(var section) = block.kind, let old = section.heading.id else { return [block] }
                let new = used.claim(old)
                if ids[index][old] == nil { ids[index][old] = Target(file: file.name, id: new) }
                section.heading.id = new
                var copy = block
                copy.kind = .section(section)
                return [copy]
            })
        }
        return result
    }

    /// Where id `fragment` of input `index` is, if that input had such a heading.
    func target(input index: Int, fragment: String) -> Target? {
        guard index < ids.count else { return nil }
        return ids[index][fragment] ?? ids[index][fragment.removingPercentEncoding ?? fragment]
    }

    /// The input whose path is `path` (relative paths already resolved), if it is in the book.
    func input(atPath path: String) -> Int? {
        inputPaths[Self.normalized(path)]
    }

    /// The first chapter file of input `index`.
    func firstFile(of index: Int) -> String? {
        index < firstFiles.count && !firstFiles[index].isEmpty ? firstFiles[index] : nil
    }

    static func normalized(_ path: String) -> String {
        (path as NSString).standardizingPath
    }
}
