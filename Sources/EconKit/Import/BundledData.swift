import Foundation

/// The data shipped in the repository's `data/` folder: series definitions and curated history.
///
/// Layout: `series.json` (a ``SeriesCatalog``), `history/*.csv` (long CSV files, see
/// ``CSVImport``) and `articles/*.txt` (articles with their `.json` sidecars, see ``ArticleImport``).
public struct BundledData {
    public var folder: String

    public init(folder: String) { self.folder = folder }

    public struct Summary: Sendable {
        public var series = 0
        public var figures = 0
        public var new = 0
        public var unchanged = 0
        public var revisions = 0
        public var articles: [ArticleImport.Report] = []
    }

    /// Installs the series and loads every history file; loading twice changes nothing.
    public func load(into store: Store) throws -> Summary {
        var summary = Summary()
        let catalog = try SeriesCatalog(path: folder + "/series.json")
        try catalog.install(in: store)
        var options = CSVImportOptions()
        options.layout = .long
        options.catalog = catalog
        summary.series = catalog.series.count
        let historyFolder = folder + "/history"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: historyFolder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        for file in files {
            let total = try CSVImport(path: historyFolder + "/" + file, options: options).run(into: store).total
            summary.figures += total.new + total.unchanged + total.revised
            summary.new += total.new
            summary.unchanged += total.unchanged
            summary.revisions += total.revised
        }
        let articlesFolder = folder + "/articles"
        let articles = ((try? FileManager.default.contentsOfDirectory(atPath: articlesFolder)) ?? []).filter { $0.hasSuffix(".txt") }
            .sorted()
        let rules = try ClassificationRules.default()
        for file in articles {
            summary.articles.append(try ArticleImport(path: articlesFolder + "/" + file, rules: rules).run(into: store))
        }
        return summary
    }
}
