import ArgumentParser
import EconKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export current figures as CSV that programs and spreadsheets read right, in every locale.",
        discussion: """
            LAYOUTS (--layout):
              long       a row per figure (default): series, period, value, unit,
                         qualifier, low, high, note, source, document, published,
                         recorded_at (+ title with --titles, + scale when scaled)
              wide       a row per series, a column per period (World Bank); a
                         'field' column tells value rows from the qualifier, low
                         and high rows added where figures are not exact
              by-period  a row per period, a column per series; a 'unit' row
                         under the header
              sdmx-csv   SDMX-CSV 2.0 (STRUCTURE,STRUCTURE_ID,ACTION,…); qualifiers
                         map to OBS_STATUS: exact A, approx E, bounds and ranges U
                         ('sdmx' is its earlier name)

            Values are in base units (or divided exactly by --scale) in their \
            shortest exact form; missing values are empty cells. Text cells \
            starting with = + - @ tab CR (or ') get a leading apostrophe so \
            spreadsheets do not run them (--no-formula-guard: off). Never a \
            'sep=' line. econ's CSV import reads every file written here back. \
            See docs/csv.md.

            For spreadsheets: --preset excel-ru (';', decimal comma, BOM, CRLF) \
            for Russian regional settings, --preset excel-en (',', '.', BOM, \
            CRLF) for English ones; explicit options override the preset. A \
            preset also keeps periods as text (--period-as text): months and \
            days (2024-03, 2025-11-06) get a leading apostrophe, since \
            spreadsheets turn them into dates. --period-as start|end writes real \
            dates instead (the first or last day of each period).

            --out writes a temporary file and renames it into place: readers \
            never see half a file, and a failed export leaves the old file.

            EXAMPLES:
              econ export > all.csv
              econ export --preset excel-ru --out figures.csv
              econ export --match 'ru_kz.*' --layout wide --scale billions \\
                --titles ru --preset excel-ru --out wide.csv
              econ export ru_kz.investment.yearly --layout sdmx-csv --as-of 2024-12-31
            """
    )

    /// The spreadsheet presets of `--preset`.
    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case excelRU = "excel-ru"
        case excelEN = "excel-en"

        var dialect: CSVDialect { self == .excelRU ? .excelRU : .excelEN }
    }

    /// `--delimiter` values: the character itself or its name.
    enum Delimiter: String, ExpressibleByArgument, CaseIterable {
        case comma = ",", semicolon = ";", tab

        init?(argument: String) {
            switch argument {
            case ",", "comma": self = .comma
            case ";", "semicolon": self = .semicolon
            case "tab", "\t", "\\t": self = .tab
            default: return nil
            }
        }

        var dialect: CSVDialect.Delimiter {
            switch self {
            case .comma: .comma
            case .semicolon: .semicolon
            case .tab: .tab
            }
        }
    }

    @OptionGroup var store: StoreOptions
    @Argument(help: "Series codes to export, in this order (default: every series).") var series: [String] = []
    @Option(help: ArgumentHelp("Also every series whose code matches this pattern (* and ?), e.g. 'ru_kz.*'.", valueName: "pattern"))
    var match: String?
    @Option(help: "long, wide, by-period or sdmx-csv.") var layout: ExportOptions.Layout = .long
    @Option(
        help:
            "csv (default); sdmx-ml, an SDMX-ML 2.1 GenericData message; or xlsx, an Excel workbook (needs --out): observations in the chosen --layout (typed cells), series, and with --chart (long layout) a line chart per series."
    )
    var format: ExportFormat = .csv
    @Flag(help: "With --format xlsx: a sheet of native line charts, one per series.") var chart = false

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, sdmxML = "sdmx-ml", xlsx }
    @Option(help: ArgumentHelp("',', ';' or tab (default ',', or the preset's).", valueName: "delimiter")) var delimiter: Delimiter?
    @Flag(help: "Write numbers with a decimal comma (needs --delimiter ';' or tab).") var decimalComma = false
    @Flag(help: "Start with a UTF-8 byte order mark (Excel needs it for Cyrillic).") var bom = false
    @Flag(help: "End lines with CR LF.") var crlf = false
    @Option(help: "units, thousands, millions or billions; values are divided exactly.") var scale: ExportScale = .units
    @Option(
        name: .customLong("period-as"),
        help: "written (as stored), text (written, kept as text in spreadsheets), start or end (first or last day).")
    var periodAs: ExportOptions.PeriodStyle?
    @Option(help: ArgumentHelp("Series titles beside codes, in ru or en.", valueName: "language")) var titles: ExportOptions.TitleLanguage?
    @Flag(help: "Long layout: add a sentence column, the sentence of the article each figure came from.") var sentences = false
    @Option(help: ArgumentHelp("Only figures published by then (2025-11-10 means the end of that day, UTC).", valueName: "time"))
    var asOf: String?
    @Option(help: "excel-ru or excel-en: delimiter, decimal mark, BOM and CRLF for a spreadsheet's regional settings.")
    var preset: Preset?
    @Flag(help: "Do not put an apostrophe before text cells that spreadsheets would run as formulas.") var noFormulaGuard = false
    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file")) var out: String?

    /// The options the flags describe; the preset first, explicit flags on top.
    var options: ExportOptions {
        var dialect = preset?.dialect ?? .standard
        if let delimiter { dialect.delimiter = delimiter.dialect }
        if decimalComma { dialect.decimalComma = true }
        if bom { dialect.byteOrderMark = true }
        if crlf { dialect.crlf = true }
        if noFormulaGuard { dialect.formulaGuard = false }
        var options = ExportOptions(
            layout: format == .sdmxML ? .sdmxML : layout, dialect: dialect, scale: scale,
            periodStyle: periodAs ?? (preset == nil ? .written : .text), titles: titles)
        options.sentences = sentences
        return options
    }

    func validate() throws {
        if sentences && layout != .long { throw ValidationError("--sentences goes with the long layout") }
        if format == .sdmxML && layout != .long {
            throw ValidationError("--format sdmx-ml is a layout of its own; leave out --layout")
        }
        if format == .xlsx && layout == .sdmxML { throw ValidationError("--layout sdmx-ml is not a sheet: use --format sdmx-ml") }
        if format == .xlsx && chart && layout != .long { throw ValidationError(ExportError.chartsNeedLongLayout.description) }
        if format == .xlsx && out == nil { throw ValidationError("--format xlsx writes a workbook: name it with --out FILE.xlsx") }
        if chart && format != .xlsx { throw ValidationError("--chart goes with --format xlsx") }
        do {
            try options.dialect.validate()
        } catch {
            throw ValidationError(error.description)
        }
        if let match, match.isEmpty { throw ValidationError(ExportError.emptyPattern.description) }
    }

    func run() throws {
        let store = try store.openForReading()
        var options = options
        options.asOf = try Arguments.time(asOf)
        if format == .xlsx, let out {
            return try XLSXExport(SeriesSelection(codes: series, match: match), options: options, charts: chart).write(from: store, to: out)
        }
        let sink = try out.map { try OutputSink.atomicFile($0) } ?? .standardOutput()
        try store.export(SeriesSelection(codes: series, match: match), options: options, to: sink)
        try sink.commit()
    }
}

extension ExportOptions.Layout: ExpressibleByArgument {}
extension ExportOptions.PeriodStyle: ExpressibleByArgument {}
extension ExportOptions.TitleLanguage: ExpressibleByArgument {}
extension ExportScale: ExpressibleByArgument {}
