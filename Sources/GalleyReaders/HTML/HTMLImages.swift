// Image references from <img>: lazy-loading attributes, srcset, and tracking pixels refused.
import GalleyModel
import GalleySupport

extension HTMLBlockBuilder {
    /// Hosts that serve tracking pixels and beacons, never content images.
    static let trackerHosts = [
        "doubleclick.net", "google-analytics.com", "googletagmanager.com", "scorecardresearch.com", "quantserve.com",
        "facebook.com/tr", "pixel.wp.com", "stats.wp.com", "bat.bing.com", "analytics.twitter.com", "t.co/i/adsct",
        "pixel.quantserve.com", "sb.scorecardresearch.com", "ad.doubleclick.net", "mathtag.com", "adnxs.com",
        "chartbeat.net", "omtrdc.net", "2o7.net", "krxd.net", "parsely.com/px", "hotjar.com", "nr-data.net",
    ]

    private static let trackerHostWords = ClassNames.words(trackerHosts)

    /// True for the stand-in images of lazy loading (`placeholder.png`, `blank.gif`, `preloader.gif`, `spacer.gif` ...).
    static func isPlaceholder(_ source: String) -> Bool {
        let lower = ClassNames(source)
        return ["placeholder", "blank.gif", "preload", "loading", "lazy", "spacer", "transparent", "pixel.gif", "grey.gif", "gray.gif"]
            .contains { lower.contains(Array($0.utf8)) }
    }

    /// True for alt text that is only a file name (`IMG_0042.jpg`, `design-week-2018-01`): no words for a reader.
    static func looksLikeFileName(_ alt: String) -> Bool {
        guard !alt.isEmpty, !alt.contains(" ") else { return false }
        let lower = alt.lowercased()
        if [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"].contains(where: lower.hasSuffix) { return true }
        return (alt.contains("-") || alt.contains("_")) && alt.count > 12
    }

    /// The image of an `<img>` element, or nil for tracking pixels, unsafe or missing sources.
    func image(_ i: Int) -> Image? {
        let width = tree.attribute(.width, of: i).flatMap { Int($0.trimmingSpaces) }
        let height = tree.attribute(.height, of: i).flatMap { Int($0.trimmingSpaces) }
        if let width, let height, width <= 2, height <= 2 { return nil }
        if width == 0 || height == 0 { return nil }
        var source = tree.attribute(.src, of: i)?.trimmingSpaces ?? ""
        let lazy = [tree.attribute(.dataSrc, of: i), tree.attribute(.dataOriginal, of: i), tree.attribute(.dataLazySrc, of: i)]
            .compactMap { $0?.trimmingSpaces }.first { !$0.isEmpty }
        if let lazy, source.isEmpty || source.hasPrefix("data:") || Self.isPlaceholder(source) {
            source = lazy
        }
        if source.isEmpty, let srcset = tree.attribute(.srcset, of: i) {
            source = srcset.split(separator: ",").first.map { String(String($0).trimmingSpaces.split(separator: " ").first ?? "") } ?? ""
        }
        guard !source.isEmpty, let resolved = resolver.resolve(source, forImage: true) else { return nil }
        if ClassNames(resolved).containsAny(Self.trackerHostWords) { return nil }
        var alt = (tree.attribute(.alt, of: i) ?? "").foldingWhitespace
        if Self.looksLikeFileName(alt) { alt = "" }
        let title = tree.attribute(.title, of: i)?.foldingWhitespace
        return Image(source: resolved, title: title?.isEmpty == false ? title : nil, alt: alt.isEmpty ? [] : [.text(alt)])
    }
}
