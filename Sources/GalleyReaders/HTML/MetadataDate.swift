// Normalizes the many date spellings found in page metadata to ISO 8601.
import GalleyModel
import GalleySupport

/// Date normalization for metadata.
enum MetadataDate {
    /// `2019-11-19`, `2019-11-19T08:00:00Z` or `2019-11-19T08:00:00-05:00` from common spellings
    /// (ISO 8601 variants, `November 19, 2019`, `19 Nov 2019`, RFC 2822); nil when not a date.
    static func iso8601(_ raw: String) -> String? {
        let s = raw.trimmingWhitespaceAndNewlines
        guard s.count >= 8, s.count < 80 else { return nil }
        let bytes = Array(s.utf8)
        if let iso = isoLike(bytes) { return iso }
        if let dotted = dayMonthYear(bytes) { return dotted }
        if let slashed = monthDayYear(bytes) { return slashed }
        return wordy(s)
    }

    /// The first `2025-09-13` standing anywhere in a short text (`by Jon Foster - 2025-09-13`), as bytes.
    static func isoDayInText(_ raw: String) -> String? {
        let b = Array(raw.utf8)
        guard b.count >= 10 else { return nil }
        let isDigit = { (i: Int) in i >= 0 && i < b.count && b[i] >= 48 && b[i] <= 57 }
        for i in 0...(b.count - 10) where !isDigit(i - 1) && b[i + 4] == 45 && b[i + 7] == 45 && !isDigit(i + 10) {
            if let iso = isoLike(Array(b[i..<(i + 10)])) { return iso }
        }
        return nil
    }

