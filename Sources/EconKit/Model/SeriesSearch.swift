import Foundation

/// Finding series by words: what `econ serve`'s search (FRED's `series/search` and the web view's
/// search box) runs over a store's catalogue.
public enum SeriesSearch {
    /// How well `series` matches every word of `text` (case-insensitive), 0 when some word is missing.
    ///
    /// A word is looked for in the code, both titles, the indicator, the unit, the areas (their
    /// codes and, through `gazetteer` — the bundled one by default — their English and Russian
    /// names), the source and the note. A word found in the code or a title counts more than one
    /// found only in the note.
    public static func rank(_ series: Series, words text: String, gazetteer: Gazetteer? = try? Gazetteer.bundled()) -> Int {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard !words.isEmpty else { return 0 }
        var areaNames: [String] = []
        for code in [series.area, series.counterpart].compactMap({ $0 }) {
            areaNames.append(code)
            if let area = gazetteer?.area(code) { areaNames += area.names.values }
        }
        let strong = [series.code, series.titleEn ?? "", series.titleRu ?? "", series.indicator ?? ""].joined(separator: " ").lowercased()
        let weak = ([series.unit, series.source ?? "", series.note ?? ""] + areaNames).joined(separator: " ").lowercased()
        var rank = 0
        for word in words {
            if strong.contains(word) {
                rank += 2
            } else if weak.contains(word) {
                rank += 1
            } else {
                return 0
            }
        }
        return rank
    }

    /// FRED's `search_type=series_id`: `pattern` found anywhere in the code (case-insensitive); a `*`
    /// at either end anchors the other end (`ru_kz*` begins with `ru_kz`, `*yearly` ends with
    /// `yearly`), and a `*` inside stands for any run of characters. 1 for a match, else 0.
    public static func matchesID(_ code: String, pattern: String) -> Int {
        let p = pattern.lowercased()
        let anchoredStart = !p.hasPrefix("*") && p.contains("*")
        let anchoredEnd = !p.hasSuffix("*") && p.contains("*")
        let glob = (anchoredStart ? "" : "*") + p + (anchoredEnd ? "" : "*")
        return SeriesSelection.matches(code.lowercased(), pattern: glob) ? 1 : 0
    }
}
