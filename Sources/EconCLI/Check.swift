import ArgumentParser
import EconKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check series for inconsistencies; exit 1 when something is found.",
        discussion: """
            Findings name the series, periods, values and sources involved:
              stock-flow-mismatch  a stock's change is off its flows' sum (--tolerance)
              flow-exceeds-stock   a flow larger than the stock that accumulates it
              stock-falls          a stock that falls while its flows are positive
              conflicting-sources  figures for one period that cannot all be true
              large-revision       a revision beyond --revision-threshold percent
              gap                  periods without a figure (fixed frequency)
            A finding is 'certain' when it holds for every value the qualifiers allow, 'possible' when \
            it holds for some of the values a range or an approximate figure allows; a comparison with \
            an open-ended bound (more than 26 bn) gives a finding only when certain. Approximate \
            figures count as anything within the tolerance of their value.

            Exit status: 0 no findings, 1 findings (printed first), 64-75 errors as for every command.

            EXAMPLES:
              econ check
              econ check ru_kz.investment.cumulative --tolerance 0.1
              econ check --match 'ru_kz.*' --revision-threshold 5 --format json
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Series codes (default: every series).") var series: [String] = []
    @Option(help: ArgumentHelp("Also every series whose code matches this glob (* and ?).", valueName: "pattern")) var match: String?
    @Option(
        help: ArgumentHelp("Relative tolerance as a fraction (0.05 = 5 %) for stock–flow sums and approximate figures.", valueName: "x"))
    var tolerance: Double = 0.05
    @Option(help: ArgumentHelp("Report revisions that move a figure by more than this many percent.", valueName: "pct"))
    var revisionThreshold: Double = 10
    @Option(
        help: ArgumentHelp(
            "Only figures published by then (2025-11-10 means the end of that day, UTC; or an ISO 8601 time).", valueName: "time"))
    var asOf: String?
    @Option(help: "table, csv or json.") var format: RecordFormat = .table

    func validate() throws {
        guard tolerance.isFinite, tolerance >= 0 else { throw ValidationError("--tolerance must be a fraction ≥ 0, such as 0.05") }
        guard revisionThreshold.isFinite, revisionThreshold >= 0 else {
            throw ValidationError("--revision-threshold must be a percent ≥ 0")
        }
    }

    func run() throws {
        let store = try store.openForReading()
        let selected = try SeriesSelection.resolve(codes: series, pattern: match, all: false, in: store.allSeries(), emptyMeansAll: true)
        let check = ConsistencyCheck(tolerance: tolerance, revisionThreshold: revisionThreshold, asOf: try Arguments.time(asOf))
        let findings = try check.run(on: store, series: selected)
        if format == .table {
            if findings.isEmpty {
                print("no findings in \(selected.count) series")
            } else {
                let rows = findings.map { [$0.kind.rawValue, $0.certainty.rawValue, $0.message] }
                print(RecordPrinter.table(header: ["finding", "certainty", "detail"], rows: rows), terminator: "")
                print("\(findings.count) finding(s) in \(selected.count) series")
            }
        } else {
            let records = findings.map { f -> [(String, Field)] in
                [
                    ("finding", .text(f.kind.rawValue)), ("certainty", .text(f.certainty.rawValue)),
                    ("series", .text(f.series.joined(separator: " "))), ("periods", .text(f.periods.joined(separator: " "))),
                    ("values", .text(f.values.joined(separator: " "))), ("sources", .text(f.sources.joined(separator: " "))),
                    ("message", .text(f.message)),
                ]
            }
            try RecordPrinter(format: format).print(
                records, columns: ["finding", "certainty", "series", "periods", "values", "sources", "message"])
        }
        if !findings.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
