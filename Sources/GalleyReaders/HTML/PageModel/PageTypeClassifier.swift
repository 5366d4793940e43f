// The page type of a parsed page: its features scored by the fitted model; the extractor may ask for it.
import GalleyModel
import GalleySupport

extension HTMLTree {
    /// The kind of page this tree is (article, forum, product …), from the page-type model;
    /// nil only when the model has no classes. `sources` are the page's metadata sources and
    /// `url` its canonical URL, when known.
    func pageType(sources: HTMLMetadataSources, url: String?) -> PageType? {
        PageTypeModel.shared.classify(pageTypeFeatures(sources: sources, url: url))
    }

    /// The page-type features of this tree.
    func pageTypeFeatures(sources: HTMLMetadataSources, url: String?) -> PageTypeFeatures {
        PageTypeFeatures(tree: self, sources: sources, jsonLD: sources.jsonLDMetadata, url: url)
    }
}
