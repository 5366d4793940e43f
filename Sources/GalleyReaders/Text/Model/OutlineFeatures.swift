// The feature table of the outline model: one row of numbers per unit, computed once (issue #13).
import Foundation
import GalleyModel
import GalleySupport

/// The features of every unit of a text, in the fixed order of `names`.
///
/// The outline model (`OutlineModel`) weighs these; `galley explain --features-tsv` prints them so
/// `scripts/fit-outline.py` fits on exactly what Swift computes.
struct OutlineFeatures: OutlineRows {
    /// The feature names, in column order (the model's weights follow the same order by name).
    static let names: [String] = ownNames + ownNames.map { "prev." + $0 } + ownNames.map { "next." + $0 } + contextNames + RelativeFeatures.names
        + NeighbourFeatures.names + CueWordFeatures.names

    /// Features of a unit taken alone.
    static let ownNames = [
        "candidate", "single", "multiLineParagraph", "listUnit", "codeUnit", "quoteUnit", "ruleUnit",
        "logChars", "words", "wordsLe3", "words4to10", "wordsGt12", "wordsGt20",
        "caseAllCaps", "caseTitle", "caseSentence", "caseLower", "caseNone",
        "endPeriod", "endQuestion", "endExclaim", "endColon", "endComma", "endCloseParen", "endLetterOrDigit",
        "sentences2", "letterShare", "hasLink", "hasTab", "codeShare", "callShape", "dottedName",
        "sectionNumber", "sectionDepth", "startsDigit", "labelNumber", "quoted",
        "stopShare", "atx", "setext", "division", "backLink", "repeated", "occurrences2", "occurrences3",
        "oldHeading", "oldDisqualified", "oldScore", "oldCaption", "oldLevel",
        "innerColon", "identifier", "firstWordRepeats",
    ]

    /// Features of the unit's place in the text.
    static let contextNames = [
        "first", "firstCandidate", "position", "blanks2", "sameShapePrevCandidate",
        "prevCandidateRun", "nextCandidateRun", "nextBody", "nextLongBody", "lastUnit", "bias",
        "docUnits", "docCandidateShare", "docOldHeadings",
    ]

    /// Where the context, relative, neighbour and cue-word columns start in a full row (after the
    /// unit's own features and those of the units before and after it).
    static let contextStart = 3 * ownNames.count
    static let relativeStart = contextStart + contextNames.count
    static let neighbourStart = relativeStart + RelativeFeatures.names.count
    static let cueStart = neighbourStart + NeighbourFeatures.names.count

    /// Each unit's own features: the first `ownNames.count` columns of its row (the next two blocks
    /// of its row are the rows before and after it, read from here, zeros at the ends).
    let own: FeatureMatrix
    /// Each unit's place in the text (`contextNames`).
    let context: FeatureMatrix
    /// `RelativeFeatures`, `NeighbourFeatures` and `CueWordFeatures` of each unit.
    let relative: FeatureMatrix
    let neighbours: FeatureMatrix
    let cues: FeatureMatrix
    /// The line features of each unit's first line (nil for units that are not single lines).
    let lines: [LineFeatures?]

    /// How many units there are.
    var count: Int { lines.count }

