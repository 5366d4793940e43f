// What one line says about itself as a heading: disqualifiers, strong markers and a score.
import Foundation
import GalleyModel
import GalleySupport

/// The verdict on one line taken alone, before looking at its neighbours.
struct HeadingEvidence: Sendable {
    /// Why the line can never be a heading, if it cannot.
    var disqualifier: String?
    /// A marker that makes it a heading whatever follows (`(Top)`, underline, `Chapter IV`, `#`).
    var strongMarker: String?
    /// The rank of the division word the line starts with (`Chapter 4`), if any.
    var divisionRank: Int?
    /// Weight of the softer evidence (case, length, question, numbering).
    var score: Double = 0
    /// The evidence, in words.
    var reasons: [String] = []
    /// The line's features.
    let features: LineFeatures
    /// `TextArtifacts.key` of the line, when the inference computed it (the feature table reuses it).
    var key: HashedKey<String>?

    /// True when the line may be a heading at all.
    var isCandidate: Bool { disqualifier == nil }
    /// True when the line reads as running text rather than a title (sentence case prose).
    var readsAsProse: Bool { features.caseStyle == .sentence || features.caseStyle == .lower }
}

/// Scores single lines as headings from their own wording.
enum HeadingScorer {
    /// Evidence for a single-line unit; `occurrences` is how often the same line appears in the text.
    /// With `reasons` false the evidence in words is left out (reading alone: only `galley explain`
    /// shows it, and no decision reads it); the scores, markers and disqualifiers are the same.
    static func evidence(for unit: TextUnit, occurrences: Int, reasons: Bool = true) -> HeadingEvidence {
        let f = LineFeatures(unit.lines.first ?? "")
        var e = HeadingEvidence(features: f)
        func note(_ reason: @autoclosure () -> String) { if reasons { e.reasons.append(reason()) } }
        if unit.backLink { e.strongMarker = "ends with a back-link marker such as (Top)" }
        if let c = unit.setext { e.strongMarker = "underlined with \(c)" }
        if let n = unit.atx { e.strongMarker = "written as a heading with \(String(repeating: "#", count: n))" }
        e.divisionRank = LineMarkers.divisionRank(f.text)
        if let rank = e.divisionRank { e.strongMarker = "starts a division (\(LineMarkers.divisionWords[rank][0]) + number)" }
        if unit.repeats > 1 { note("repeated \(unit.repeats)× in a row"); e.score += 1 }
        if e.strongMarker != nil {
            if f.length > 200 { e.strongMarker = nil } else { return e }
        }
        if let reason = disqualifier(f, occurrences: occurrences) {
            e.disqualifier = reason
            return e
        }
        switch f.caseStyle {
        case .allCaps: e.score += 1.5; note("ALL CAPS")
        case .title: e.score += 1; note("Title Case")
        case .sentence: note("sentence case")
        case .none: note("no letter case")
        case .lower: break
        }
        if isInterviewQuestion(f.text) { e.score += 1; note("an interview question (Q:)") }
        if f.isQuestion {
            if f.wordCount <= 12 || isInterviewQuestion(f.text) { e.score += 1; note("a question used as a title") }
        } else if !f.endsWithColon {
            e.score += 1; note("no final punctuation")
        }
        if LineMarkers.sectionNumber(f.text) != nil { e.score += 1; note("numbered like a section") }
        if f.wordCount <= 10 { e.score += 0.5; note("\(f.wordCount) words") } else if f.wordCount > 20 { e.score -= 0.5; note("long for a heading (\(f.wordCount) words)") }
        if f.caseStyle == .none && f.length > 20 { e.score -= 1; note("\(f.length) characters without word spaces") }
        if unit.blankLinesBefore >= 2 { e.score += 0.5; note("set off by \(unit.blankLinesBefore) blank lines") }
        return e
    }

    /// `See it now: Amazon`, `Account: @name`: a short label, a colon and one or two words.
    static func isLabelValue(_ f: LineFeatures) -> Bool {
        guard !f.isQuestion, f.text.utf8.contains(0x3A), let colon = f.text.firstIndex(of: ":") else { return false }
        let label = f.text[..<colon].split(separator: " ")
        let value = f.text[f.text.index(after: colon)...].split(separator: " ")
        // `Portion: 1 Green, 1 Blue`: a label and a few figures.
        let figures = (value.first?.first?.isNumber ?? false) && value.count <= 6
        // `Author: A. N. Other`: a one-word label and a short value (a field, as in a header).
        let field = label.count == 1 && !value.isEmpty && value.count <= 4 && !(label.first?.count == 1)
        return !label.isEmpty && label.count <= 3 && (value.count == 1 || figures || field)
    }

    /// `Q: …` or `Q. …`: a question of an interview.
    static func isInterviewQuestion(_ text: String) -> Bool {
        // (Each prefix starts with the byte `Q`, which no other scalar is canonically equal to.)
        text.utf8.first == 0x51 && (text.hasPrefix("Q:") || text.hasPrefix("Q.") || text.hasPrefix("Q –") || text.hasPrefix("Q -"))
    }

    /// A line in quotation marks whose own sentence punctuation sits inside the quotes (dialogue).
    static func isQuotedSpeech(_ f: LineFeatures) -> Bool {
        guard let first = f.text.first, "\"“«„'‘".contains(first) else { return false }
        let inner = f.text.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”«»„'‘’ "))
        guard let last = inner.last else { return false }
        return ".!?,;…".contains(last)
    }

    /// `…, doesn’t it?`: a question whose last clause is a short tag.
    static func isTagQuestion(_ f: LineFeatures) -> Bool {
        guard f.isQuestion, let comma = f.text.lastIndex(of: ",") else { return false }
        // "Really, have you ever …?", "Pamela, why …?": an interjection or a name addressed first.
        if f.text.split(separator: " ").first?.hasSuffix(",") ?? false { return true }
        return f.text[f.text.index(after: comma)...].split(separator: " ").count == 2
    }

    /// `Palm Bay d. Rockledge 70-44`: the last word is a score or a range of figures.
    static func endsWithScore(_ text: String) -> Bool {
        HeadingASCII.withBytes(text, HeadingASCII.endsWithScore) ?? HeadingASCII.endsWithScoreSimple(text) ?? endsWithScoreByCharacters(text)
    }

    /// `endsWithScore` read by Characters (any text).
    static func endsWithScoreByCharacters(_ text: String) -> Bool {
        // The last word (the text is trimmed: it is what follows the last space).
        guard !text.isEmpty else { return false }
        let last = text[(text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex)...]
        let parts = last.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == ":" })
        return parts.count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) } && !last.contains(":")
    }

    /// `Caroline Hawley, BBC diplomatic correspondent`: a capitalised name of two or three words,
    /// a comma, then a role in lower-case words.
    static func isByline(_ text: String) -> Bool {
        guard let answer = HeadingASCII.withBytes(text, HeadingASCII.isByline) else {
            return HeadingASCII.bylineRuledOutSimple(text) ? false : isBylineByCharacters(text)
        }
        return answer
    }

    /// `isByline` read by Characters (any text).
    static func isBylineByCharacters(_ text: String) -> Bool {
        // "By Jane Roe", "Von Max Muster", "Par Jean Dupont": a short line naming the author.
        // (At most 8 pieces: the text has no trailing space, so an 8th piece means 8 words or more.)
        // (A first word that lower-cases to one of these and starts upper-case starts with the
        // Character `B`, `V`, `P` or `D`: the first byte after the leading spaces tells when it cannot.)
        let lead = text.utf8.first { $0 != 0x20 } ?? 0
        let words = lead == 0x42 || lead == 0x56 || lead == 0x50 || lead == 0x44 ? text.split(separator: " ", maxSplits: 7) : []
        // (Only ASCII letters lower-case to these words, so a first word of 2 to 4 bytes.)
        if words.count >= 2, words.count <= 7, (2...4).contains(words[0].utf8.count), ["by", "von", "par", "por", "door", "di"].contains(words[0].lowercased()),
           words[0].first?.isUppercase ?? false, words.dropFirst().first?.first?.isUppercase ?? false {
            return true
        }
        guard text.utf8.contains(0x2C), let comma = text.firstIndex(of: ","), !text[text.index(after: comma)...].contains(",") else { return false }
        let name = text[..<comma].split(separator: " ")
        let role = text[text.index(after: comma)...].split(separator: " ")
        guard (2...3).contains(name.count), name.allSatisfy({ $0.first?.isUppercase ?? false && $0.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } }) else { return false }
        return role.count >= 2 && role.contains { $0.first?.isLowercase ?? false }
    }

    /// `Socialism, Capitalism, Communism, Anarchy`: three or more comma-separated single words.
    static func isWordList(_ text: String) -> Bool {
        // (A simple line's comma and space Characters are its `,` and space bytes, and no other byte
        // of a scalar is one: the byte version answers for it too.)
        HeadingASCII.withBytes(text, HeadingASCII.isWordList)
            ?? (ReaderScalars.isSimple(text) ? HeadingASCII.withUTF8(text, HeadingASCII.isWordList) : isWordListByCharacters(text))
    }

    /// `isWordList` read by Characters (any text).
    static func isWordListByCharacters(_ text: String) -> Bool {
        guard text.utf8.contains(0x2C) else { return false }
        let parts = text.split(separator: ",").map { $0.split(separator: " ") }
        return parts.count >= 3 && parts.allSatisfy { $0.count == 1 }
    }

    /// `Photo: the harbour at dawn`: a one- or two-word label, a colon, then lower-case text.
    static func isCaption(_ text: String) -> Bool {
        HeadingASCII.withBytes(text, HeadingASCII.isCaption) ?? isCaptionByCharacters(text)
    }

    /// `isCaption` read by Characters (any text).
    static func isCaptionByCharacters(_ text: String) -> Bool {
        guard text.utf8.contains(0x3A), let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].split(separator: " ")
        let rest = text[text.index(after: colon)...].trimmedSpaces
        return label.count == 1 && (rest.first?.isLowercase ?? false)
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// True when the text holds a date: a month name next to a day or year number, or `2019-05-02`.
    static func containsDate(_ text: String) -> Bool {
        HeadingASCII.withBytes(text, HeadingASCII.containsDate) ?? containsDateByCharacters(text)
    }

    /// `containsDate` read by Characters (any text).
    static func containsDateByCharacters(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        // (A month name is ASCII letters: no other word lower-cases to one.)
        for (i, word) in words.enumerated() where word.utf8.count <= 9 && word.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A })
            && months.contains(word.lowercased()) && word.first?.isUppercase == true {
            let neighbours = [i > 0 ? words[i - 1] : nil, i + 1 < words.count ? words[i + 1] : nil].compactMap { $0 }
            if neighbours.contains(where: { $0.allSatisfy(\.isNumber) || ($0.first?.isNumber ?? false && $0.count <= 4) }) { return true }
        }
        return words.contains { w in
            guard w.utf8.contains(0x2D) else { return false }
            let parts = w.split(separator: "-")
            return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
        }
    }

    /// The characters that open an attribution, an aside or a fragment rather than a heading.
    static let fragmentOpeners = "—–-([{©…<>|/\\*•·"
    /// The ASCII bytes among `fragmentOpeners`.
    static let fragmentOpenerBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in fragmentOpeners.utf8 where byte < 0x80 { table[Int(byte)] = true }
        return table
    }()

    /// True when `first` is one of `fragmentOpeners` (a Character of one ASCII scalar is looked up by its byte).
    static func startsFragment(_ first: Character) -> Bool {
        if first.unicodeScalars.count == 1, let v = first.unicodeScalars.first?.value, v < 0x80 { return fragmentOpenerBytes[Int(v)] }
        return fragmentOpeners.contains(first)
    }

    /// Why a line cannot be a heading, or nil.
    static func disqualifier(_ f: LineFeatures, occurrences: Int) -> String? {
        if f.length == 0 { return "empty" }
        let interview = isInterviewQuestion(f.text)
        if (f.length > 160 || f.wordCount > 24) && !interview { return "too long for a heading (\(f.wordCount) words)" }
        if f.length > 300 { return "too long for a heading (\(f.wordCount) words)" }
        if f.letterShare < 0.45 { return "mostly figures or symbols" }
        if f.hasLink { return "contains a link or handle" }
        if f.startsLowerCase { return "starts in lower case" }
        if let first = f.text.first, startsFragment(first) { return "starts with '\(first)' (attribution, aside or fragment)" }
        if f.text.hasPrefix("“…") || f.text.hasPrefix("\"…") || f.text.hasPrefix("\"...") { return "a quoted fragment" }
        if f.endsLikeSentence { return "ends like a sentence ('\(f.finalCharacter.map(String.init) ?? "")')" }
        if f.sentenceCount >= 2 && !interview { return "more than one sentence" }
        if isQuotedSpeech(f) { return "quoted speech" }
        if isTagQuestion(f) { return "a conversational question (', isn’t it?')" }
        if endsWithScore(f.text) { return "ends with a score or range" }
        if let last = f.finalCharacter, last == "-" || last == "–" || last == "—" { return "ends with a dash (a dateline or a broken-off phrase)" }
        if isByline(f.text) { return "a byline ('Name Surname, role')" }
        if isWordList(f.text) { return "a list of single words (keywords or image text)" }
        if isCaption(f.text) { return "a caption or credit ('Label: lower-case text')" }
        if f.wordCount <= 8 && containsDate(f.text) { return "a dateline" }
        if f.endsWithColon && f.wordCount >= 6 && f.caseStyle != .title && f.caseStyle != .allCaps && f.caseStyle != .none { return "introduces what follows (ends with ':')" }
        if isLabelValue(f) { return "a label and a short value ('Label: value')" }
        if occurrences >= 3 && (f.isQuestion || (f.caseStyle == .sentence && f.wordCount >= 3)) { return "a recurring prompt (\(occurrences) times in the text)" }
        return nil
    }
}
