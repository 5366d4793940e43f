// The HTML element names the reader distinguishes, and the groups they fall into.
import GalleyModel
import GalleySupport

/// An HTML element name, as far as the reader cares (everything else is `.unknown`).
enum HTMLTag: UInt8, Sendable {
    case text, unknown, document
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case main, article, section, div, span, p, header, footer, nav, aside, address, center, font
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu, dir
    case table, caption, thead, tbody, tfoot, tr, th, td, colgroup, col
    case pre, code, kbd, samp, tt, `var`, blockquote, q, cite
    case figure, figcaption, picture, img, source, track, wbr, embed, param, area, map, keygen
    case a, em, i, strong, b, u, s, strike, del, ins, mark, small, big, sub, sup, abbr, time, dfn, bdi, bdo
    case br, hr
    case form, fieldset, legend, label, input, button, select, option, optgroup, textarea, datalist, output
    case iframe, frame, frameset, object, svg, math, canvas, audio, video, dialog, details, summary
    case data

    /// Looks up a lower-case element name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .unknown
    }

    static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template,
            .main, .article, .section, .div, .span, .p, .header, .footer, .nav, .aside, .address, .center, .font,
            .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu, .dir,
            .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td, .colgroup, .col,
            .pre, .code, .kbd, .samp, .tt, .var, .blockquote, .q, .cite,
            .figure, .figcaption, .picture, .img, .source, .track, .wbr, .embed, .param, .area, .map, .keygen,
            .a, .em, .i, .strong, .b, .u, .s, .strike, .del, .ins, .mark, .small, .big, .sub, .sup, .abbr, .time, .dfn, .bdi, .bdo,
            .br, .hr, .form, .fieldset, .legend, .label, .input, .button, .select, .option, .optgroup, .textarea, .datalist, .output,
            .iframe, .frame, .frameset, .object, .svg, .math, .canvas, .audio, .video, .dialog, .details, .summary, .data,
        ]
        var table: [String: HTMLTag] = [:]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// Elements whose content never reaches the output (scripts, styles, embedded objects, form controls).
    var isDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .frame, .frameset, .object, .svg, .canvas,
             .audio, .video, .input, .button, .select, .option, .optgroup, .textarea, .datalist, .output,
             .embed, .param, .source, .track, .keygen, .map, .area, .dialog, .colgroup, .col:
            return true
        default:
            return false
        }
    }

    /// HTML5 void elements: libxml2 2.9 nests what follows some of them inside, so their children
    /// are treated as following siblings.
    var isVoid: Bool {
        switch self {
        case .source, .track, .wbr, .embed, .param, .area, .keygen, .br, .hr, .img, .input, .meta, .link, .base, .col:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new block (anything else is inline content).
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .p, .header, .footer, .nav, .aside, .address, .center,
             .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu, .dir,
             .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td, .pre, .blockquote, .figure, .figcaption,
             .hr, .form, .fieldset, .legend, .details, .summary, .dialog, .document:
            return true
        default:
            return false
        }
    }

    /// The heading level of `h1`…`h6`, nil otherwise.
    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }
}
