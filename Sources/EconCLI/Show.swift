import ArgumentParser
import EconKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the figures of a series.",
        discussion: """
            By default each period's current figure: the one published last. --as-of shows what was known \
            then; --revisions lists every revision, retractions included; --sources lists every document \
            that reported each current figure (the first report, whose publication time the figure \
            carries, then the others).

            EXAMPLES:
              econ show ru_kz.investment.cumulative
              econ show ru_kz.trade_turnover --as-of 2024-12-31 --format csv
              econ show ru_kz.trade_turnover --revisions --format json
              econ show ru_kz.investment.cumulative --sources
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The series code.") var series: String
    @Option(
        help: ArgumentHelp(
            "Only figures published by then (2025-11-10 means the end of that day, UTC; or an ISO 8601 time).", valueName: "time"))
    var asOf: String?
    @Flag(help: "Every revision, not only the current figure.") var revisions = false
    @Flag(help: "Every report of each current figure: outlet, title, URL, published, sentence.") var sources = false
    @Option(help: "table, csv or json.") var format: RecordFormat = .table

    func validate() throws {
        if sources && revisions { throw ValidationError("--sources lists the reports of current figures; leave out --revisions") }
    }

    func run() throws {
        let store = try store.openForReading()
        guard let series = try store.series(series) else { throw SeriesError.unknown(self.series) }
        let asOf = try Arguments.time(asOf)
        if sources { return try printSources(store.sources(series.code, asOf: asOf), series: series) }
        let observations = try revisions ? store.revisions(series.code, asOf: asOf) : store.observations(series.code, asOf: asOf)
        let columns = Observation.recordColumns(revisions: revisions)
        if format == .table {
            let rows = observations.map { o -> [String] in
                let value = o.amount.map(Self.display) ?? "(retracted)"
                return [o.period.description, value, o.amount?.qualifier.rawValue ?? "", o.published, o.source ?? ""]
            }
            print("\(series.code) (\(series.unit), \(series.measure.rawValue), \(series.frequency.rawValue))")
            print(RecordPrinter.table(header: ["period", "value", "qualifier", "published", "source"], rows: rows), terminator: "")
            return
        }
        let records = observations.map { $0.record(unit: series.unit, revisions: revisions) }
        try RecordPrinter(format: format).print(records, columns: columns)
    }

    func printSources(_ reports: [ObservationSource], series: Series) throws {
        if format == .table {
            let rows = reports.map { r -> [String] in
                [
                    r.isFirst ? r.period.description : "", r.isFirst ? "first" : "also", r.published, r.source ?? "", r.title ?? "",
                    r.url ?? r.document ?? "", r.sentence ?? "",
                ]
            }
            print("\(series.code) (\(series.unit), \(series.measure.rawValue), \(series.frequency.rawValue))")
            print(
                RecordPrinter.table(header: ["period", "report", "published", "source", "title", "url", "sentence"], rows: rows),
                terminator: "")
            return
        }
        try RecordPrinter(format: format).print(reports.map(\.record), columns: ObservationSource.recordColumns)
    }

    /// `>26000000000`, `≈4000000000`, `3000000000…5000000000`.
    static func display(_ amount: Amount) -> String {
        if amount.qualifier == .range, let low = amount.low, let high = amount.high {
            return DecimalText.format(low) + "…" + DecimalText.format(high)
        }
        return amount.qualifier.mark + (amount.value.map(DecimalText.format) ?? "")
    }
}
