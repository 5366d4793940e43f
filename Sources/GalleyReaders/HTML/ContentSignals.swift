// What class names, ids, roles and tags say about an element: article body or page chrome.
import GalleyModel
import GalleySupport

/// The hints an element's names give about whether it holds article content.
enum ContentSignals {
    /// Words in class or id that suggest article content.
    static let positiveWords = ClassNames.words(["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "prose"])

    /// Words in class or id that suggest page chrome.
    static let negativeWords = ClassNames.words([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "newsletter", "subscribe", "recommend", "cookie", "consent", "popup", "modal",
    ])

    /// Words in class or id that mark an element as almost surely not content (removed before scoring).
    static let unlikelyWords = ClassNames.words([
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "popup",
        "yom-remote", "cookie", "consent", "newsletter", "signup", "subscribe", "outbrain", "taboola",
        "share", "recirc", "most-popular", "trending", "promo",
    ])

    /// Words that rescue an element the unlikely words matched (`article-header` may hold content).
    static let maybeWords = ClassNames.words(["and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "post"])

    /// ARIA roles of page chrome.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]

    /// The lower-cased `class` and `id` of an element, joined by a space.
    package static func names(_ tree: HTMLTree, _ index: Int) -> ClassNames {
        let c = tree.attribute(.class, of: index) ?? ""
        let i = tree.attribute(.id, of: index) ?? ""
        if c.isEmpty && i.isEmpty { return ClassNames("") }
        return ClassNames(c + " " + i)
    }

    /// Readability's class weight: −25 / +25 for each of class and id by the words above.
    static func classWeight(_ tree: HTMLTree, _ index: Int) -> Double {
        var weight = 0.0
        for name in [tree.attribute(.class, of: index), tree.attribute(.id, of: index)] {
            guard let name, !name.isEmpty else { continue }
            let value = ClassNames(name)
            if value.containsAny(negativeWords) || hasAdToken(value) { weight -= 25 }
            if value.containsAny(positiveWords) { weight += 25 }
        }
        if let prop = tree.attribute(.itemprop, of: index)?.lowercased(), prop.contains("articlebody") { weight += 50 }
        return weight
    }

    /// True when a class or id list contains an advertising token (`ad`, `ads`, `advert` ...).
    static func hasAdToken(_ names: ClassNames) -> Bool {
        names.anyToken { token in
            token.spells("ad") || token.spells("ads") || token.spells("advert") || token.spells("advertisement") || token.spells("adsbygoogle") || token.spells("dfp")
        }
    }

    /// True when the element's names mark it as chrome and nothing rescues it.
    static func isUnlikely(_ names: ClassNames) -> Bool {
        guard !names.isEmpty else { return false }
        if hasAdToken(names) { return true }
        return names.containsAny(unlikelyWords) && !names.containsAny(maybeWords)
    }

    /// The word lists `reason` looks for, built once.
    private static let navigationReasonWords = ClassNames.words(["nav", "menu", "breadcrumb", "pagination", "pager"])
    private static let commentReasonWords = ClassNames.words(["comment", "disqus", "replies"])
    private static let cookieReasonWords = ClassNames.words(["cookie", "gdpr", "consent"])
    private static let shareReasonWords = ClassNames.words(["share", "social"])
    private static let relatedReasonWords = ClassNames.words(["related", "recommend", "outbrain", "taboola", "recirc", "most-popular", "trending", "more-"])
    private static let advertisingReasonWords = ClassNames.words(["sponsor", "promo", "advert"])
    private static let newsletterReasonWords = ClassNames.words(["newsletter", "subscribe", "signup"])
    private static let footerReasonWords = ClassNames.words(["footer"])
    private static let headerReasonWords = ClassNames.words(["header", "masthead", "banner"])
    private static let sidebarReasonWords = ClassNames.words(["sidebar"])
    private static let dialogReasonWords = ClassNames.words(["popup", "modal"])

    /// A short reason for removing an element, from its tag, role and names (nil when nothing says).
    package static func reason(_ tree: HTMLTree, _ index: Int) -> RemovalReason? {
        let tag = tree.nodes[index].tag
        let role = tree.attribute(.role, of: index)?.lowercased() ?? ""
        let names = self.names(tree, index)
        func has(_ words: WordSet) -> Bool { !names.isEmpty && names.containsAny(words) }
        if tag == .nav || role == "navigation" || role == "menu" || role == "menubar" || has(Self.navigationReasonWords) { return .navigation }
        if has(Self.commentReasonWords) { return .comments }
        if has(Self.cookieReasonWords) { return .cookieNotice }
        if has(Self.shareReasonWords) { return .shareLinks }
        if has(Self.relatedReasonWords) { return .relatedContent }
        if hasAdToken(names) || has(Self.advertisingReasonWords) { return .advertising }
        if has(Self.newsletterReasonWords) { return .newsletterPrompt }
        if tag == .footer || role == "contentinfo" || has(Self.footerReasonWords) { return .footer }
        if tag == .header || role == "banner" || has(Self.headerReasonWords) { return .header }
        if tag == .aside || role == "complementary" || has(Self.sidebarReasonWords) { return .sidebar }
        if role == "dialog" || role == "alertdialog" || has(Self.dialogReasonWords) { return .dialog }
        return nil
    }

    /// True when the names mark a byline, dateline or other article metadata (kept in `Metadata` instead).
    static func isByline(_ names: ClassNames) -> Bool {
        guard !names.isEmpty else { return false }
        return names.anyToken { token in
            token.has("byline") || token.has("dateline") || token.has("timestamp") || token.begins("author")
                || token.spells("date") || token.spells("time") || token.spells("pubdate") || token.spells("published") || token.spells("updated")
                || token.spells("posted") || token.spells("meta") || token.spells("postmeta") || token.spells("entrymeta") || token.spells("publish")
                || token.begins("credit") || token.has("copyright") || token.spells("attribution")
        }
    }

    /// True when the names mark an image gallery, slideshow or carousel.
    private static let galleryWords = ClassNames.words(["gallery", "slideshow", "carousel", "slider", "lightbox"])

    static func isGallery(_ names: ClassNames) -> Bool {
        names.containsAny(galleryWords)
    }

    /// Class names of text shown only to screen readers ("Image copyright", "opens in a new window").
    static let screenReaderClasses: Set<String> = [
        "sr-only", "screen-reader-text", "screen-reader-only", "visually-hidden", "visuallyhidden", "u-visually-hidden",
        "off-screen", "offscreen", "element-invisible",
    ]

    /// Parts every screen-reader class above contains (a quick test before the exact one).
    private static let screenReaderStems = ClassNames.words(["sr-only", "screen", "visually", "off", "invisible"])
    /// Values every hiding style contains.
    private static let hidingValues = ClassNames.words(["none", "hidden"])

    /// Classes of the `blockquote` that social networks' embed codes put in a page: a post the
    /// article quotes (the text stays in the page even when the script that styles it is gone).
    private static let embeddedPostClasses = ClassNames.words(["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "reddit-card", "threads-media"])

    /// True when `index` is, or holds within its first few hundred nodes, an embedded social post:
    /// quoted content, whatever names like `social-media-embed` around it suggest.
    static func holdsEmbeddedPost(_ tree: HTMLTree, _ index: Int) -> Bool {
        let end = min(tree.subtreeEnd(index), index + 400)
        for j in index..<end where tree.nodes[j].tag == .blockquote {
            if let classes = tree.attribute(.class, of: j), ClassNames(classes).containsAny(embeddedPostClasses) { return true }
        }
        return false
    }

    /// True when inline style or attributes hide the element.
    static func isHidden(_ tree: HTMLTree, _ index: Int) -> Bool {
        if tree.attribute(.hidden, of: index) != nil { return true }
        if let classes = tree.attribute(.class, of: index), !classes.isEmpty,
           ClassNames.containsAny(classes, screenReaderStems) {
            for name in classes.split(separator: " ") where screenReaderClasses.contains(name.lowercased()) { return true }
        }
        if let style = tree.attribute(.style, of: index), ClassNames.containsAny(style, hidingValues) {
            let squeezed = style.lowercased().filter { $0 != " " }
            if squeezed.contains("display:none") || squeezed.contains("visibility:hidden") { return true }
        }
        if tree.attribute(.ariaHidden, of: index) == "true", !(tree.attribute(.class, of: index)?.contains("fallback-image") ?? false) {
            return true
        }
        return false
    }
}
