import ArgumentParser
import EconKit
import Foundation

struct ImportFRED: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fred",
        abstract: "Import FRED and ALFRED downloads and API responses.",
        discussion: """
            Reads, sniffed from the content: the graph CSV (observation_date,GDPC1[,…]; older files say DATE), \
            ALFRED's vintage CSV (observation_date,GDPC1_20080430,GDPC1_20240201,…), the text download \
            (Title:, Series ID:, Units:, Frequency:, Last Updated:, Notes: … then DATE VALUE rows), and API \
            responses saved as JSON or XML (series/observations, series). '.' or an empty cell is a gap, never 0.

            Series are named by their FRED id (--prefix puts a namespace before it) and created with what the \
            files say: title, units (values stay as FRED publishes them: billions stay billions), frequency \
            (else from the spacing of the dates; weekly series are irregular), seasonal adjustment, source, \
            notes. ALFRED vintages become revisions published on their vintage date: 'econ show GDPC1 --as-of \
            2008-05-01' prints what ALFRED showed that day, --revisions lists the vintages, and a value equal \
            to the vintage before is not stored again. All files go in one transaction; importing them again \
            changes nothing.

            EXAMPLES:
              econ import fred GDPC1.csv
              econ import fred GDPC1.txt --prefix fred.
              econ import fred GDPC1_vintages.csv
              econ import fred observations.json --series UNRATE
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "FRED or ALFRED files (CSV, text, JSON or XML).") var files: [String]
    @Option(help: ArgumentHelp("Put this before every FRED id to make the series code.", valueName: "text")) var prefix = ""
    @Option(help: ArgumentHelp("The series an API observations response is for (default: the file's name).", valueName: "id"))
    var series: String?
    @Option(help: "Measure of the series to create: flow (default) or stock.") var measure: Measure = .flow
    @Flag(help: "Show what would be stored; write nothing.") var dryRun = false
    @Option(help: "table or json.") var format: RecordFormat = .table

    func run() throws {
        let target = dryRun ? try store.openForDryRun() : try store.openForWriting()
        let report = try FREDImport(paths: files, prefix: prefix, seriesID: series, measure: measure, dryRun: dryRun).run(into: target)
        if format == .json {
            let counts = report.counts.sorted { $0.key < $1.key }.map { code, c in
                (
                    code,
                    JSONValue.object([
                        ("new", .number(Double(c.new))), ("unchanged", .number(Double(c.unchanged))),
                        ("revised", .number(Double(c.revised))),
                    ])
                )
            }
            print(
                JSONValue.object([
                    ("files", .array(report.files.map { .object([("path", .string($0.path)), ("format", .string($0.format.rawValue))]) })),
                    ("series", .object(counts)), ("created", .array(report.createdSeries.map { .string($0) })),
                    ("gaps", .number(Double(report.gaps))), ("dry_run", .bool(dryRun)),
                ]).rendered(pretty: true))
            return
        }
        report.printSummary(gaps: "missing values left as gaps", listEverySeries: true)
    }
}
