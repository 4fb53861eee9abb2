import ArgumentParser
import EconKit

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trends: FRED's transformations, CAGR, moving averages, least-squares fits and projections.",
        discussion: """
            Transformations (FRED's formulas; n = observations per year, x(t-1) the previous period):
              lin  x(t)
              chg  x(t) - x(t-1)
              ch1  x(t) - x(t-n)
              pch  (x(t)/x(t-1) - 1) * 100
              pc1  (x(t)/x(t-n) - 1) * 100
              pca  ((x(t)/x(t-1))^n - 1) * 100
              cch  (ln x(t) - ln x(t-1)) * 100
              cca  n * (ln x(t) - ln x(t-1)) * 100
              log  ln x(t)
            A missing period is a gap: the result there is empty with the reason, never bridged. On an \
            irregular series ch1, pc1, pca and cca are refused; chg, pch and cch use the previous observation.

            Qualifiers travel through the arithmetic: about 4e9 of more than 26e9 is "approximately, less \
            than 15.39 %" (≈<15.39); more than 20 then more than 26 is a change of unknown sign (?). \
            The table has a row per period and a column per series and rounds bounds outward; CSV and \
            JSON are long (series,period,transform,value,qualifier,low,high,note) at full precision.

            --ma N is a trailing average of N periods, shown at the last period of its window. --fit is \
            least squares over the periods shown (slope per period); --project N continues it N periods.

            EXAMPLES:
              econ trend ru_kz.trade_turnover --transform pc1
              econ trend --match 'ru_kz.*' --transform pch --from 2015 --format csv
              econ trend --all --transform pc1 --format csv > yoy.csv
              econ trend ru_kz.trade_turnover --cagr --from 2015 --to 2024
              econ trend ru_kz.trade_turnover --fit log --project 3
              econ trend ru_kz.investment.yearly --share
              econ trend ru_kz.trade_turnover.monthly --aggregate annual --transform pch
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Series codes.") var series: [String] = []
    @Option(help: ArgumentHelp("Also every series whose code matches this glob (* and ?), e.g. 'ru_kz.*'.", valueName: "pattern"))
    var match: String?
    @Flag(help: "Every series in the store.") var all = false
    @Option(help: "The transformation (see above).") var transform: Transform = .lin
    @Option(help: ArgumentHelp("First period to show (2015, 2015-Q1, …).", valueName: "period")) var from: String?
    @Option(help: ArgumentHelp("Last period to show.", valueName: "period")) var to: String?
    @Flag(help: "Add the compound annual growth rate between the first and last figure shown.") var cagr = false
    @Option(help: ArgumentHelp("Trailing moving average over N periods.", valueName: "n")) var ma: Int?
    @Option(help: "Least-squares trend through the results: linear or log.") var fit: TrendFit.Kind?
    @Option(help: ArgumentHelp("Project the fitted trend N periods ahead (needs --fit).", valueName: "n")) var project: Int = 0
    @Flag(help: "Each flow as a percent of the stock that accumulates it (for a stock: its flow as a percent of it).")
    var share = false
    @Option(help: ArgumentHelp("Aggregate to a lower frequency first: semiannual, quarterly, monthly or annual.", valueName: "frequency"))
    var aggregate: Frequency?
    @Option(help: "With --aggregate: sum, eop (end of period) or average (default: sum for flows, eop for stocks).")
    var method: Aggregation.Method?
    @Option(
        help: ArgumentHelp(
            "Only figures published by then (2025-11-10 means the end of that day, UTC; or an ISO 8601 time).", valueName: "time"))
    var asOf: String?
    @Option(help: "table, csv or json.") var format: RecordFormat = .table

    func validate() throws {
        guard all || match != nil || !series.isEmpty else {
            throw ValidationError("name at least one series, or use --match PATTERN or --all")
        }
        if method != nil && aggregate == nil { throw ValidationError("--method goes with --aggregate") }
        var query = TrendQuery()
        query.movingAverage = ma
        query.projection = project
        query.fit = fit
        query.share = share
        query.transform = transform
        query.aggregateTo = aggregate
        do { try query.validate() } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        var query = TrendQuery()
        query.transform = transform
        query.from = try from.map(Arguments.period)
        query.to = try to.map(Arguments.period)
        query.cagr = cagr
        query.movingAverage = ma
        query.fit = fit
        query.projection = project
        query.share = share
        query.aggregateTo = aggregate
        query.aggregation = method
        query.asOf = try Arguments.time(asOf)
        let store = try store.openForReading()
        var selected = try SeriesSelection.resolve(codes: series, pattern: match, all: all, in: store.allSeries())
        // A named series that cannot be computed is an error (from the library); one picked up by
        // --match or --all is skipped with a warning, so one odd series does not stop a whole-store run.
        let named = Set(series)
        let skipped = selected.filter { !named.contains($0.code) && !query.applies(to: $0) }
        if !skipped.isEmpty {
            Terminal.warning(
                "skipped \(skipped.count) series that \(aggregate == nil ? "are irregular (\(transform.rawValue) needs observations per year)" : "cannot be aggregated to \(aggregate?.rawValue ?? "")"): "
                    + skipped.prefix(5).map(\.code).joined(separator: ", ") + (skipped.count > 5 ? ", …" : ""))
            selected.removeAll { !named.contains($0.code) && !query.applies(to: $0) }
        }
        let sink = OutputSink.standardOutput()
        switch format {
        case .table:
            var table = TrendTable()
            try query.run(on: store, series: selected) { table.add($0) }
            let asOfText = query.asOf.map { ", as of \($0)" } ?? ""
            let unit = share ? "percent" : transform.resultUnit
            try sink.write(table.rendered(title: "\(query.label)\(unit.map { " (\($0))" } ?? "")\(asOfText)"))
        case .csv:
            let csv = TrendCSV()
            try sink.write(csv.header)
            try query.run(on: store, series: selected) { try csv.write($0, to: sink) }
        case .json:
            var first = true
            try sink.write("[")
            try query.run(on: store, series: selected) { trend in
                for record in trend.records {
                    try sink.write(first ? "\n  " : ",\n  ")
                    first = false
                    try sink.write(JSONValue.record(record.record).rendered())
                }
            }
            try sink.write(first ? "]\n" : "\n]\n")
        }
        try sink.commit()
    }
}

extension Transform: ExpressibleByArgument {}
extension TrendFit.Kind: ExpressibleByArgument {}
extension Aggregation.Method: ExpressibleByArgument {}
