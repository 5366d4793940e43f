// Output names for captured URLs: stable, collision-free, and safe on every common file system.
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Names pages of a WARC file by their URL: `host/path-words-HASH`, where HASH is the first
/// 8 hex digits of the URL's SHA-256. Only `a-z 0-9 . _ -` are used, names stay short, and a URL
/// captured again gets `-2`, `-3` ... in file order.
struct WARCNames {
    private var used: [String: Int] = [:]

    /// Longest slug taken from the URL's path and query, in bytes.
    static let maximumSlug = 60

    /// The name of the next page captured from `uri`.
    mutating func name(for uri: String) -> String {
        let base = Self.base(for: uri)
        let count = (used[base] ?? 0) + 1
        used[base] = count
        return count == 1 ? base : base + "-\(count)"
    }

    /// `host/slug-HASH` for a URL (the same every time).
    static func base(for uri: String) -> String {
        let hash = String(SHA256.hex(Data(uri.utf8)).prefix(8))
        var rest = Substring(uri)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var host = safe(String(rest[..<hostEnd]).lowercased().replacingOccurrences(of: ":", with: "_"))
        if host.isEmpty { host = "no-host" }
        var path = String(rest[hostEnd...])
        if let fragment = path.firstIndex(of: "#") { path = String(path[..<fragment]) }
        var slug = safe(path.lowercased())
        if slug.count > maximumSlug { slug = String(slug.prefix(maximumSlug)) }  // ASCII: characters are bytes
        slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        if slug.isEmpty { slug = "index" }
        return host + "/" + slug + "-" + hash
    }

    /// Letters and digits (ASCII), `.`, `_` and `-` kept; every other run becomes one `-`;
    /// no leading or trailing dot or dash; Windows' reserved device names avoided.
    static func safe(_ text: String) -> String {
        var out = ""
        var dash = false
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x5F {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.append(c)
            } else {
                dash = true
            }
        }
        while out.hasPrefix(".") { out.removeFirst() }
        while out.hasSuffix(".") { out.removeLast() }
        let device = out.split(separator: ".").first.map(String.init) ?? out
        if ["con", "prn", "aux", "nul"].contains(device) || (device.count == 4 && (device.hasPrefix("com") || device.hasPrefix("lpt")) && device.last!.isNumber) {
            out = "_" + out
        }
        return out
    }
}
