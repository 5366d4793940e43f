// Generated from Models/*.json by scripts/embed-page-models.py; do not edit by hand.

/// The HTML page models, built into the binary (no file is read at run time).
enum PageModelData {
    /// `Models/metadata-cues.json`: hand-written cue lists for visible bylines and dates.
    static let metadataCues = #"""
{
  "bylineClassParts": [
    "byline",
    "author",
    "username",
    "user-name",
    "writer",
    "poster",
    "posted-by",
    "postedby",
    "contributor",
    "creator",
    "reporter"
  ],
  "bylineExcludedParts": [
    "avatar",
    "bio",
    "description",
    "about",
    "image",
    "photo",
    "pic",
    "social",
    "follow",
    "title",
    "box",
    "label",
    "role",
    "job",
    "img",
    "thumb",
    "icon",
    "count",
    "url",
    "email"
  ],
  "dateClassParts": [
    "date",
    "time",
    "posted",
    "published",
    "pubdate",
    "timestamp",
    "meta",
    "byline"
  ],
  "publishedTimeParts": [
    "publish",
    "posted",
    "created",
    "pubdate",
    "date-pub",
    "entry-date"
  ],
  "modifiedTimeParts": [
    "modif",
    "update",
    "edited"
  ],
  "nameRejectWords": [
    "comment",
    "comments",
    "share",
    "read",
    "more",
    "min",
    "minute",
    "minutes",
    "posted",
    "updated",
    "published",
    "follow",
    "view",
    "profile",
    "all",
    "posts",
    "reply",
    "replies",
    "author",
    "authors",
    "facebook",
    "twitter",
    "linkedin",
    "instagram",
    "email",
    "print",
    "home",
    "menu",
    "search",
    "login",
    "log",
    "sign",
    "subscribe",
    "about",
    "contact",
    "by",
    "on",
    "articles",
    "written",
    "reviewed",
    "medically",
    "fact",
    "checked"
  ],
  "bylineSeparators": [
    " | ",
    " • ",
    " · ",
    " — ",
    " – ",
    " - ",
    " on ",
    " at ",
    ", updated",
    ", published",
    "\n"
  ],
  "nameMaxWords": 6,
  "nameMaxCharacters": 60,
  "titleAgreementShare": 0.5,
  "bylineMaxNodes": 80
}
"""#

    /// `Models/metadata-precedence.json`: source order per field, fitted by scripts/fit-metadata-precedence.py.
    static let metadataPrecedence = #"""
{
  "title": ["ld.headline", "og:title", "twitter:title", "dc.title", "microdata.headline", "title", "h1.agreeing", "h1.main", "h1.only", "h1.first"],
  "authors": ["ld.author", "meta.author", "meta.article:author", "meta.dc.creator", "meta.dcterms.creator", "meta.parsely-author", "meta.sailthru.author", "microdata.author", "rel.author", "byline.class", "byline.text"],
  "published": ["ld.published", "meta.published", "microdata.datepublished", "time.published", "time.first", "url.date", "date.classed", "date.visible"]
}
"""#

    /// `Models/page-type-cues.json`: hand-written token lists the page-type features count.
    static let pageTypeCues = #"""
{
  "jsonldTypes": {
    "article": ["article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "scholarlyarticle", "liveblogposting", "review", "recipe", "howto"],
    "forum": ["discussionforumposting", "qapage", "question", "answer", "comment", "socialmediaposting"],
    "product": ["product", "offer", "aggregateoffer", "productgroup", "aggregaterating", "individualproduct"],
    "collection": ["collectionpage", "itemlist", "offercatalog", "searchresultspage"],
    "documentation": ["techarticle", "apireference", "softwaresourcecode", "softwareapplication"],
    "service": ["service", "localbusiness", "professionalservice", "organization", "corporation", "educationalorganization", "faqpage", "course", "event", "medicalclinic", "store"],
    "page": ["webpage", "website", "breadcrumblist", "aboutpage", "contactpage"]
  },
  "ogTypes": {
    "article": ["article", "blog", "news"],
    "product": ["product", "og:product", "product.item", "product.group"],
    "website": ["website", "webpage"]
  },
  "urlTokens": {
    "article": ["blog", "blogs", "news", "article", "articles", "post", "posts", "story", "stories", "insights", "magazine", "guide", "guides", "resources", "learn"],
    "forum": ["forum", "forums", "thread", "threads", "topic", "topics", "questions", "question", "community", "discussion", "discussions", "comments", "answers", "t", "r", "viewtopic", "showthread"],
    "product": ["product", "products", "p", "dp", "item", "items", "shop", "store", "buy", "sku"],
    "collection": ["category", "categories", "collection", "collections", "c", "catalog", "catalogue", "shop", "department", "browse"],
    "listing": ["tag", "tags", "archive", "archives", "search", "results", "list", "events", "jobs", "page", "author", "directory"],
    "documentation": ["docs", "doc", "documentation", "reference", "api", "manual", "wiki", "help", "kb", "knowledge-base", "developer", "developers", "sdk", "tutorial", "en-us", "latest", "stable"],
    "service": ["services", "service", "solutions", "pricing", "plans", "about", "features", "programs", "program", "courses", "course", "treatments", "contact", "company", "industries"]
  },
  "classParts": {
    "price": ["price", "cart", "basket", "checkout", "sku", "stock", "variant", "quantity", "add-to", "buy"],
    "product": ["product"],
    "post": ["post", "comment", "reply", "message", "thread", "topic", "answer", "vote"],
    "user": ["user", "author", "member", "avatar", "poster", "byline", "profile"],
    "documentation": ["docs", "toc", "table-of-contents", "highlight", "api", "sidebar-nav", "menu-item", "breadcrumb", "language-", "hljs", "prism", "copy"],
    "card": ["card", "grid", "tile", "teaser", "item", "listing", "result", "entry", "tease"],
    "pagination": ["pagination", "pager", "page-numbers", "load-more", "next", "prev"],
    "hero": ["hero", "banner", "cta", "feature", "testimonial", "pricing", "plan", "benefit", "service", "contact"],
    "article": ["article", "entry-content", "post-content", "story", "prose", "blog"],
    "filter": ["filter", "facet", "sort", "refine"]
  },
  "textPhrases": {
    "cart": ["add to cart", "add to bag", "add to basket", "buy now", "in stock", "out of stock", "add to wishlist", "quantity", "free shipping", "sku", "checkout"],
    "forum": ["reply", "quote", "joined", "posts", "report", "permalink", "upvote", "like", "likes", "replies", "answered", "asked", "helpful", "best answer", "solved", "thread starter", "original poster", "op"],
    "service": ["contact us", "get started", "book now", "request a quote", "get a quote", "learn more", "schedule", "call us", "free consultation", "sign up", "apply now", "get in touch", "book a call", "enroll now"],
    "listing": ["read more", "continue reading", "load more", "next page", "older posts", "newer posts", "view all", "show more", "sort by", "filter", "results"],
    "documentation": ["copy", "note", "parameters", "returns", "example", "syntax", "edit this page", "on this page", "table of contents", "contents", "previous", "next"],
    "article": ["share", "min read", "comments", "related articles", "related posts", "written by", "leave a reply", "about the author", "subscribe"]
  }
}
"""#

    /// `Models/page-type-model.json`: page-type weights, fitted by scripts/fit-page-type.py.
    static let pageTypeModel = #"""
{"classes": ["article"], "features": [], "mean": [], "scale": [], "coefficients": [[]], "intercepts": [0.0]}
"""#
}
