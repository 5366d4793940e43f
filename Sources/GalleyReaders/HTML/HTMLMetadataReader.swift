// Collects a page's metadata from <title>, <meta>, OpenGraph, Twitter cards, JSON-LD and microdata.
import GalleyModel
import GalleySupport

/// The raw metadata sources of a page, gathered in one pass over the tree.
struct HTMLMetadataSources {
    /// `<meta name|property|itemprop=... content=...>` values by lower-case key, in page order.
    var meta: [String: [String]] = [:]
    /// The text of `<title>`.
    var title: String?
    /// `<html lang>`.
    var htmlLang: String?
    /// `<link rel=canonical href>`.
    var canonical: String?
    /// `<base href>`.
    var base: String?
    /// `<link rel=author>` / `<a rel=author>` texts.
    var relAuthors: [String] = []
    /// Microdata values (`itemprop` outside `<meta>`) by property name, in page order.
    var microdata: [String: [String]] = [:]
    /// JSON-LD script texts.
    var jsonLD: [String] = []

    /// The attributes of `<meta>` that name its content, in the order they are read.
    private static let metaKeys: [HTMLAttributeName] = [.name, .property, .itemprop, .httpEquiv]

    /// Gathers the sources from the tree.
    init(tree: HTMLTree) {
        meta.reserveCapacity(64)  // only ever looked up by key: capacity cannot show in output
        for index in tree.nodes.indices {
            let tag = tree.nodes[index].tag
            switch tag {
            case .text, .document: continue
            case .html:
                htmlLang = htmlLang ?? tree.attribute(.lang, of: index) ?? tree.attribute(.xmlLang, of: index)
            case .title where title == nil:
                title = tree.rawText(of: index).foldingWhitespace
            case .meta:
                guard let content = tree.attribute(.content, of: index)?.foldingWhitespace, !content.isEmpty else { continue }
                for key in Self.metaKeys {
                    if let k = tree.attribute(key, of: index)?.lowercased() {
                        if !k.utf8.contains(32) {
                            if !k.isEmpty { meta[k, default: []].append(content) }  // one name, as split would give
                        } else {
                            for part in k.split(separator: " ") { meta[String(part), default: []].append(content) }
                        }
                    }
                }
            case .link:
                let rel = tree.attribute(.rel, of: index)?.lowercased() ?? ""
                let isCanonical = rel.utf8.contains(32) ? rel.split(separator: " ").contains("canonical") : rel == "canonical"
                if isCanonical, canonical == nil { canonical = tree.attribute(.href, of: index) }
            case .base where base == nil:
                base = tree.attribute(.href, of: index)
            case .script:
                jsonLD.append(tree.rawText(of: index))
            default:
                if tag == .a, let rel = tree.attribute(.rel, of: index), rel.lowercased().split(separator: " ").contains("author") {
                    let name = tree.rawText(of: index).foldingWhitespace
                    if !name.isEmpty, name.count < 80 { relAuthors.append(name) }
                }
                if let prop = tree.attribute(.itemprop, of: index) {
                    collectMicrodata(prop.lowercased(), index: index, tree: tree)
                }
            }
        }
    }

    private mutating func collectMicrodata(_ property: String, index: Int, tree: HTMLTree) {
        let tag = tree.nodes[index].tag
        var value: String?
        if property == "author" || property == "creator" || property == "publisher", tree.attribute(.itemscope, of: index) != nil {
            let end = tree.subtreeEnd(index)
            if let nameIndex = (index + 1..<end).first(where: { tree.attribute(.itemprop, of: $0)?.lowercased() == "name" }) {
                value = tree.attribute(.content, of: nameIndex) ?? tree.rawText(of: nameIndex)
            }
        } else if let content = tree.attribute(.content, of: index) {
            value = content
        } else if tag == .time || tag == .data {
            value = tree.attribute(.datetime, of: index) ?? tree.attribute(.value, of: index) ?? tree.rawText(of: index)
        } else if tag == .img {
            value = tree.attribute(.src, of: index)
        } else if tag == .a || tag == .link {
            value = tree.attribute(.href, of: index)
        } else if property != "articlebody" && property != "text" && tree.subtreeEnd(index) - index < 40 {
            value = tree.rawText(of: index)
        }
        guard let folded = value?.foldingWhitespace, !folded.isEmpty, folded.count < 300 else { return }
        if !property.utf8.contains(32) {
            if !property.isEmpty { microdata[property, default: []].append(folded) }  // one name, as split would give
        } else {
            for part in property.split(separator: " ") { microdata[String(part), default: []].append(folded) }
        }
    }
}
