import Foundation

/// The data shipped in the repository's `data/` folder: series definitions and curated history.
///
/// Layout: `series.json` (a ``SeriesCatalog``) and `history/*.csv` (long CSV files, see
/// ``LongCSVImport``).
public struct BundledData {
    public var folder: String

    public init(folder: String) { self.folder = folder }

    public struct Summary: Sendable, Equatable {
        public var series = 0
        public var figures = 0
        public var new = 0
        public var unchanged = 0
        public var revisions = 0
    }

    /// Installs the series and loads every history file; loading twice changes nothing.
    public func load(into store: Store) throws -> Summary {
        var summary = Summary()
        let catalog = try SeriesCatalog(path: folder + "/series.json")
        try catalog.install(in: store)
        summary.series = catalog.series.count
        let historyFolder = folder + "/history"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: historyFolder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        for file in files {
            let result = try LongCSVImport(path: historyFolder + "/" + file).run(into: store)
            summary.figures += result.total
            summary.new += result.new
            summary.unchanged += result.unchanged
            summary.revisions += result.revisions
        }
        return summary
    }
}
