// The "safe output" rule as a fuzz oracle: markup that can run code never appears in written XHTML.
import Foundation

/// Stops the fuzzer (a crash artifact) when XHTML carries active content.
public enum SafeOutputCheck {
    /// Element openings that must never be written (text content has its `<` escaped).
    static let forbiddenElements = ["<script", "<iframe", "<object", "<embed", "<frame", "<applet", "<base", "<form"]
    /// Attribute values that must never be written.
    static let forbiddenValues = ["=\"javascript:", "=\"vbscript:", "='javascript:"]

    /// Traps when `xhtml` holds a forbidden element, an event handler or a script URL.
    public static func verify(_ xhtml: String) {
        let lower = xhtml.lowercased()
        for needle in forbiddenElements + forbiddenValues where lower.contains(needle) {
            fatalError("unsafe XHTML output: contains \(needle)")
        }
        if lower.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression) != nil {
            fatalError("unsafe XHTML output: an event-handler attribute")
        }
    }
}
