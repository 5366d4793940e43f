// Makes language tags well-formed BCP 47 (EPUBCheck rejects `en_US` or `English` in dc:language).
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Language tag clean-up.
enum LanguageTag {
    /// `tag` as a well-formed BCP 47 tag (`en_US` → `en-US`), or `und` when it cannot be one.
    static func wellFormed(_ tag: String?) -> String {
        guard let raw = tag?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return "und" }
        let subtags = raw.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count) || (5...8).contains(first.count) || first == "i" || first == "x",
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            return "und"
        }
        return subtags.joined(separator: "-")
    }
}
