// Points links between inputs at the right chapter file; links to nowhere in the book become text.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Rewrites the links of one chapter file.
///
/// - `#id` and `other-input.md#id`: to the chapter file that now holds that heading.
/// - a relative link to another input of the book: to that input's first chapter file.
/// - a relative link to anything else, or to an id no heading has: the link text alone
///   (the target is not in the book, so the link could only be broken); counted in `dropped`.
/// - absolute URLs: kept, with characters a URI may not contain percent-encoded, when their scheme
///   is one EPUBCheck knows (`tel:`, `ftp:`, `ttps:` … become text, as they would draw warnings).
struct LinkRewriter {
    let targets: LinkTargets
    let input: Int
    let inputPath: String?
    let file: String
    /// Links turned into plain text, with their targets.
    private(set) var dropped: [String] = []

    init(targets: LinkTargets, input: Int, inputPath: String?, file: String) {
        self.targets = targets
        self.input = input
        self.inputPath = inputPath
        self.file = file
    }

    /// The blocks with every link rewritten.
    mutating func rewrite(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            block.rewritingInlines { node in
                guard case .link(var link) = node else { return [node] }
                guard let url = resolve(link.url) else {
                    dropped.append(link.url)
                    return link.content
                }
                link.url = url
                return [.link(link)]
            }
        }
    }

    /// The new href, or nil when the link points nowhere in the book.
    private func resolve(_ raw: String) -> String? {
        let url = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if url.hasPrefix("//") { return URIText.sanitized("https:" + url) }
        if let scheme = ResourceCollector.scheme(of: url), scheme != "file" {
            return SafeURL.isSafe(url) && URIText.isRegistered(scheme: scheme) ? URIText.sanitized(url) : nil
        }
        let hash = url.firstIndex(of: "#")
        let pathPart = hash.map { String(url[..<$0]) } ?? url
        let fragment = hash.map { String(url[url.index(after: $0)...]) }
        var index = input
        if !pathPart.isEmpty {
            let base = inputPath.map { ($0 as NSString).deletingLastPathComponent }
            guard let path = ResourceCollector.localPath(pathPart, base: base), let other = targets.input(atPath: path) else { return nil }
            index = other
        }
        if let fragment, !fragment.isEmpty {
            guard let target = targets.target(input: index, fragment: fragment), let id = target.id else { return nil }
            return target.file == file ? "#" + id : target.file + "#" + id
        }
        guard index != input || !pathPart.isEmpty, let first = targets.firstFile(of: index) else { return nil }
        return first
    }
}
