import ArgumentParser
import EconKit
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import figures from articles, CSV and Excel files, FRED/ALFRED, World Bank and SDMX files.",
        subcommands: [
            ImportAny.self, ImportArticle.self, ImportCSV.self, ImportXLSX.self, ImportFRED.self, ImportWorldBank.self, ImportSDMX.self,
        ],
        defaultSubcommand: ImportAny.self
    )
}

/// `econ import FILE…` with no source named: each file goes to the reader its content calls for,
/// with that reader's defaults, and the choice is said.
struct ImportAny: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "any",
        abstract: "Import files whose source is told from their content (the default of 'econ import').",
        discussion: """
            Each file is sniffed: a FRED or ALFRED download, a World Bank file or zip, an SDMX message, an \
            Excel workbook, an article (text, saved page or feed), else a CSV table; econ says which reader \
            it chose and imports with that reader's defaults. Name the reader (econ import csv …) for its \
            options.

            EXAMPLES:
              econ import GDPC1.csv API_NY.GDP.MKTP.CD_DS2_en_csv_v2.zip EXR.xml
              econ import release.xlsx --dry-run
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Files of any source econ reads.") var files: [String]
    @Flag(help: "Show what would be stored; write nothing.") var dryRun = false

    func run() throws {
        let target = dryRun ? try store.openForDryRun() : try store.openForWriting()
        for file in files {
            let source = try ImportSource.sniff(path: file)
            print("\(file): read by 'econ import \(source.rawValue)'")
            var csvOptions = CSVImportOptions()
            csvOptions.dryRun = dryRun
            switch source {
            case .csv: print(ImportCSV.describe(try CSVImport(path: file, options: csvOptions).run(into: target)))
            case .xlsx: print(ImportCSV.describe(try XLSXImport(path: file, options: csvOptions).run(into: target)))
            case .fred: Self.summary(try FREDImport(paths: [file], dryRun: dryRun).run(into: target).total, dryRun)
            case .worldbank: Self.summary(try WorldBankImport(paths: [file], dryRun: dryRun).run(into: target).total, dryRun)
            case .sdmx: Self.summary(try SDMXImport(paths: [file], dryRun: dryRun).run(into: target).total, dryRun)
            case .article:
                let rules = try ClassificationRules.resolve(
                    userFile: ClassificationRules.userFile(explicit: nil, environment: ProcessInfo.processInfo.environment))
                let summary = try ArticleBatch(paths: [file], template: ArticleImport(path: "", rules: rules, dryRun: dryRun)).run(
                    into: target)
                print(
                    "  \(summary.articles) article(s), \(summary.failed) refused; figures: \(summary.new) new, \(summary.unchanged) unchanged, "
                        + "\(summary.revisions) revised, \(summary.toReview) to review")
                if summary.failed > 0 { throw ImportError.invalidFile(file, reason: "refused; 'econ import article \(file)' says why") }
            }
        }
    }

    static func summary(_ total: CSVImportReport.Counts, _ dryRun: Bool) {
        print("  \(dryRun ? "would import" : "imported"): \(total.new) new, \(total.unchanged) unchanged, \(total.revised) revised")
    }
}

extension CSVLayout: ExpressibleByArgument {}

/// `--scale` names.
enum ScaleName: String, ExpressibleByArgument, CaseIterable {
    case units, thousands, millions, billions
    var exponent: Int {
        switch self {
        case .units: 0
        case .thousands: 3
        case .millions: 6
        case .billions: 9
        }
    }
}

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import long, wide (World Bank) or panel CSV files.",
        discussion: """
            The layout, separator (, ; tab), decimal comma, UTF-8 BOM and Windows-1251 encoding are detected; \
            every file econ exports imports back with no options. Values are in base units unless --scale says \
            otherwise. Missing values (empty, .., NA, n/a, -, —) are skipped, never stored as 0.

            A bad row is reported as file:line with the reason, and by default nothing from that file is written \
            (exit 65). --skip-invalid keeps the good rows; --rejects FILE writes the bad ones with a reason column, \
            ready to fix and import again. Importing the same file twice changes nothing.

            Series codes can be built from cells: --series '{Indicator Code}.{Country Code}' or \
            --series 'grunfeld.{firm}.{column}' ({column} is the value column's header). In substituted text every \
            run of characters a code may not contain becomes one '_' (General Motors → General_Motors). \
            Series that do not exist are created from --measure/--unit/--frequency or --mapping.

            EXAMPLES:
              econ import csv figures.csv
              econ import csv WDI.csv --series '{Indicator Code}.{Country Code}' \\
                --measure flow --unit USD --frequency annual
              econ import csv grunfeld.csv --layout panel --period-column year \\
                --value-columns invest,value,capital \\
                --series 'grunfeld.{firm}.{column}' \\
                --measure flow --unit USD --frequency annual --scale millions
              econ import csv release.csv --dry-run
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "CSV files; each is imported whole or not at all.") var files: [String]
    @OptionGroup var table: TableImportArguments

    /// Up to this many series an import lists each; beyond, a summary (a release of 20,000 series
    /// would print 20,000 lines into cron mail).
    static let listedSeries = 20

    func validate() throws { try table.validate() }

    func run() throws {
        let options = try table.options()
        // A dry run on a missing store works as on an empty one and creates nothing.
        let target = table.dryRun ? try store.openForDryRun() : try store.openForWriting()
        for file in files {
            let report = try CSVImport(path: file, options: options).run(into: target)
            table.report(report)
        }
    }

    static func describe(_ report: CSVImportReport, listEverySeries: Bool = false) -> String {
        var lines: [String] = []
        let delimiter = report.delimiter == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(report.delimiter))
        let total = report.total
        lines.append(
            "\(report.file): \(report.dryRun ? "would import" : "imported") \(report.layout.rawValue) \(report.source)"
                + (report.source == "CSV" ? " (\(report.encoding.rawValue), '\(delimiter)')" : "") + ": "
                + "\(total.new) new, \(total.unchanged) unchanged, \(total.revised) revised")
        if report.linesAboveHeader > 0 {
            lines.append(
                "  skipped \(report.linesAboveHeader) line\(report.linesAboveHeader == 1 ? "" : "s") of title and dates above the header")
        }
        if !report.ignoredColumns.isEmpty { lines.append("  ignored columns: \(report.ignoredColumns.joined(separator: ", "))") }
        let everything = listEverySeries || report.counts.count <= listedSeries
        let created = report.createdSeries
        if !created.isEmpty {
            let shown = everything ? created : Array(created.prefix(10))
            let more = shown.count < created.count ? ", … (\(created.count) in all)" : ""
            lines.append("  created series: \(shown.joined(separator: ", "))\(more)")
        }
        // Beyond a few series, only those with revisions are listed: what a reader should look at.
        let listed = report.counts.sorted(by: { $0.key < $1.key }).filter { everything || $0.value.revised > 0 }
        for (code, counts) in everything ? listed[...] : listed.prefix(listedSeries) {
            lines.append("  \(code): \(counts.new) new, \(counts.unchanged) unchanged, \(counts.revised) revised")
        }
        if !everything {
            let revised = listed.count > listedSeries ? " (the first \(listedSeries) of \(listed.count) with revisions above)" : ""
            lines.append("  \(report.counts.count) series\(revised); --verbose lists each")
        }
        for problem in report.rejected.prefix(20) { lines.append("  rejected \(report.file):\(problem.line): \(problem.reason)") }
        if report.rejected.count > 20 { lines.append("  … \(report.rejected.count - 20) more rejected rows") }
        return lines.joined(separator: "\n")
    }
}

