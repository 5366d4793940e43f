// Why content was removed: one case per reason a reader or pass gives, each with a human message.

/// Why a reader or pass removed content. The raw value is the short label written in the JSON
/// output's `removals` (stable: reports and scripts group by it); `message` says it in a sentence.
public enum RemovalReason: Sendable, Hashable, RawRepresentable, Codable, CustomStringConvertible {
    // HTML main-content extraction: regions outside the article or inside it but not of it.
    case hidden, navigation, pageChrome, unlikelyContent, outsideMainContent
    case comments, cookieNotice, shareLinks, relatedContent, advertising, newsletterPrompt
    case footer, header, sidebar, dialog, byline, imageGallery, schemaOrgData, headingOfPageChrome
    case imageStrip, listOfLinks, emptyWrapper, highLinkDensity, tags, teaserLink, linkCard, linkOnlyParagraph
    case photoCredit, unrenderedShortcode, authorBio, commentPolicy, contributorNote
    case newsletterOrFollowPrompt, affiliateDisclosure
    // HTML extraction: the edges of the article.
    case appendixSetOffByARule, trailingTeaserOrAuthorBox, trailingRelatedLinks, trailingHeading, trailingBoilerplate
    case leadingBylineOrCredit, promotionalFigure
    // HTML extraction model: a region the model (or the chrome fallback) left out.
    case notMainContent
    // HTML reader: elements that have no place in a document (their text is recorded).
    case formControl, embeddedContent, svgGraphic, noscriptFallback
    // HTML block building.
    case duplicateFigure, repeatedCaption, figureOverlayText, outsideTableRows, captionOfATableReadAsBlocks, outsideDefinitionListItems, shareLink, repeatedParagraph, standfirstMovedToSubtitle, authorLabel
    // Text reader and passes.
    case repeatedLine, navigationLine, backLinkMarker
    // Markdown reader.
    case unsafeLinkURL, unsafeImageURL
    // Pandoc JSON reader.
    case unmodelledMetadata
    /// Attributes cut before HTML parsing: `count` of them past the `limit`th of one element.
    case attributesPastLimit(count: Int, limit: Int)
    /// A reason this version does not know (read back from a document another version wrote).
    case other(String)

    /// Every reason without a payload, for lookups by label.
    public static let labelled: [RemovalReason] = [
        .hidden, .navigation, .pageChrome, .unlikelyContent, .outsideMainContent,
        .comments, .cookieNotice, .shareLinks, .relatedContent, .advertising, .newsletterPrompt,
        .footer, .header, .sidebar, .dialog, .byline, .imageGallery, .schemaOrgData, .headingOfPageChrome,
        .imageStrip, .listOfLinks, .emptyWrapper, .highLinkDensity, .tags, .teaserLink, .linkCard, .linkOnlyParagraph,
        .photoCredit, .unrenderedShortcode, .authorBio, .commentPolicy, .contributorNote,
        .newsletterOrFollowPrompt, .affiliateDisclosure,
        .appendixSetOffByARule, .trailingTeaserOrAuthorBox, .trailingRelatedLinks, .trailingHeading, .trailingBoilerplate,
        .leadingBylineOrCredit, .promotionalFigure, .notMainContent, .formControl, .embeddedContent, .svgGraphic, .noscriptFallback,
        .duplicateFigure, .repeatedCaption, .figureOverlayText, .outsideTableRows, .captionOfATableReadAsBlocks, .outsideDefinitionListItems, .shareLink, .repeatedParagraph, .standfirstMovedToSubtitle, .authorLabel,
        .repeatedLine, .navigationLine, .backLinkMarker, .unsafeLinkURL, .unsafeImageURL, .unmodelledMetadata,
    ]

