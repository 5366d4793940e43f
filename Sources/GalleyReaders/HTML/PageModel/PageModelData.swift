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
  "bylineNameParts": [
    "name"
  ],
  "bylineNameExcludedParts": [
    "first",
    "last",
    "given",
    "family",
    "middle",
    "sur"
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
    "checked",
    "your"
  ],
  "bylineSeparators": [
    " | ",
    " • ",
    " · ",
    " ⋅ ",
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
  "bylineMaxNodes": 80,
  "nameRoleWords": [
    "senior",
    "staff",
    "writer",
    "editor",
    "editorial",
    "reporter",
    "correspondent",
    "contributor",
    "contributing",
    "columnist",
    "coordinator",
    "manager",
    "director",
    "head",
    "chief",
    "founder",
    "co-founder",
    "cofounder",
    "ceo",
    "cto",
    "president",
    "winemaker",
    "last",
    "content",
    "marketing",
    "journalist",
    "producer",
    "analyst",
    "specialist",
    "associate",
    "assistant",
    "intern",
    "lead",
    "strategist",
    "consultant",
    "photographer",
    "copywriter"
  ],
  "nameVoidWords": [
    "says",
    "said",
    "wrote"
  ],
  "authorMetaLabels": [
    "written by",
    "author",
    "authors",
    "by",
    "auteur",
    "autor",
    "autorin",
    "verfasst von",
    "geschrieben von",
    "escrito por",
    "scritto da",
    "door"
  ],
  "monthWords": [
    [
      "january",
      "jan",
      "januar",
      "jänner",
      "janvier",
      "janv",
      "enero",
      "ene",
      "gennaio",
      "janeiro",
      "stycznia",
      "styczeń",
      "januari"
    ],
    [
      "february",
      "feb",
      "februar",
      "février",
      "févr",
      "fevrier",
      "febrero",
      "febbraio",
      "fevereiro",
      "fev",
      "lutego",
      "luty",
      "februari"
    ],
    [
      "march",
      "mar",
      "märz",
      "mär",
      "maerz",
      "mars",
      "marzo",
      "março",
      "marca",
      "marzec",
      "maart",
      "mrt"
    ],
    [
      "april",
      "apr",
      "avril",
      "avr",
      "abril",
      "abr",
      "aprile",
      "kwietnia",
      "kwiecień"
    ],
    [
      "may",
      "mai",
      "mayo",
      "maggio",
      "mag",
      "maio",
      "maja",
      "maj",
      "mei"
    ],
    [
      "june",
      "jun",
      "juni",
      "juin",
      "junio",
      "giugno",
      "giu",
      "junho",
      "czerwca",
      "czerwiec"
    ],
    [
      "july",
      "jul",
      "juli",
      "juillet",
      "juil",
      "julio",
      "luglio",
      "lug",
      "julho",
      "lipca",
      "lipiec"
    ],
    [
      "august",
      "aug",
      "août",
      "aout",
      "agosto",
      "ago",
      "sierpnia",
      "sierpień",
      "augustus"
    ],
    [
      "september",
      "sep",
      "sept",
      "septembre",
      "septiembre",
      "settembre",
      "setembro",
      "września",
      "wrzesień"
    ],
    [
      "october",
      "oct",
      "oktober",
      "okt",
      "octobre",
      "octubre",
      "ottobre",
      "ott",
      "outubro",
      "października",
      "październik"
    ],
    [
      "november",
      "nov",
      "novembre",
      "noviembre",
      "novembro",
      "listopada",
      "listopad"
    ],
    [
      "december",
      "dec",
      "dezember",
      "dez",
      "décembre",
      "decembre",
      "déc",
      "diciembre",
      "dic",
      "dicembre",
      "dezembro",
      "grudnia",
      "grudzień"
    ]
  ],
  "weekdayWords": [
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo"
  ]
}
"""#

    /// `Models/metadata-precedence.json`: source order per field, fitted by scripts/fit-metadata-precedence.py.
    static let metadataPrecedence = #"""
{
  "title": ["h1.main", "dc.title", "h1.agreeing", "twitter:title", "ld.headline", "og:title", "microdata.headline", "title"],
  "authors": ["meta.sailthru.author", "ld.author.first@forum", "ld.author", "meta.twitter:data", "meta.author", "meta.twitter:data.site", "byline.agreeing@post", "microdata.author.first@post", "byline.class@post", "byline.class.word@forum", "ld.author.person.site", "byline.text@post", "meta.author.site", "ld.author.person", "ld.author.first", "meta.article:author", "meta.dc.creator", "meta.dcterms.creator", "meta.parsely-author", "meta.citation_author", "microdata.author", "microdata.author.first", "rel.author", "byline.agreeing", "byline.class.word", "microdata.author.site"],
  "published": ["meta.published.like@forum", "url.date", "time.published@forum", "date.classed@forum", "date.agreeing.first@forum", "meta.published", "time.published@post", "microdata.datepublished@post", "date.agreeing", "meta.published.like@post", "date.shown.unlisted@post", "time.first@post", "ld.published", "microdata.datepublished", "time.published", "date.agreeing.first", "date.shown.modified", "date.shown.unlisted", "meta.published.like", "time.first", "date.classed", "date.shown.first@post"]
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
{"classes":["article","forum","product","collection","listing","documentation","service"],"features":["ld.article","ld.collection","ld.documentation","ld.forum","ld.page","ld.product","ld.service","og.present","og.article","og.product","og.website","url.article","url.collection","url.documentation","url.forum","url.listing","url.product","url.service","url.known","url.depth","url.year","url.numericID","url.longSlug","tag.p","tag.h1","tag.h2","tag.h3","tag.h4","tag.section","tag.article","tag.li","tag.a","tag.table","tag.pre","tag.code","tag.form","tag.input","tag.button","tag.select","tag.img","tag.time","tag.nav","tag.aside","tag.dl","tag.blockquote","tag.iframe","tag.video","tag.header","tag.footer","tag.ul","tag.ol","class.article","class.card","class.documentation","class.filter","class.hero","class.pagination","class.post","class.price","class.product","class.user","text.article","text.cart","text.documentation","text.forum","text.listing","text.service","text.prices","words","share.linkWords","share.paragraphWords","wordsPerParagraph","repeat.links","repeat.cards","repeat.posts","repeat.groups"],"mean":[0.177689,0.025384,0.007348,0.019372,0.287909,0.050768,0.199065,0.776887,0.433534,0.042084,0.285905,0.261189,0.054108,0.047428,0.077488,0.015364,0.075484,0.066132,0.927856,1.005059,0.034068,0.143621,0.455578,3.50248,0.736969,1.861067,1.84186,0.78413,1.170534,0.625079,4.14641,4.79025,0.209368,0.189137,0.320406,0.845117,0.0,0.0,0.0,2.800128,0.35592,1.073923,0.309602,0.152745,0.18375,0.0,0.0,0.763171,0.663569,2.698775,0.38623,1.202104,3.978585,2.361343,0.361685,1.70147,0.57175,2.023504,0.820811,0.788687,1.262287,0.466147,0.122514,0.353405,0.288254,0.35222,0.871432,0.902534,7.360493,0.242683,0.514099,2.946011,2.625692,1.837087,0.276255,2.269131],"scale":[0.38225,0.157289,0.085405,0.137829,0.452789,0.219524,0.399297,0.416333,0.495563,0.200781,0.451844,0.439283,0.226231,0.212553,0.267365,0.122996,0.264171,0.248513,0.258727,0.471284,0.181404,0.350705,0.498023,1.260045,0.371958,0.994204,1.235982,1.081216,1.114204,0.970766,1.438097,1.085351,0.5242,0.704461,1.092345,0.704341,1.0,1.0,1.0,1.266414,0.833304,0.687379,0.586724,0.632358,0.543979,1.0,1.0,0.638622,0.520775,1.154507,0.619207,1.360793,1.768942,1.696256,0.956194,1.43054,0.878832,1.849304,1.503049,1.595759,1.486547,0.648253,0.423844,0.606176,0.702075,0.663824,0.795778,1.264498,1.320867,0.198956,0.275073,0.931841,0.805308,0.844475,0.626527,0.988285],"coefficients":[[0.608214,-0.018878,-0.05912,-0.110098,-0.150179,-0.25687,-0.11761,0.198344,0.358165,-0.278038,-0.169217,0.363811,-0.139494,-0.144258,-0.208111,0.080418,-0.180883,-0.04586,-0.050645,0.114523,0.245041,0.033412,0.620324,0.17255,-0.010955,0.064309,0.081784,-0.027857,-0.061319,0.083536,-0.000717,-0.199036,0.036449,0.067692,-0.168684,-0.135021,0.0,0.0,0.0,-0.071019,-0.035958,0.076746,-0.051491,-0.084555,-0.00965,0.0,0.0,0.025519,0.041082,0.193677,0.07996,0.28766,-0.06144,0.081013,-0.228692,-0.085843,-0.147292,0.011525,-0.1881,-0.156771,-0.026273,0.240663,-0.0047,0.035071,-0.054711,-0.014092,-0.119526,-0.024617,0.078744,-0.268665,0.196466,0.289849,0.036089,-0.039323,-0.041404,0.02849],[0.029883,-0.065338,-0.013362,0.285121,-0.062134,-0.030198,-0.000912,-0.120276,-0.080149,-0.032262,0.006567,0.02671,-0.023495,-0.019725,0.63793,-0.032186,-0.096522,-0.06243,-0.139684,0.094502,-0.062015,0.350592,0.100333,-0.047339,-0.088803,-0.381267,-0.190534,-0.072149,-0.101517,-0.079031,-0.163312,-0.055944,0.034435,-0.033837,0.095799,0.109342,0.0,0.0,0.0,-0.025248,0.192263,-0.07543,0.147113,0.116828,0.196893,0.0,0.0,0.001884,0.055159,-0.014425,-0.030245,-0.01486,0.043509,-0.189756,0.004325,-0.022078,-0.114336,0.374466,-0.158224,-0.075105,0.40812,0.144993,-0.020575,0.103742,0.28389,-0.040389,-0.107775,-0.147673,-0.04354,-0.191355,-0.006536,0.07433,-0.043864,-0.090975,0.284459,-0.09205],[-0.12766,-0.147485,-0.091332,-0.053773,0.054645,0.468945,-0.081457,0.111788,-0.215796,0.40348,0.125131,-0.133746,-0.141902,-0.025707,0.013561,-0.048599,0.455981,-0.187818,0.028503,0.28316,-0.019818,0.310986,0.183481,-0.038374,-0.025441,0.165848,-0.064716,0.020882,0.118809,-0.016316,0.055682,0.074318,-0.013277,-0.03245,-0.049593,0.130181,0.0,0.0,0.0,0.332243,-0.068386,-0.140313,-0.158422,0.062685,-0.171642,0.0,0.0,0.114765,-0.129459,0.003193,0.041293,-0.111351,-0.148363,0.13015,-0.131951,0.085025,0.107481,-0.009445,0.24687,0.187405,0.22867,-0.152176,0.300078,0.02614,0.152027,0.035946,0.152205,0.029667,-0.048732,-0.154985,-0.235794,-0.15766,-0.012872,-0.242131,-0.059427,0.075493],[-0.125797,0.058632,-0.065327,-0.030599,0.046623,-0.119359,-0.031884,-0.085517,-0.177903,0.114224,0.024072,-0.086502,0.386473,-0.203935,0.079707,-0.094654,-0.064796,-0.151216,-0.152923,-0.094254,-0.142761,-0.174292,-0.32245,0.053212,0.049938,0.082612,0.069122,-0.075768,-0.008021,0.000784,-0.094464,-0.004347,-0.179682,-0.067992,-0.085723,0.068904,0.0,0.0,0.0,0.182796,0.071312,-0.033495,-0.036492,0.064046,-0.222071,0.0,0.0,-0.095146,-0.011976,-0.050365,0.032005,-0.095024,0.09635,0.058064,0.176925,0.131279,0.124168,-0.035555,0.400819,0.326195,-0.291224,-0.035037,-0.025977,0.015849,-0.12133,0.045858,-0.068947,0.463228,-0.164996,0.244809,0.012441,-0.240332,0.051086,0.271206,0.099999,-0.036382],[-0.186047,0.256701,0.033835,-0.050294,0.092041,-0.071175,0.218925,-0.134508,0.035808,-0.052158,-0.039808,0.118923,0.081574,0.051886,-0.291884,0.331498,-0.079574,0.153874,0.163918,-0.213156,0.046782,-0.110731,-0.126783,-0.312943,0.003833,-0.147024,-0.089646,0.098237,-0.149398,0.179412,-0.169981,0.214224,0.042621,-0.11665,-0.096438,0.134231,0.0,0.0,0.0,0.058928,0.15782,0.103245,0.013519,-0.233969,0.049114,0.0,0.0,0.066052,0.248111,-0.174438,-0.087651,0.066373,0.029807,-0.206146,0.287962,-0.13612,0.111937,-0.06059,0.016062,-0.158645,0.056644,0.047526,-0.030167,-0.194939,-0.156726,0.084853,-0.235486,-0.097495,0.137825,0.369432,-0.068926,0.066456,0.017212,0.401256,-0.025727,-0.066044],[0.026761,-0.027992,0.081944,-0.027874,-0.064857,-0.04499,-0.151901,0.006257,0.116059,-0.034377,-0.109864,0.025369,-0.150105,0.334983,-0.09372,-0.134682,-0.050474,-0.122539,-0.088422,0.081461,-0.028511,-0.119004,-0.321284,0.028139,-0.057124,0.049025,-0.057607,0.011221,0.006705,-0.030644,0.194644,-0.014174,0.119051,0.230914,0.4066,-0.142248,0.0,0.0,0.0,-0.356775,-0.136298,0.088039,0.07331,0.076004,0.071364,0.0,0.0,-0.187876,-0.149916,0.10493,0.103319,0.061573,-0.079654,0.123734,0.069915,-0.341791,-0.014046,-0.237883,-0.203194,0.104404,-0.172135,0.006169,-0.052419,0.447751,-0.034631,-0.156093,0.002229,-0.200175,0.080119,0.046217,0.042508,0.152399,0.082818,-0.134293,-0.151883,0.16387],[-0.225353,-0.055639,0.113362,-0.012484,0.083861,0.053646,0.164839,0.023912,-0.036183,-0.12087,0.163119,-0.314565,-0.013051,0.006755,-0.137484,-0.101794,0.016269,0.415989,0.239254,-0.266237,-0.038719,-0.290962,-0.13362,0.144756,0.128552,0.166497,0.251596,0.045436,0.194742,-0.137742,0.178147,-0.01504,-0.039597,-0.047677,-0.101961,-0.16539,0.0,0.0,0.0,-0.120925,-0.180753,-0.018792,0.012462,-0.001038,0.085992,0.0,0.0,0.074803,-0.053002,-0.062574,-0.138681,-0.194371,0.11979,0.002941,-0.178485,0.369529,-0.067912,-0.042518,-0.114232,-0.227482,-0.203802,-0.252138,-0.16624,-0.433615,-0.068519,0.043917,0.377301,-0.022935,-0.039419,-0.045453,0.05984,-0.185042,-0.130469,-0.16574,-0.106016,-0.073377]],"intercepts":[2.996903,-1.076565,-0.484701,-0.847371,0.227242,-0.943142,0.127635]}
"""#
}
