// package.opf: metadata (Dublin Core, dcterms:modified, accessibility), manifest and spine.
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Renders the EPUB 3 package document.
enum PackageDocument {
    /// One manifest item.
    package struct Item: Equatable {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
        /// In the spine (reading order), and whether it is linear there.
        var spine: Bool = false
    }

    /// What the accessibility metadata says, derived from the content.
    struct Accessibility: Equatable {
        /// The book contains images.
        var hasImages: Bool
        /// Every image has alternative text.
        var imagesDescribed: Bool
    }

    /// The OPF XML.
    static func render(metadata: BookMetadata, identifier: String, modified: String, items: [Item],
                       accessibility: Accessibility, coverImageID: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\""
        out += " xml:lang=\"\(XMLEscaping.attribute(metadata.language))\">\n"
        out += "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        out += "<dc:identifier id=\"book-id\">\(XMLEscaping.text(identifier))</dc:identifier>\n"
        out += "<dc:title id=\"title\">\(XMLEscaping.text(metadata.title))</dc:title>\n"
        out += "<meta refines=\"#title\" property=\"title-type\">main</meta>\n"
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            out += "<dc:title id=\"subtitle\">\(XMLEscaping.text(subtitle))</dc:title>\n"
            out += "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n"
        }
        for (n, author) in metadata.authors.enumerated() {
            out += "<dc:creator id=\"creator-\(n + 1)\">\(XMLEscaping.text(author))</dc:creator>\n"
            out += "<meta refines=\"#creator-\(n + 1)\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n"
        }
        out += "<dc:language>\(XMLEscaping.text(metadata.language))</dc:language>\n"
        if let date = metadata.date, !date.isEmpty { out += "<dc:date>\(XMLEscaping.text(date))</dc:date>\n" }
        if let publisher = metadata.publisher, !publisher.isEmpty { out += "<dc:publisher>\(XMLEscaping.text(publisher))</dc:publisher>\n" }
        if let rights = metadata.rights, !rights.isEmpty { out += "<dc:rights>\(XMLEscaping.text(rights))</dc:rights>\n" }
        if let description = metadata.description, !description.isEmpty {
            out += "<dc:description>\(XMLEscaping.text(description))</dc:description>\n"
        }
        out += "<meta property=\"dcterms:modified\">\(modified)</meta>\n"
        out += accessibilityMetadata(accessibility)
        out += "<meta name=\"cover\" content=\"\(coverImageID)\"/>\n"
        out += "</metadata>\n<manifest>\n"
        for item in items {
            out += "<item id=\"\(XMLEscaping.attribute(item.id))\" href=\"\(XMLEscaping.attribute(item.href))\" media-type=\"\(item.mediaType)\""
            if let properties = item.properties { out += " properties=\"\(properties)\"" }
            out += "/>\n"
        }
        out += "</manifest>\n<spine toc=\"ncx\">\n"
        for item in items where item.spine {
            out += "<itemref idref=\"\(XMLEscaping.attribute(item.id))\"/>\n"
        }
        out += "</spine>\n</package>\n"
        return out
    }

    private static func accessibilityMetadata(_ a: Accessibility) -> String {
        var out = "<meta property=\"schema:accessMode\">textual</meta>\n"
        if a.hasImages { out += "<meta property=\"schema:accessMode\">visual</meta>\n" }
        if !a.hasImages || a.imagesDescribed { out += "<meta property=\"schema:accessModeSufficient\">textual</meta>\n" }
        if a.hasImages { out += "<meta property=\"schema:accessModeSufficient\">textual,visual</meta>\n" }
        var features = ["structuralNavigation", "tableOfContents", "readingOrder"]
        if a.hasImages && a.imagesDescribed { features.append("alternativeText") }
        for feature in features { out += "<meta property=\"schema:accessibilityFeature\">\(feature)</meta>\n" }
        out += "<meta property=\"schema:accessibilityHazard\">none</meta>\n"
        var summary = "Reflowable text with a navigable table of contents; headings mark the structure of every chapter."
        if a.hasImages {
            summary += a.imagesDescribed ? " Every image has alternative text." : " Some images have no alternative text."
        }
        out += "<meta property=\"schema:accessibilitySummary\">\(XMLEscaping.text(summary))</meta>\n"
        return out
    }
}