/// What `import csv` and `import xlsx` share: how the table's columns become series, periods and
/// values, what to create, and how to report.
struct TableImportArguments: ParsableArguments {
    @Option(help: "long, wide or panel (default: detected).") var layout: CSVLayout?
    @Option(help: ArgumentHelp("Series code template over the columns.", valueName: "template")) var series: String?
    @Option(help: ArgumentHelp("Column holding the series code (long).", valueName: "name")) var seriesColumn = "series"
    @Option(help: ArgumentHelp("Column holding the period (default: period, year, date, time or TIME_PERIOD).", valueName: "name"))
    var periodColumn: String?
    @Option(help: ArgumentHelp("Column holding the value (long).", valueName: "name")) var valueColumn = "value"
    @Option(help: ArgumentHelp("Comma-separated value columns (panel).", valueName: "names")) var valueColumns: String?
    @Option(help: "Measure of series to create: stock or flow.") var measure: Measure?
    @Option(help: "Unit of series to create (ISO 4217 or a word).") var unit: String?
    @Option(help: "Frequency of series to create.") var frequency: Frequency?
    @Option(help: ArgumentHelp("A JSON file of series definitions (as data/series.json) for series to create.", valueName: "file"))
    var mapping: String?
    @Option(help: "The file's values are in units, thousands, millions or billions.") var scale: ScaleName = .units
    @Option(help: ArgumentHelp("When the release was published (rows with a published column keep theirs).", valueName: "date"))
    var published: String?
    @Flag(help: "Store the good rows and report the bad ones instead of refusing the file.") var skipInvalid = false
    @Option(help: ArgumentHelp("With --skip-invalid: write rejected rows, with a reason column, to this CSV.", valueName: "file"))
    var rejects: String?
    @Flag(help: "Show what would be stored per series; write nothing.") var dryRun = false
    @Flag(help: "Print only errors.") var quiet = false
    @Flag(help: "List the counts of every series (the default for \(ImportCSV.listedSeries) series or fewer, and for --dry-run).")
    var verbose = false

