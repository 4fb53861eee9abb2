import ArgumentParser
import EconKit
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the main job end to end on the bundled data, in a store of its own.",
        discussion: """
            Creates OUT/econ.sqlite (never your default store; --db names another, e.g. a PostgreSQL URI), loads the series and curated history bundled \
            in DATA, imports the articles in DATA/articles, prints what each article yielded and a summary of \
            every series, and writes OUT/econ-export.csv. Then it prints the report that DATA/reports/ru-kz.json \
            describes (the seed article's series) and writes it as OUT/report.md and OUT/report.html. \
            Running it again changes nothing in the store.

            EXAMPLE:
              swift run econ demo --out out
            """
    )

    @Option(help: ArgumentHelp("The bundled data folder.", valueName: "folder")) var data = "data"
    @Option(help: ArgumentHelp("Where the store and the CSV go.", valueName: "folder")) var out = "out"
    @Option(
        help: ArgumentHelp(
            "The store to load instead of OUT/econ.sqlite: a file or a PostgreSQL URI ($ECON_DB is not used).", valueName: "path|uri"))
    var db: String?

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let store = try Store.open(at: db ?? out + "/econ.sqlite", options: .init(create: true))
        let summary = try BundledData(folder: data).load(into: store)
        print(
            "loaded \(summary.series) series and \(summary.figures) figures (\(summary.new) new, \(summary.unchanged) unchanged, \(summary.revisions) revisions) from \(data)"
        )
        for article in summary.articles {
            print("article \(article.document.name ?? ""): \(article.figures.count) figures")
            for result in article.figures {
                let period = result.figure.period?.description ?? "-"
                print(
                    "  \(result.figure.surface) → \(ImportArticle.series(result.outcome)) \(period) (\(ImportArticle.status(result.outcome)))"
                )
            }
            for annotation in article.annotations {
                print(
                    "  annotation \(annotation.annotation.period?.description ?? "-") → \(annotation.series ?? "(none)"): \(annotation.annotation.text)"
                )
            }
        }
        var rows: [[String]] = []
        for series in try store.allSeries() {
            let current = try store.observations(series.code)
            let last = current.last
            rows.append([
                series.code, series.unit, String(current.count), current.first?.period.description ?? "",
                last?.period.description ?? "", last.flatMap(\.amount).map(Show.display) ?? "",
            ])
        }
        print(RecordPrinter.table(header: ["series", "unit", "periods", "first", "last", "latest value"], rows: rows), terminator: "")
        let csvPath = out + "/econ-export.csv"
        let sink = try OutputSink.atomicFile(csvPath)
        try store.exportLong(to: sink)
        try sink.commit()
        print("wrote \(csvPath)")
        try writeReport(store)
    }

    /// The shipped report on the article's series: printed as text, written as Markdown and HTML.
    /// Its alert rules are shown in it but do not change the demo's exit status.
    private func writeReport(_ store: Store) throws {
        let file = data + "/reports/ru-kz.json"
        guard FileManager.default.fileExists(atPath: file) else { return }
        var definition = try ReportDefinition.load(path: file)
        definition.out = nil
        let report = try TrendReport.build(from: store, definition: definition)
        print("")
        print(ReportRenderer.render(report, as: .text), terminator: "")
        for (format, name) in [(ReportFormat.markdown, "report.md"), (.html, "report.html")] {
            let sink = try OutputSink.atomicFile(out + "/" + name)
            try sink.write(ReportRenderer.render(report, as: format))
            try sink.commit()
        }
        print("wrote \(out)/report.md and \(out)/report.html")
    }
}
