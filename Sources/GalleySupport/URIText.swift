// Percent-encoding that makes URL text a valid URI reference (XHTML writer and EPUB book).
import Foundation
import GalleyModel

/// Makes URL text a valid URI reference: characters outside RFC 3986 are percent-encoded.
package enum URIText {
    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=%".unicodeScalars)

    /// The URI schemes EPUBCheck knows (others draw warning HTM-025), with `.` and `-` as `_`.
    private static let registered: Set<String> = [
        "aaas", "acap", "crid", "dict", "gopher", "h323", "http", "https", "icap", "imap", "info", "iris",
        "iris_beep", "iris_xpc", "iris_xpcs", "iris_lwz", "ldap", "mailto", "modem", "msrp", "msrps", "mtqp",
        "mupdate", "news", "nntp", "opaquelocktoken", "pres", "rtsp", "service", "shttp", "sips", "snmp",
        "soap_beep", "soap_beeps", "telnet", "tftp", "thismessage", "vemmi", "xmlrpc_beep", "xmlrpc_beeps",
        "xmpp", "z39_50r", "z39_50s", "mailserver", "pack", "tn3270", "prospero", "snews", "videotex", "wais",
    ]

    /// True for a scheme reading systems and EPUBCheck recognise (`https`, `mailto` …; not `tel`, `ftp`).
    package static func isRegistered(scheme: String) -> Bool {
        registered.contains(scheme.lowercased().replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "_"))
    }

    /// `url` with spaces, non-ASCII characters, stray `%`, extra `#` and brackets percent-encoded.
    package static func sanitized(_ url: String) -> String {
        var out = ""
        var seenHash = false
        let scalars = Array(url.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            var encode = !allowed.contains(scalar)
            if scalar == "#" { encode = seenHash; seenHash = true }
            if scalar == "%" {
                let hex = i + 2 < scalars.count && scalars[i + 1].properties.isASCIIHexDigit && scalars[i + 2].properties.isASCIIHexDigit
                encode = !hex
            }
            if encode {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