    /// Features of all units; `old` is the rule-based inference's verdict on each unit (its evidence is one more feature).
    init(_ units: [TextUnit], old: [RuleVerdict], evidence: [HeadingEvidence?]) {
        let stopMask = OutlineFeatures.languageMask(units)
        // (Keys carry their hash: a non-ASCII key is normalized once, not at each look-up.)
        var occurrences: [HashedKey<String>: Int] = [:]
        var firstWords: [HashedKey<Substring>: Int] = [:]
        var lines: [LineFeatures?] = []
        lines.reserveCapacity(units.count)
        // Each unit's key, kept for the look-up below when its trimmed text is the line itself.
        var keys = [HashedKey<String>?](repeating: nil, count: units.count)
        var unitFirstWords: [HashedKey<Substring>?] = []
        var facts: [EvidenceFacts?] = []
        facts.reserveCapacity(units.count)
        unitFirstWords.reserveCapacity(units.count)
        // (Read through the index: a copy of each unit would retain and release each of its arrays.)
        for i in units.indices {
            let single = units[i].isSingleLine && (units[i].kind == .paragraph || units[i].kind == .heading)
            guard single else {
                lines.append(nil)
                unitFirstWords.append(nil)
                facts.append(nil)
                continue
            }
            // (Read once: each read of the evidence copies it, retaining its strings.)
            let e = evidence[i]
            facts.append(e.map { EvidenceFacts(divisionRank: $0.divisionRank, disqualified: $0.disqualifier != nil, score: $0.score) })
            if units[i].lines[0].utf8.count <= 480 {
                // (The inference computed the key of a paragraph line: the same line, the same key.)
                let key = e?.key ?? HashedKey(TextArtifacts.key(units[i].lines[0]))
                keys[i] = key
                occurrences[key, default: 0] += 1
            }
            lines.append(e?.features ?? LineFeatures(units[i].lines[0]))
            let word = OutlineFeatures.firstWord(units[i].lines[0]).map { HashedKey($0) }
            unitFirstWords.append(word)
            if let word { firstWords[word, default: 0] += 1 }
        }
        var own = FeatureMatrix(count: units.count, width: OutlineFeatures.ownNames.count)
        own.fillRows { i, row in
            let line = lines[i]
            let count = line.map { f in
                guard f.text.utf8.count <= 480 else { return 1 }
                let same = f.text.utf8.count == units[i].lines[0].utf8.count  // trimming removed nothing
                return occurrences[same ? keys[i] ?? HashedKey(TextArtifacts.key(f.text)) : HashedKey(TextArtifacts.key(f.text)), default: 1]
            } ?? 1
            OutlineFeatures.own(units[i], line, old: old[i], evidence: facts[i], occurrences: count, stopMask: stopMask, into: row)
            if line != nil, let word = unitFirstWords[i] {
                row[OutlineFeatures.firstWordRepeatsColumn] = log(Double(firstWords[word, default: 1]))
            }
        }
        let candidates = lines.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let oldHeadings = old.reduce(0) { $0 + ($1.kind == .heading ? 1 : 0) }
        let document = [log(1 + Double(units.count)), Double(candidates) / Double(max(1, units.count)), log(1 + Double(oldHeadings))]
        let firstCandidate = units.indices.first { lines[$0] != nil }
        var runBefore = 0
        var runAfter = [Int](repeating: 0, count: units.count + 1)
        for i in units.indices.reversed() { runAfter[i] = lines[i] != nil ? runAfter[i + 1] + 1 : 0 }
        var context = FeatureMatrix(count: units.count, width: OutlineFeatures.contextNames.count)
        context.fillRows { i, row in
            // (Read through the index: a copy of the next unit would retain each of its arrays.)
            let hasNext = i + 1 < units.count
            let nextBody = hasNext && (!units[i + 1].isSingleLine && units[i + 1].kind == .paragraph || units[i + 1].kind == .list)
            let nextLong = hasNext && units[i + 1].kind == .paragraph && units[i + 1].lines.reduce(0) { $0 + $1.utf8.count } >= 200
            let sameShape = i > 0 && lines[i] != nil && lines[i - 1] != nil && lines[i]!.caseStyle == lines[i - 1]!.caseStyle ? 1.0 : 0
            row[0] = i == 0 ? 1 : 0
            row[1] = i == firstCandidate ? 1 : 0
            row[2] = Double(i) / Double(max(1, units.count - 1))
            row[3] = units[i].blankLinesBefore >= 2 ? 1 : 0
            row[4] = sameShape
            row[5] = min(5, Double(runBefore))
            row[6] = min(5, Double(max(0, runAfter[i] - 1)))
            row[7] = nextBody ? 1 : 0
            row[8] = nextLong ? 1 : 0
            row[9] = i == units.count - 1 ? 1 : 0
            row[10] = 1
            for (k, v) in document.enumerated() { row[11 + k] = v }
            runBefore = lines[i] != nil ? runBefore + 1 : 0
        }
        self.own = own
        self.context = context
        self.relative = RelativeFeatures.rows(own)
        self.neighbours = NeighbourFeatures.rows(own)
        self.cues = CueWordFeatures.rows(lines.map { $0?.text })
        self.lines = lines
    }

    /// The value of `column` (of `names`) in the row of `unit`.
    func value(_ unit: Int, _ column: Int) -> Double {
        let n = OutlineFeatures.ownNames.count
        if column < n { return own[unit, column] }
        if column < 2 * n { return unit > 0 ? own[unit - 1, column - n] : 0 }
        if column < OutlineFeatures.contextStart { return unit + 1 < count ? own[unit + 1, column - 2 * n] : 0 }
        if column < OutlineFeatures.relativeStart { return context[unit, column - OutlineFeatures.contextStart] }
        if column < OutlineFeatures.neighbourStart { return relative[unit, column - OutlineFeatures.relativeStart] }
        if column < OutlineFeatures.cueStart { return neighbours[unit, column - OutlineFeatures.neighbourStart] }
        return cues[unit, column - OutlineFeatures.cueStart]
    }

