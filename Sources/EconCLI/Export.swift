import ArgumentParser
import EconKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export current figures as CSV (long layout: one row per observation).",
        discussion: """
            Columns: series, period, value, unit, qualifier, low, high, note, source, document, published, recorded_at.
            Values are in base units in their shortest exact form; missing values are empty cells.
            Text cells starting with = + - @ get a leading apostrophe so spreadsheets do not run them.
            --out writes a temporary file and renames it into place: readers never see half a file.

            EXAMPLES:
              econ export > all.csv
              econ export ru_kz.investment.cumulative ru_kz.investment.yearly --out investment.csv
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Series codes to export (default: every series).") var series: [String] = []
    @Option(help: ArgumentHelp("Only figures published by then.", valueName: "time")) var asOf: String?
    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file")) var out: String?

    func run() throws {
        let store = try store.openForReading()
        let asOf = try Arguments.time(asOf)
        let sink = try out.map { try OutputSink.atomicFile($0) } ?? .standardOutput()
        try store.exportLong(series, asOf: asOf, to: sink)
        try sink.commit()
    }
}
