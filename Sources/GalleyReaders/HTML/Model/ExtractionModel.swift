// The trained extraction model: the probability that a unit of a page is main content (issue #12).
import Foundation
import GalleyModel
import GalleySupport

/// The weights fitted by `scripts/fit-extraction.py`, read from the embedded `Models/extraction-model.json`:
/// boosted trees over `ExtractionFeatures` (the same tree format as the outline model's).
struct ExtractionModel: Decodable, Equatable, Sendable {
    /// The content scorer (log-odds of "this unit is main content").
    var scorer: OutlineModel.Scorer
    /// A unit is kept when its probability reaches this.
    var threshold: Double

    /// The model compiled into the binary (`GALLEY_EXTRACTION_MODEL=FILE` reads another model file
    /// instead: for trying a refit without rebuilding; the fitting script's --check run uses it).
    static let shared: ExtractionModel = {
        if let path = ProcessInfo.processInfo.environment["GALLEY_EXTRACTION_MODEL"] {
            return overrideModel(at: path)
        }
        do {
            return try ModelJSONDecoder().decode(ExtractionModel.self, from: ExtractionModelData.json)
        } catch {
            preconditionFailure("the embedded extraction model does not decode: \(error)")
        }
    }()

    /// The model file `GALLEY_EXTRACTION_MODEL` names. A developer's override that cannot be used
    /// (missing, not a model, a feature this build does not compute) ends the run with a message
    /// naming the file and exit code 2 (a usage error), rather than a crash or a silent fallback to
    /// the embedded model.
    private static func overrideModel(at path: String) -> ExtractionModel {
        func refuse(_ reason: String) -> Never {
            FileHandle.standardError.write(Data("galley: GALLEY_EXTRACTION_MODEL=\(path): \(reason)\n".utf8))
            exit(2)
        }
        guard let data = FileManager.default.contents(atPath: path) else { refuse("cannot read the file") }
        let model: ExtractionModel
        do {
            model = try ModelJSONDecoder().decode(ExtractionModel.self, from: [UInt8](data))
        } catch {
            refuse("not an extraction model (\(error))")
        }
        let known = Set(ExtractionFeatures.names)
        if let unknown = model.scorer.features.first(where: { !known.contains($0) }) {
            refuse("the model uses the feature \(unknown), which this build does not compute")
        }
        return model
    }

    /// True when the model has been fitted (an empty model leaves extraction to the rules).
    var isFitted: Bool { !scorer.trees.isEmpty }

    /// The scorer's columns in `ExtractionFeatures.names`, resolved once.
    static let columns: [Int] = {
        let index = Dictionary(uniqueKeysWithValues: ExtractionFeatures.names.enumerated().map { ($1, $0) })
        return shared.scorer.features.map { name in
            guard let column = index[name] else { preconditionFailure("the extraction model uses an unknown feature \(name)") }
            return column
        }
    }()

    /// The shared model's scorer as a flat forest over `ExtractionFeatures` rows: the same score as
    /// `scorer.score(row, columns: columns)`, without per-tree arrays.
    static let forest = FlatForest(shared.scorer, columns: columns)

    /// The probability that a row is main content (the model is always `shared`: scored by `forest`).
    func probability(_ row: [Double]) -> Double {
        1 / (1 + exp(-Self.forest.score(row)))
    }

    /// The largest contributions to a row's score, in words (for `galley explain`).
    func contributions(_ row: [Double], count: Int = 3) -> String {
        let values = scorer.contributions(row, columns: Self.columns)
        let parts = values.indices.filter { values[$0] != 0 }.map { (scorer.features[$0], values[$0]) }
        return parts.sorted { abs($0.1) > abs($1.1) || abs($0.1) == abs($1.1) && $0.0 < $1.0 }.prefix(count)
            .map { "\($0.0) \($0.1 < 0 ? "-" : "+")\(String(format: "%.2f", abs($0.1)))" }.joined(separator: ", ")
    }
}
