// The book's modification time: SOURCE_DATE_EPOCH, else a date derived from the metadata, never the clock.
import Foundation
import GalleyModel
import GalleySupport
import GalleyPasses
import GalleyWriters
import GalleyPipeline

/// Chooses and formats the `dcterms:modified` time of a book.
enum BookDate {
    /// 1980-01-01T00:00:00Z, the earliest time a ZIP entry can carry: used when nothing else is known.
    static let fallback = Date(timeIntervalSince1970: 315_532_800)

    /// The modification time of a book, deterministic for the same inputs:
    /// 1. `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when set;
    /// 2. else the book's publication `date` (midnight UTC), when it parses;
    /// 3. else the latest `modified` or `published` date the inputs declare;
    /// 4. else 1980-01-01T00:00:00Z.
    /// The clock is never read, so building twice gives the same bytes.
    static func modified(sourceDateEpoch: String?, bookDate: String?, inputDates: [String]) -> Date {
        if let epoch = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), let seconds = Int64(epoch), seconds >= 0 {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        if let date = bookDate.flatMap(parse) { return date }
        if let latest = inputDates.compactMap(parse).max() { return latest }
        return fallback
    }

    /// Parses `2024-05-01`, `2024-05-01T10:00:00Z` or `2024-05-01T10:00:00+02:00`, or a year alone.
    static func parse(_ text: String) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let iso = ISO8601DateFormatter()
        if let d = iso.date(from: s) { return d }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd", "yyyy-MM", "yyyy"] {
            f.dateFormat = format
            if let d = f.date(from: String(s.prefix(format.replacingOccurrences(of: "'", with: "").count))) { return d }
        }
        return nil
    }

    /// `CCYY-MM-DDThh:mm:ssZ`, as `dcterms:modified` requires.
    static func w3cdtf(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return f.string(from: date)
    }
}