    private static let byLabel: [String: RemovalReason] = Dictionary(labelled.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })

    /// The reason with this label; an unknown label becomes `.other`.
    public init(rawValue: String) {
        if let known = Self.byLabel[rawValue] { self = known; return }
        if let parsed = Self.attributesPastLimit(parsing: rawValue) { self = parsed; return }
        self = .other(rawValue)
    }

    /// The short label written in removal records, e.g. `navigation` or `repeated line`.
    public var rawValue: String {
        switch self {
        case .hidden: "hidden"
        case .navigation: "navigation"
        case .pageChrome: "page chrome"
        case .unlikelyContent: "unlikely content"
        case .outsideMainContent: "outside main content"
        case .comments: "comments"
        case .cookieNotice: "cookie notice"
        case .shareLinks: "share links"
        case .relatedContent: "related content"
        case .advertising: "advertising"
        case .newsletterPrompt: "newsletter prompt"
        case .footer: "footer"
        case .header: "header"
        case .sidebar: "sidebar"
        case .dialog: "dialog"
        case .byline: "byline"
        case .imageGallery: "image gallery"
        case .schemaOrgData: "schema.org data"
        case .headingOfPageChrome: "heading of page chrome"
        case .imageStrip: "image strip"
        case .listOfLinks: "list of links"
        case .emptyWrapper: "empty wrapper"
        case .highLinkDensity: "high link density"
        case .tags: "tags"
        case .teaserLink: "teaser link"
        case .linkCard: "link card"
        case .linkOnlyParagraph: "link-only paragraph"
        case .photoCredit: "photo credit"
        case .unrenderedShortcode: "unrendered shortcode"
        case .authorBio: "author bio"
        case .commentPolicy: "comment policy"
        case .contributorNote: "contributor note"
        case .newsletterOrFollowPrompt: "newsletter or follow prompt"
        case .affiliateDisclosure: "affiliate disclosure"
        case .appendixSetOffByARule: "appendix set off by a rule"
        case .trailingTeaserOrAuthorBox: "trailing teaser or author box"
        case .trailingRelatedLinks: "trailing related links"
        case .trailingHeading: "trailing heading"
        case .trailingBoilerplate: "trailing boilerplate"
        case .leadingBylineOrCredit: "leading byline or credit"
        case .promotionalFigure: "promotional figure"
        case .formControl: "form control"
        case .embeddedContent: "embedded content"
        case .svgGraphic: "svg graphic"
        case .noscriptFallback: "noscript fallback"
        case .duplicateFigure: "duplicate figure"
        case .repeatedCaption: "repeated caption"
        case .figureOverlayText: "figure overlay text"
        case .outsideTableRows: "outside table rows"
        case .captionOfATableReadAsBlocks: "caption of a layout table"
        case .outsideDefinitionListItems: "outside definition list items"
        case .shareLink: "share link"
        case .repeatedParagraph: "repeated paragraph"
        case .standfirstMovedToSubtitle: "standfirst moved to subtitle"
        case .authorLabel: "author label"
        case .repeatedLine: "repeated line"
        case .navigationLine: "navigation line"
        case .backLinkMarker: "back-link marker"
        case .unsafeLinkURL: "unsafe link URL"
        case .unsafeImageURL: "unsafe image URL"
        case .unmodelledMetadata: "metadata field not modelled"
        case .notMainContent: "not main content"
        case .attributesPastLimit(let count, let limit): "\(count) attributes past the \(limit)th of one element"
        case .other(let label): label
        }
    }

    /// What the removal means, in a sentence for a reader of a report.
    public var message: String {
        switch self {
        case .hidden: "hidden by the page (hidden attribute, display:none, screen-reader-only or aria-hidden)"
        case .navigation: "site navigation: menus, breadcrumbs, pagination"
        case .pageChrome: "page chrome around the article (header, footer or sidebar by its place)"
        case .unlikelyContent: "an element whose names mark it as unlikely to be content"
        case .outsideMainContent: "outside the region chosen as the main content"
        case .comments: "the comment section"
        case .cookieNotice: "a cookie or consent notice"
        case .shareLinks: "a block of social share links"
        case .relatedContent: "related or recommended articles"
        case .advertising: "advertising or sponsored content"
        case .newsletterPrompt: "a newsletter sign-up box"
        case .footer: "the page or article footer"
        case .header: "the page header or masthead"
        case .sidebar: "a sidebar beside the article"
        case .dialog: "a dialog or pop-up"
        case .byline: "a byline (kept in the metadata instead)"
        case .imageGallery: "an image gallery or carousel"
        case .schemaOrgData: "schema.org data shown as text"
        case .headingOfPageChrome: "a heading of page chrome"
        case .imageStrip: "a strip of images without text"
        case .listOfLinks: "a list made mostly of links"
        case .emptyWrapper: "a wrapper with almost no text"
        case .highLinkDensity: "a block made mostly of links"
        case .tags: "the article's tag links"
        case .teaserLink: "a teaser linking to another article"
        case .linkCard: "a card of links inside a paragraph's flow"
        case .linkOnlyParagraph: "a paragraph made of links (a teaser or a list of links written as a paragraph)"
        case .photoCredit: "a photo credit on its own"
        case .unrenderedShortcode: "a CMS shortcode the site did not render"
        case .authorBio: "the author's biography at the edge of the article"
        case .commentPolicy: "a note on comment moderation"
        case .contributorNote: "a note on who contributed to the report"
        case .newsletterOrFollowPrompt: "a prompt to subscribe or follow"
        case .affiliateDisclosure: "an affiliate-link disclosure"
        case .appendixSetOffByARule: "an appendix after a rule at the end of the article (notes about the site or author)"
        case .trailingTeaserOrAuthorBox: "a teaser or author box after the article"
        case .trailingRelatedLinks: "links to related articles after the article"
        case .trailingHeading: "a heading with nothing of the article after it"
        case .trailingBoilerplate: "boilerplate after the article (short lines that are not sentences)"
        case .leadingBylineOrCredit: "a byline, dateline or credit before the article"
        case .promotionalFigure: "a promotional image at the edge of the article"
        case .formControl: "the text of a form control (button, menu, text box)"
        case .embeddedContent: "the fallback text of embedded content (frame, object, canvas, audio, video)"
        case .svgGraphic: "the text inside an SVG graphic"
        case .noscriptFallback: "the text a page shows when scripts are off"
        case .duplicateFigure: "the same image shown again"
        case .repeatedCaption: "a caption repeating one already kept"
        case .figureOverlayText: "short text inside a figure beside its image (a gallery count, an Enlarge label)"
        case .outsideTableRows: "content of a table that stands in no row (cells without a row, a table directly in a table)"
        case .captionOfATableReadAsBlocks: "the caption of a table read as plain blocks (a layout table, or one row or column)"
        case .outsideDefinitionListItems: "content of a definition list that is neither a term nor a definition"
        case .shareLink: "a link to a social share endpoint"
        case .repeatedParagraph: "a paragraph repeated word for word"
        case .standfirstMovedToSubtitle: "the standfirst, moved to the subtitle"
        case .authorLabel: "an author label (the name is kept in the metadata)"
        case .repeatedLine: "a line repeated on consecutive lines"
        case .navigationLine: "a navigation line (back to top, next, previous)"
        case .backLinkMarker: "a back-link marker beside a heading"
        case .unsafeLinkURL: "a link URL with an unsafe scheme (the link text is kept)"
        case .unsafeImageURL: "an image URL with an unsafe scheme"
        case .unmodelledMetadata: "a metadata field Galley has no place for (`key: value` as read)"
        case .notMainContent: "left out by the extraction model: not the page's main content (`galley explain` shows its score)"
        case .attributesPastLimit(let count, let limit): "\(count) attributes past the \(limit)th of one element, cut before parsing"
        case .other(let label): label
        }
    }

    /// The label.
    public var description: String { rawValue }

    /// Parses `N attributes past the Lth of one element`.
    private static func attributesPastLimit(parsing label: String) -> RemovalReason? {
        let words = label.split(separator: " ")
        guard words.count == 8, words[1] == "attributes", words[2] == "past", words[3] == "the",
              words[5...] == ["of", "one", "element"], let count = Int(words[0]), words[4].hasSuffix("th"),
              let limit = Int(words[4].dropLast(2)) else { return nil }
        return .attributesPastLimit(count: count, limit: limit)
    }

    /// Decodes the label.
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the label.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
