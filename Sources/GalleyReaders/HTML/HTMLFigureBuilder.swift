// Figures: <figure> with its images and <figcaption>; a figure holding text is read as plain blocks.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// Appends the figure(s) of a `figure` element.
    func appendFigure(_ i: Int, to blocks: inout [Block]) {
        let end = tree.subtreeEnd(i)
        var captionNode: Int?
        var imageNodes: [Int] = []
        var j = i + 1
        while j < end {
            if removed[j] { j = tree.subtreeEnd(j); continue }
            switch tree.nodes[j].tag {
            case .figcaption where captionNode == nil:
                captionNode = j
                j = tree.subtreeEnd(j)
                continue
            case .img: imageNodes.append(j)
            default: break
            }
            j += 1
        }
        let images = imageNodes.compactMap(image)
        let captionText = captionNode.map { Int(ContentStatistics.measure(tree.rawText(of: $0)).length) } ?? 0
        let otherText = Int(ContentStatistics.measure(tree.rawText(of: i)).length) - captionText
        guard !images.isEmpty, otherText < 20 else {
            appendContainer(i, to: &blocks)
            return
        }
        recordTextBesideImages(i, caption: captionNode)
        let caption = captionNode.map { inlines(of: $0) }
        for (n, image) in images.enumerated() {
            let isLast = n == images.count - 1
            blocks.append(Block(.figure(Figure(image: image, caption: isLast && caption?.isEmpty == false ? caption : nil)), span: tree.span(of: i)))
        }
    }

    /// Records the short text a figure holds outside its caption (a gallery count, an "Enlarge"
    /// label): a figure keeps only its images and caption.
    private func recordTextBesideImages(_ figure: Int, caption: Int?) {
        let end = tree.subtreeEnd(figure)
        var text = ""
        var j = figure + 1
        while j < end {
            if removed[j] || j == caption { j = tree.subtreeEnd(j); continue }
            if tree.nodes[j].tag == .text { text += tree.nodes[j].text + " " }
            j += 1
        }
        dropped.record(.figureOverlayText, text: text.foldingWhitespace, span: tree.span(of: figure))
    }
}
