// What class names, ids, roles and tags say about an element: article body or page chrome.

/// The hints an element's names give about whether it holds article content.
enum ContentSignals {
    /// Words in class or id that suggest article content.
    static let positiveWords = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "prose"]

    /// Words in class or id that suggest page chrome.
    static let negativeWords = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "newsletter", "subscribe", "recommend", "cookie", "consent", "popup", "modal",
    ]

    /// Words in class or id that mark an element as almost surely not content (removed before scoring).
    static let unlikelyWords = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent", "newsletter", "signup", "subscribe", "outbrain", "taboola",
        "share", "recirc", "most-popular", "trending", "promo",
    ]

    /// Words that rescue an element the unlikely words matched (`article-header` may hold content).
    static let maybeWords = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "post"]

    /// ARIA roles of page chrome.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]

    /// The lower-cased `class` and `id` of an element, joined by a space.
    static func names(_ tree: HTMLTree, _ index: Int) -> String {
        let c = tree.attribute(.class, of: index) ?? ""
        let i = tree.attribute(.id, of: index) ?? ""
        if c.isEmpty && i.isEmpty { return "" }
        return (c + " " + i).lowercased()
    }

    /// Readability's class weight: −25 / +25 for each of class and id by the words above.
    static func classWeight(_ tree: HTMLTree, _ index: Int) -> Double {
        var weight = 0.0
        for name in [tree.attribute(.class, of: index), tree.attribute(.id, of: index)] {
            guard let value = name?.lowercased(), !value.isEmpty else { continue }
            if negativeWords.contains(where: value.containsASCII) || hasAdToken(value) { weight -= 25 }
            if positiveWords.contains(where: value.containsASCII) { weight += 25 }
        }
        if let prop = tree.attribute(.itemprop, of: index)?.lowercased(), prop.contains("articlebody") { weight += 50 }
        return weight
    }

    /// True when a class or id list contains an advertising token (`ad`, `ads`, `advert` ...).
    static func hasAdToken(_ names: String) -> Bool {
        if let tokens = names.asciiAlphanumericTokens {
            return tokens.contains { adTokens.contains($0) }
        }
        return names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { token in
            token == "ad" || token == "ads" || token == "advert" || token == "advertisement" || token == "adsbygoogle" || token == "dfp"
        }
    }

    private static let adTokens: Set<String> = ["ad", "ads", "advert", "advertisement", "adsbygoogle", "dfp"]

    /// True when the element's names mark it as chrome and nothing rescues it.
    static func isUnlikely(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        if hasAdToken(names) { return true }
        return unlikelyWords.contains(where: names.containsASCII) && !maybeWords.contains(where: names.containsASCII)
    }

    /// A short reason for removing an element, from its tag, role and names (nil when nothing says).
    static func reason(_ tree: HTMLTree, _ index: Int) -> String? {
        let tag = tree.nodes[index].tag
        let role = tree.attribute(.role, of: index)?.lowercased() ?? ""
        let names = self.names(tree, index)
        func has(_ words: [String]) -> Bool { words.contains(where: names.containsASCII) }
        if tag == .nav || role == "navigation" || role == "menu" || role == "menubar" || has(["nav", "menu", "breadcrumb", "pagination", "pager"]) { return "navigation" }
        if has(["comment", "disqus", "replies"]) { return "comments" }
        if has(["cookie", "gdpr", "consent"]) { return "cookie notice" }
        if has(["share", "social"]) { return "share links" }
        if has(["related", "recommend", "outbrain", "taboola", "recirc", "most-popular", "trending", "more-"]) { return "related content" }
        if hasAdToken(names) || has(["sponsor", "promo", "advert"]) { return "advertising" }
        if has(["newsletter", "subscribe", "signup"]) { return "newsletter prompt" }
        if tag == .footer || role == "contentinfo" || has(["footer"]) { return "footer" }
        if tag == .header || role == "banner" || has(["header", "masthead", "banner"]) { return "header" }
        if tag == .aside || role == "complementary" || has(["sidebar"]) { return "sidebar" }
        if role == "dialog" || role == "alertdialog" || has(["popup", "modal"]) { return "dialog" }
        return nil
    }

    /// True when the names mark a byline, dateline or other article metadata (kept in `Metadata` instead).
    static func isByline(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        return names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { token in
            token.contains("byline") || token.contains("dateline") || token.contains("timestamp") || token.hasPrefix("author")
                || token == "date" || token == "time" || token == "pubdate" || token == "published" || token == "updated"
                || token == "posted" || token == "meta" || token == "postmeta" || token == "entrymeta" || token == "publish" || token == "credits"
        }
    }

    /// True when the names mark an image gallery, slideshow or carousel.
    static func isGallery(_ names: String) -> Bool {
        ["gallery", "slideshow", "carousel", "slider", "lightbox"].contains(where: names.containsASCII)
    }

    /// True when inline style or attributes hide the element.
    static func isHidden(_ tree: HTMLTree, _ index: Int) -> Bool {
        if tree.attribute(.hidden, of: index) != nil { return true }
        if let style = tree.attribute(.style, of: index)?.lowercased() {
            let squeezed = style.filter { $0 != " " }
            if squeezed.contains("display:none") || squeezed.contains("visibility:hidden") { return true }
        }
        if tree.attribute(.ariaHidden, of: index) == "true", !(tree.attribute(.class, of: index)?.contains("fallback-image") ?? false) {
            return true
        }
        return false
    }
}
