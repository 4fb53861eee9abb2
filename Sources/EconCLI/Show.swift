import ArgumentParser
import EconKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the figures of a series.",
        discussion: """
            By default each period's current figure: the one published last. --as-of shows what was known \
            then; --revisions lists every revision, retractions included.

            EXAMPLES:
              econ show ru_kz.investment.cumulative
              econ show ru_kz.trade_turnover --as-of 2024-12-31 --format csv
              econ show ru_kz.trade_turnover --revisions --format json
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The series code.") var series: String
    @Option(
        help: ArgumentHelp(
            "Only figures published by then (2025-11-10 means the end of that day, UTC; or an ISO 8601 time).", valueName: "time"))
    var asOf: String?
    @Flag(help: "Every revision, not only the current figure.") var revisions = false
    @Option(help: "table, csv or json.") var format: RecordFormat = .table

    func run() throws {
        let store = try store.openForReading()
        guard let series = try store.series(series) else { throw SeriesError.unknown(self.series) }
        let asOf = try Arguments.time(asOf)
        let observations = try revisions ? store.revisions(series.code, asOf: asOf) : store.observations(series.code, asOf: asOf)
        var columns = [
            "series", "period", "value", "unit", "qualifier", "low", "high", "published", "recorded_at", "source", "note", "document",
            "sentence",
            "start", "end",
        ]
        if revisions { columns.append("retracted") }
        if format == .table {
            let rows = observations.map { o -> [String] in
                let value = o.amount.map(Self.display) ?? "(retracted)"
                return [o.period.description, value, o.amount?.qualifier.rawValue ?? "", o.published, o.source ?? ""]
            }
            print("\(series.code) (\(series.unit), \(series.measure.rawValue), \(series.frequency.rawValue))")
            print(RecordPrinter.table(header: ["period", "value", "qualifier", "published", "source"], rows: rows), terminator: "")
            return
        }
        let records = observations.map { o -> [(String, Field)] in
            var record: [(String, Field)] = [
                ("series", .text(series.code)), ("period", .text(o.period.description)), ("value", .number(o.amount?.value)),
                ("unit", .text(series.unit)), ("qualifier", .text(o.amount?.qualifier.rawValue)), ("low", .number(o.amount?.low)),
                ("high", .number(o.amount?.high)), ("published", .text(o.published)), ("recorded_at", .text(o.recordedAt)),
                ("source", .text(o.source)), ("note", .text(o.note)), ("document", .text(o.document)), ("sentence", .text(o.sentence)),
                ("start", .integer(o.start)), ("end", .integer(o.end)),
            ]
            if revisions { record.append(("retracted", .bool(o.isRetraction))) }
            return record
        }
        try RecordPrinter(format: format).print(records, columns: columns)
    }

    /// `>26000000000`, `≈4000000000`, `3000000000…5000000000`.
    static func display(_ amount: Amount) -> String {
        if amount.qualifier == .range, let low = amount.low, let high = amount.high {
            return DecimalText.format(low) + "…" + DecimalText.format(high)
        }
        return amount.qualifier.mark + (amount.value.map(DecimalText.format) ?? "")
    }
}
