import Foundation

/// A JSON file of series definitions (`data/series.json`): an array of objects with the keys
/// `code, title_en, title_ru, indicator, measure, unit, frequency, area, counterpart, accumulates,
/// source, note`.
public struct SeriesCatalog: Sendable {
    public var series: [Series]

    public init(series: [Series]) { self.series = series }

    /// Reads a catalog file.
    ///
    /// - Throws: ``ImportError`` naming the file and what is wrong.
    public init(path: String) throws(ImportError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .missingFile(path) }
        struct Entry: Decodable {
            var code: String
            var titleEn, titleRu, indicator: String?
            var measure: Measure
            var unit: String
            var frequency: Frequency
            var area, counterpart, accumulates, source, note: String?
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            series = try decoder.decode([Entry].self, from: data).map {
                Series(
                    code: $0.code, measure: $0.measure, unit: $0.unit, frequency: $0.frequency, titleEn: $0.titleEn,
                    titleRu: $0.titleRu, indicator: $0.indicator, area: $0.area, counterpart: $0.counterpart,
                    accumulates: $0.accumulates, source: $0.source, note: $0.note)
            }
        } catch {
            throw .invalidFile(path, reason: "\(error)")
        }
    }

    /// Adds the series the store does not have, flows before stocks so `accumulates` resolves, in
    /// one transaction. A series that exists must have the same measure, unit and frequency.
    ///
    /// - Returns: how many series were added.
    @discardableResult
    public func install(in store: Store) throws -> Int {
        let ordered = series.filter { $0.accumulates == nil } + series.filter { $0.accumulates != nil }
        return try store.addMissingSeries(ordered)
    }
}
