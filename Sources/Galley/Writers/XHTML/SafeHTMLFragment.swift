// Renders raw HTML from Markdown input as safe XHTML (placeholder: shown as escaped source).

/// Raw HTML fragments made safe for XHTML output.
public enum SafeHTMLFragment {
    /// XHTML for a raw HTML block.
    public static func block(_ html: String) -> String {
        "<pre class=\"raw-html\">" + XMLEscaping.text(html) + "</pre>"
    }

    /// XHTML for raw inline HTML.
    public static func inline(_ html: String) -> String {
        "<code class=\"raw-html\">" + XMLEscaping.text(html) + "</code>"
    }
}
