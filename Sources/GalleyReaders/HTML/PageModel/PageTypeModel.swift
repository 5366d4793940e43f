// The fitted page-type classifier: multinomial logistic regression over the page features.
import Foundation
import GalleyModel
import GalleySupport

/// The kinds of page Galley recognises (the labels of the WCXB benchmark).
public enum PageType: String, Sendable, CaseIterable, Codable {
    case article, forum, product, collection, listing, documentation, service
}

/// Weights fitted by `scripts/fit-page-type.py` (`Models/page-type-model.json`): each class's score
/// is its intercept plus the dot product of its coefficients with the standardized features.
struct PageTypeModel: Decodable, Sendable {
    /// The class labels, in the order of `coefficients` and `intercepts`.
    var classes: [String]
    /// The feature names the weights refer to (columns of `PageTypeFeatures`).
    var features: [String]
    /// Per feature: the mean and the scale used to standardize it.
    var mean: [Double]
    var scale: [Double]
    /// One row of coefficients per class.
    var coefficients: [[Double]]
    var intercepts: [Double]

    /// The model compiled into the binary.
    static let shared: PageTypeModel = PageModelDecoding.decode(PageModelData.pageTypeModel, as: PageTypeModel.self)

    /// Each class's score for a page's features (missing features read as 0).
    func scores(_ features: PageTypeFeatures) -> [(type: String, score: Double)] {
        let values = features.values(named: self.features)
        return classes.indices.map { c in
            var s = intercepts[c]
            for f in values.indices {
                s += coefficients[c][f] * (values[f] - mean[f]) / (scale[f] == 0 ? 1 : scale[f])
            }
            return (classes[c], s)
        }
    }

    /// The best-scoring type (the first class on a tie, so the result is deterministic).
    func classify(_ features: PageTypeFeatures) -> PageType? {
        var best: (type: String, score: Double)?
        for entry in scores(features) where best == nil || entry.score > best!.score { best = entry }
        return best.flatMap { PageType(rawValue: $0.type) }
    }
}
