// The page type of a parsed page: its features scored by the fitted model; the extractor may ask for it.
import Foundation
import GalleyModel
import GalleySupport

extension HTMLTree {
    /// The kind of page this tree is (article, forum, product …), from the page-type model;
    /// nil only when the model has no classes. `sources` are the page's metadata sources and
    /// `url` its canonical URL, when known.
    func pageType(sources: HTMLMetadataSources, url: String?) -> PageType? {
        PageTypeModel.shared.classify(pageTypeFeatures(sources: sources, url: url))
    }

    /// The page type and the model's probability of each `PageType`, in `PageType.allCases`
    /// order (a softmax over the class scores; empty when the model has no classes), from one
    /// computation of the features (the type is what `pageType(sources:url:)` answers).
    func pageTypeJudgement(sources: HTMLMetadataSources, url: String?) -> (type: PageType?, probabilities: [Double]) {
        let features = pageTypeFeatures(sources: sources, url: url)
        return (PageTypeModel.shared.classify(features), probabilities(PageTypeModel.shared.scores(features)))
    }

    private func probabilities(_ scores: [(type: String, score: Double)]) -> [Double] {
        guard let top = scores.map(\.score).max() else { return [] }
        let total = scores.reduce(0.0) { $0 + exp($1.score - top) }
        return PageType.allCases.map { type in
            scores.first { $0.type == type.rawValue }.map { exp($0.score - top) / total } ?? 0
        }
    }

    /// The page-type features of this tree.
    func pageTypeFeatures(sources: HTMLMetadataSources, url: String?) -> PageTypeFeatures {
        PageTypeFeatures(tree: self, sources: sources, jsonLD: sources.jsonLDMetadata, url: url)
    }
}