    /// `10/31/2024`, `Updated: 3/4/2025` (month first, as written in the US; day first when the
    /// first number cannot be a month) → `2024-10-31`.
    /// Dashes as well (`11-29-2024`), when both separators are dashes and the day is over 12.
    private static func monthDayYear(_ b: [UInt8]) -> String? {
        guard let slash = b.firstIndex(where: { $0 == 47 || $0 == 45 }) else { return nil }
        let separator = b[slash]
        var start = slash
        while start > 0, b[start - 1] >= 48, b[start - 1] <= 57 { start -= 1 }
        guard slash - start <= 2, start == 0 || !(b[start - 1] == 46 || b[start - 1] == 45 || b[start - 1] == 47) else { return nil }
        var i = start
        func number(_ maxDigits: Int) -> Int? {
            var value = 0, count = 0
            while i < b.count, count < maxDigits, b[i] >= 48, b[i] <= 57 { value = value * 10 + Int(b[i] - 48); i += 1; count += 1 }
            return count == 0 ? nil : value
        }
        guard let first = number(2), i < b.count, b[i] == separator else { return nil }
        i += 1
        guard let second = number(2), i < b.count, b[i] == separator else { return nil }
        i += 1
        let yearStart = i
        guard let year = number(4), i - yearStart == 4, year > 1000, i == b.count || !(48...57).contains(b[i]) else { return nil }
        // with dashes only when unambiguous (`11-29-2024`; `02-12-2025` is written both ways)
        if separator == 45, first <= 12, second <= 12 { return nil }
        let (month, day) = first > 12 ? (second, first) : (first, second)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    private static func digits(_ b: [UInt8], _ from: Int, _ count: Int) -> Int? {
        guard from >= 0, from + count <= b.count else { return nil }
        var value = 0
        for i in from..<(from + count) {
            guard b[i] >= 48, b[i] <= 57 else { return nil }
            value = value * 10 + Int(b[i] - 48)
        }
        return value
    }

    private static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    private static func isoLike(_ b: [UInt8]) -> String? {
        guard let year = digits(b, 0, 4), b.count >= 10, b[4] == 45 || b[4] == 47,
              let month = digits(b, 5, 2), b[7] == b[4], let day = digits(b, 8, 2),
              (1...12).contains(month), (1...31).contains(day), year > 1000 else { return nil }
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard b.count >= 16, b[10] == 84 || b[10] == 32, let hour = digits(b, 11, 2), b[13] == 58,
              let minute = digits(b, 14, 2), hour < 24, minute < 60 else { return date }
        var i = 16
        var second = 0
        if i + 2 < b.count + 0, i < b.count, b[i] == 58, let s = digits(b, i + 1, 2) { second = min(s, 59); i += 3 }
        if i < b.count, b[i] == 46 { i += 1; while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 } }
        while i < b.count, b[i] == 32 { i += 1 }
        var zone = ""
        if i < b.count {
            if b[i] == 90 { zone = "Z" } else if b[i] == 43 || b[i] == 45 {
                let sign = b[i] == 43 ? "+" : "-"
                if let h = digits(b, i + 1, 2) {
                    let m = digits(b, i + 3, 2) ?? digits(b, i + 4, 2) ?? 0
                    zone = "\(sign)\(pad(h)):\(pad(m))"
                }
            }
        }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    /// `23.07.2025` (day, month, year with dots, as written across Europe) → `2025-07-23`.
    private static func dayMonthYear(_ b: [UInt8]) -> String? {
        guard b.count >= 10, let day = digits(b, 0, 2), b[2] == 46, let month = digits(b, 3, 2), b[5] == 46,
              let year = digits(b, 6, 4), (1...31).contains(day), (1...12).contains(month), year > 1000,
              b.count == 10 || !(48...57).contains(b[10]) else { return nil }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Month names and abbreviations in the languages of `Models/metadata-cues.json` (`März`, `août`, `września`).
    static let monthNumbers = MetadataCues.shared.monthNumbers

    /// The month a word names: an English name or its first three letters, or a listed month word.
    static func month(_ word: Substring) -> Int? {
        if word.count >= 3, let m = months.firstIndex(of: String(word.prefix(3))) { return m + 1 }
        return monthNumbers[String(word)]
    }

    /// The words of an ASCII text as `split(whereSeparator: { !$0.isLetter && !$0.isNumber })` gives
    /// them, found by bytes (in ASCII the letters and numbers are A-Z, a-z and 0-9, and every other
    /// byte, CR and LF too, separates); nil for any other text.
    static func asciiWords(_ s: String) -> [Substring]? {
        let utf8 = s.utf8
        if utf8.contains(where: { $0 >= 0x80 }) { return nil }
        var words: [Substring] = []
        var start: String.Index?
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if TextPieces.isAlphanumeric(utf8[i]) {
                if start == nil { start = i }
            } else if let first = start {
                words.append(s[first..<i]); start = nil
            }
            utf8.formIndex(after: &i)
        }
        if let first = start { words.append(s[first..<utf8.endIndex]) }
        return words
    }

    /// `1st`, `22nd`, `3rd`, `4th` → the number.
    private static func ordinal(_ word: Substring) -> Int? {
        guard word.count >= 3, word.count <= 4, ["st", "nd", "rd", "th"].contains(word.suffix(2)) else { return nil }
        return Int(word.dropLast(2))
    }

    /// `November 19, 2019`, `19 Nov 2019`, `September 1st, 2023`, `Tue, 19 Nov 2019 08:00:00 GMT`,
    /// `3. März 2024`, `04-ago-2021` → `2019-11-19`.
    private static func wordy(_ s: String) -> String? {
        let lower = s.lowercased()
        let words = asciiWords(lower) ?? lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var year: Int?, month: Int?, day: Int?
        for word in words {
            if let n = Int(word) {
                if word.count == 4, n > 1000 { if year == nil { year = n } } else if n >= 1, n <= 31, day == nil, word.count <= 2 { day = n }
            } else if let n = ordinal(word) {
                if n >= 1, n <= 31, day == nil { day = n }
            } else if month == nil, let m = Self.month(word) {
                month = m
            }
        }
        guard let year, let month, let day else { return nil }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }
}