    /// Writes the full row of `unit` (all of `names`, in order) into `row`, which holds `names.count` numbers.
    func fill(_ unit: Int, into row: inout [Double]) {
        let count = self.count
        row.withUnsafeMutableBufferPointer { out in
            var at = 0
            // Row `source` of a matrix (zeros when nil) at `at`.
            func copy(_ matrix: FeatureMatrix, _ source: Int?) {
                let width = matrix.width
                matrix.values.withUnsafeBufferPointer { values in
                    if let source {
                        for k in 0..<width { out[at + k] = values[source * width + k] }
                    } else {
                        for k in 0..<width { out[at + k] = 0 }
                    }
                }
                at += width
            }
            copy(own, unit)
            copy(own, unit > 0 ? unit - 1 : nil)
            copy(own, unit + 1 < count ? unit + 1 : nil)
            copy(context, unit)
            copy(relative, unit)
            copy(neighbours, unit)
            copy(cues, unit)
        }
    }

    /// The full row of `unit` as an array.
    func row(_ unit: Int) -> [Double] {
        var row = [Double](repeating: 0, count: OutlineFeatures.names.count)
        fill(unit, into: &row)
        return row
    }

    /// The facts of a line's heading evidence (`HeadingEvidence`) that its own features read.
    struct EvidenceFacts {
        /// The rank of the division word the line starts with, if any.
        var divisionRank: Int?
        /// True when the evidence has a disqualifier.
        var disqualified: Bool
        /// The evidence's score.
        var score: Double
    }

