// Guesses the format of input that comes without a file name (standard input, JSON-lines records).
import Foundation
import GalleyModel
import GalleySupport
import GalleyWriters
import GalleyPipeline

/// Format guessing from content.
public enum InputSniffer {
    /// HTML when the data starts like a page, pandoc JSON when it starts like pandoc's AST, text otherwise.
    public static func format(of data: Data) -> InputFormat {
        let head = String(decoding: data.prefix(512), as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("{\"pandoc-api-version\"") { return .pandocJSON }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body") ? .html : .text
    }
}