    func validate() throws {
        if rejects != nil && !skipInvalid { throw ValidationError("--rejects goes with --skip-invalid") }
    }

    func options() throws -> CSVImportOptions {
        var options = CSVImportOptions()
        options.layout = layout
        options.seriesTemplate = series
        options.seriesColumn = seriesColumn
        options.periodColumn = periodColumn
        options.valueColumn = valueColumn
        options.valueColumns = valueColumns?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        options.measure = measure
        options.unit = unit
        options.frequency = frequency
        options.catalog = try mapping.map { try SeriesCatalog(path: $0) }
        options.scale = scale.exponent
        options.published = try Arguments.time(published)
        options.skipInvalid = skipInvalid
        options.rejectsPath = rejects
        options.dryRun = dryRun
        if Terminal.isInteractive && !quiet {
            options.progress = { p in
                let percent = p.fraction.map { " (\(Int($0 * 100)) %)" } ?? ""
                Terminal.progress("\(p.records) rows read\(percent)")
            }
        }
        return options
    }

    /// Prints what an import did (nothing with --quiet).
    func report(_ report: CSVImportReport) {
        if Terminal.isInteractive && !quiet { Terminal.progress(nil) }
        guard !quiet else { return }
        print(ImportCSV.describe(report, listEverySeries: verbose || dryRun))
    }
}

struct ImportXLSX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Import a sheet of an Excel workbook (.xlsx) with the layouts and options of import csv.",
        discussion: """
            The sheet's cells are read as Excel stores them: numbers, shared and inline strings, booleans, \
            formula cells by their cached value (econ never calculates), and numbers formatted as dates as \
            YYYY-MM-DD (the 1900 and the 1904 date systems). Then the sheet is a table like a CSV file: long, \
            wide (World Bank) or panel, detected or named with --layout, with every option of import csv. \
            Messages name the workbook, the sheet and its row.

            EXAMPLES:
              econ import xlsx release.xlsx
              econ import xlsx WDI.xlsx --sheet Data --series '{Indicator Code}.{Country Code}' \\
                --measure flow --unit USD --frequency annual
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The workbook (.xlsx).") var file: String
    @Option(help: ArgumentHelp("The sheet: its name or its number from 1 (default: the first).", valueName: "sheet")) var sheet: String?
    @OptionGroup var table: TableImportArguments

    func validate() throws { try table.validate() }

    func run() throws {
        let options = try table.options()
        let target = table.dryRun ? try store.openForDryRun() : try store.openForWriting()
        table.report(try XLSXImport(path: file, sheet: sheet, options: options).run(into: target))
    }
}

extension SourceImportReport {
    /// What `import fred`, `import worldbank` and `import sdmx` print: each file with the format it
    /// was read as, the counts with what was left out (`gaps` names the source's missing values),
    /// the series created, then each series' counts — every one with `listEverySeries`, else when
    /// there are few.
    func printSummary(gaps gapsAre: String, listEverySeries: Bool) {
        for (path, format) in files { print("\(path): \(format.rawValue)") }
        let total = total
        var line = "\(dryRun ? "would import" : "imported"): \(total.new) new, \(total.unchanged) unchanged, \(total.revised) revised"
        line += " in \(counts.count) series"
        if gaps > 0 { line += "; \(gaps) \(gapsAre)" }
        if aggregatesSkipped > 0 { line += "; \(aggregatesSkipped) values of aggregates left out" }
        print(line)
        let few = listEverySeries || counts.count <= ImportCSV.listedSeries
        if !createdSeries.isEmpty {
            print(few ? "  created series: \(createdSeries.joined(separator: ", "))" : "  created \(createdSeries.count) series")
        }
        if few {
            for (code, c) in counts.sorted(by: { $0.key < $1.key }) {
                print("  \(code): \(c.new) new, \(c.unchanged) unchanged, \(c.revised) revised")
            }
        }
    }
}