    /// The features of one unit alone.
    /// (`r` holds `ownNames.count` zeros.)
    static func own(_ unit: TextUnit, _ f: LineFeatures?, old: RuleVerdict, evidence: EvidenceFacts?, occurrences: Int, stopMask: UInt32,
                    into r: UnsafeMutableBufferPointer<Double>) {
        func set(_ i: Int, _ v: Bool) { r[i] = v ? 1 : 0 }
        set(0, f != nil)
        set(1, unit.isSingleLine)
        set(2, unit.kind == .paragraph && !unit.isSingleLine)
        set(3, unit.kind == .list); set(4, unit.kind == .code || unit.kind == .table); set(5, unit.kind == .quote); set(6, unit.kind == .rule)
        let text = f?.text ?? unit.lines.first?.trimmedSpaces ?? ""
        let chars = f?.length ?? unit.lines.reduce(0) { $0 + $1.utf8.count }
        r[7] = log(1 + Double(chars))
        let words = f?.wordCount ?? 0
        r[8] = min(30, Double(words)) / 10
        set(9, f != nil && words <= 3); set(10, (4...10).contains(words)); set(11, words > 12); set(12, words > 20)
        guard let f else { return }
        // Every scalar a Character of its own (SimpleScalars): byte tests answer what Character tests answer.
        let simple = ReaderScalars.isSimple(text)
        set(13, f.caseStyle == .allCaps); set(14, f.caseStyle == .title); set(15, f.caseStyle == .sentence)
        set(16, f.caseStyle == .lower); set(17, f.caseStyle == .none)
        let last = f.finalCharacter
        set(18, last == "." || last == "。" || last == "…"); set(19, f.isQuestion); set(20, last == "!" || last == "！")
        set(21, f.endsWithColon); set(22, last == "," || last == ";"); set(23, last == ")" || last == "]")
        set(24, last.map { $0.isLetter || $0.isNumber } ?? false)
        set(25, f.sentenceCount >= 2)
        r[26] = f.letterShare
        set(27, f.hasLink)
        // One pass over the bytes: tabs, code characters, an opening parenthesis.
        var codeChars = 0, tab = false, paren = false
        let codeBytes = OutlineFeatures.codeBytes
        for byte in text.utf8 {
            if codeBytes[Int(byte)] { codeChars += 1 }
            if byte == 0x09 { tab = true } else if byte == 0x28 { paren = true }
        }
        set(28, tab)
        r[29] = Double(codeChars) / Double(max(1, f.length))
        set(30, paren && (last == ")" || last == "]"))
        // One pass over the words: dotted names (`fs.read`), identifiers (`snake_case`, `camelCase`, `a::b`), stop words.
        var dottedName = false, identifier = false, stops = 0, wordTotal = 0
        // (The first 40 words: a longer line is running text, and its first words say so.)
        if simple {
            // A simple line (SimpleScalars): the same loop over its bytes (OutlineWordScan).
            let scan = OutlineWordScan(text, stopMask: stopMask)
            (dottedName, identifier, stops, wordTotal) = (scan.dottedName, scan.identifier, scan.stops, scan.words)
        } else {
        for w in text.split(separator: " ", maxSplits: OutlineFeatures.wordsRead, omittingEmptySubsequences: true).prefix(OutlineFeatures.wordsRead) {
            wordTotal += 1
            if mask(of: w) & stopMask != 0 { stops += 1 }
            let bytes = w.utf8
            if !dottedName, bytes.contains(UInt8(ascii: ".")) {
                let parts = w.split(separator: ".", omittingEmptySubsequences: false)
                dottedName = parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && ($0.first?.isLetter ?? false || $0.first == "_") }
            }
            if !identifier {
                identifier = bytes.contains(UInt8(ascii: "_")) || bytes.contains(UInt8(ascii: ":")) && w.contains("::")
                    || w.first?.isLowercase ?? false && OutlineFeatures.hasUpperAfterFirst(w)
            }
        }
        }
        set(31, dottedName)
        let section = LineMarkers.sectionNumber(text)
        set(32, section != nil)
        r[33] = Double(section?.count ?? 0)
        set(34, text.first?.isNumber ?? false)
        // (A label number needs a figure: a simple line without one has none.)
        set(35, (!simple || ReaderScalars.containsNumber(text)) && startsWithLabelNumber(text))
        if simple {
            set(36, text.unicodeScalars.first.map { OutlineFeatures.openingQuotes.contains($0.value) } ?? false)
        } else {
            set(36, text.first.map { "\"“«„'‘".contains($0) } ?? false)
        }
        r[37] = wordTotal == 0 ? 0 : Double(stops) / Double(wordTotal)
        set(38, unit.atx != nil); set(39, unit.setext != nil)
        set(40, (evidence.map { $0.divisionRank } ?? LineMarkers.divisionRank(text)) != nil); set(41, unit.backLink); set(42, unit.repeats > 1)
        set(43, occurrences >= 2); set(44, occurrences >= 3)
        set(45, old.kind == .heading)
        set(46, evidence?.disqualified ?? false)
        r[47] = min(4, max(-2, evidence?.score ?? 0)) / 2
        set(48, old.caption)
        r[49] = old.kind == .heading ? Double(old.level ?? 2) : 0
        if simple {
            // The first colon's byte and the byte after it are the Characters.
            if OutlineFeatures.firstColonBeforeSpace(text) { r[50] = 1 }
        } else if text.utf8.contains(0x3A), let colon = text.firstIndex(of: ":"), text.index(after: colon) < text.endIndex, text[text.index(after: colon)] == " " { r[50] = 1 }
        set(51, identifier)
    }

    /// The scalar values of the opening quotes `"“«„'‘` (each a Character of its own).
    static let openingQuotes: Set<UInt32> = [0x22, 0x201C, 0xAB, 0x201E, 0x27, 0x2018]

    /// How many words of a line the word features read.
    static let wordsRead = 40

    /// The column of `firstWordRepeats` among the own features.
    static let firstWordRepeatsColumn = ownNames.firstIndex(of: "firstWordRepeats")!

    /// Characters that mark code or signatures.
    static let codeBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "()[]{}<>=;_/\\`$&|*#".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The stop-word languages of the text: the bit of the language whose stop words occur most in its body.
    static func languageMask(_ units: [TextUnit]) -> UInt32 {
        var hits = [Int](repeating: 0, count: StopWords.languages.count)
        var budget = 4000
        for unit in units where unit.kind == .paragraph && !unit.isSingleLine || unit.lines.count == 1 && unit.lines[0].utf8.count > 120 {
            // (maxSplits: the first 200 words are the same, without splitting the rest of a long line.)
            for word in unit.text.split(separator: " ", maxSplits: 200).prefix(200) {
                budget -= 1
                let mask = mask(of: word)
                if mask == 0 { continue }
                for bit in 0..<hits.count where mask & (1 << UInt32(bit)) != 0 { hits[bit] += 1 }
            }
            if budget <= 0 { break }
        }
        guard let best = hits.indices.max(by: { hits[$0] < hits[$1] }), hits[best] > 0 else { return .max }
        return 1 << UInt32(best)
    }

    /// The stop-word languages of one word (a bit mask over `StopWords.languages`).
    static func mask(of word: Substring) -> UInt32 {
        var key = StopWords.hashSeed
        for scalar in word.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII: letters lower-cased, digits kept, punctuation skipped.
                if v >= 0x41 && v <= 0x5A { key = StopWords.hash(key, v + 0x20) }
                else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { key = StopWords.hash(key, v) }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { key = StopWords.hash(key, lower.value) }
        }
        return StopWords.masks[key] ?? 0
    }
}
