// The cover: the given image, or a generated SVG with the title; and the page that shows it.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// The cover image and its page.
enum CoverPage {
    /// The cover page's file name.
    static let fileName = "cover.xhtml"
    /// The manifest id of the cover image (also named by `<meta name="cover">`).
    static let imageID = "cover-image"

    /// The package path of the cover image.
    static func imageHref(_ file: ImageFile) -> String {
        "images/cover.\(ImageMediaType.fileExtension(file.mediaType))"
    }

    /// The XHTML page that shows the cover image.
    static func render(_ metadata: BookMetadata, imageHref: String) -> String {
        let body = "<section class=\"cover\" epub:type=\"cover\">\n"
            + "<img src=\"\(XMLEscaping.attribute(imageHref))\" alt=\"\(XMLEscaping.attribute("Cover: " + metadata.title))\"/>\n"
            + "</section>\n"
        return XHTMLPage.render(title: "Cover", language: metadata.language, bodyAttributes: " class=\"cover\"", body: body)
    }

    /// A 1200×1800 SVG cover: the title (wrapped), subtitle and authors on a plain ground.
    static func svg(_ metadata: BookMetadata) -> ImageFile {
        var lines: [String] = []
        let (titleLines, titleSize) = fitTitle(metadata.title)
        var y = 520 - (titleLines.count - 1) * titleSize / 2
        lines.append("<rect x=\"60\" y=\"60\" width=\"1080\" height=\"1680\" fill=\"none\" stroke=\"#f4efe6\" stroke-width=\"4\"/>")
        for line in titleLines {
            lines.append(text(line, y: y, size: titleSize, weight: "bold"))
            y += titleSize * 6 / 5
        }
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            y += 40
            for line in wrap(subtitle, width: 30).prefix(3) {
                lines.append(text(line, y: y, size: 56, style: "italic"))
                y += 70
            }
        }
        lines.append("<line x1=\"450\" y1=\"\(max(y + 40, 1200))\" x2=\"750\" y2=\"\(max(y + 40, 1200))\" stroke=\"#f4efe6\" stroke-width=\"3\"/>")
        var authorY = max(y + 160, 1320)
        for line in wrap(ListFormatting.names(metadata.authors), width: 28).prefix(3) {
            lines.append(text(line, y: authorY, size: 60))
            authorY += 76
        }
        if let publisher = metadata.publisher, !publisher.isEmpty {
            lines.append(text(publisher, y: 1660, size: 40))
        }
        let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="1200" height="1800" viewBox="0 0 1200 1800">
        <title>\(XMLEscaping.text(metadata.title))</title>
        <rect width="1200" height="1800" fill="#2b3a4a"/>
        \(lines.joined(separator: "\n"))
        </svg>

        """
        return ImageFile(data: Data(svg.utf8), mediaType: "image/svg+xml")
    }

    private static func text(_ s: String, y: Int, size: Int, weight: String = "normal", style: String = "normal") -> String {
        // A line wider than the frame (a very long word) is squeezed to fit rather than cut off.
        let fit = Double(s.count) * Double(size) * 0.6 > 1000 ? " textLength=\"1000\" lengthAdjust=\"spacingAndGlyphs\"" : ""
        return "<text x=\"600\" y=\"\(y)\"\(fit) text-anchor=\"middle\" font-family=\"Georgia, 'DejaVu Serif', serif\" font-size=\"\(size)\" font-weight=\"\(weight)\" font-style=\"\(style)\" fill=\"#f4efe6\">\(XMLEscaping.text(s))</text>"
    }

    /// The title's lines and font size: the largest of a few sizes at which it fits in 8 lines
    /// (a longer title is cut after the eighth line with an ellipsis, on the cover only).
    static func fitTitle(_ title: String) -> (lines: [String], size: Int) {
        for (width, size) in [(15, 104), (19, 84), (24, 64)] {
            let lines = wrap(title, width: width)
            if lines.count <= (size > 90 ? 5 : 8) { return (lines, size) }
        }
        var lines = Array(wrap(title, width: 24).prefix(8))
        if !lines.isEmpty { lines[lines.count - 1] += " …" }
        return (lines, 64)
    }

    /// Greedy word wrap at `width` characters (a word longer than that stands alone).
    static func wrap(_ s: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in s.split(whereSeparator: { $0.isWhitespace }) {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width { current += " " + word } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
