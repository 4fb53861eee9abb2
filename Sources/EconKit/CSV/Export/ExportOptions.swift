/// Everything that shapes an export besides the series chosen: layout, dialect, scale, period
/// form, titles and the "as of" cut-off.
///
/// ```swift
/// var options = ExportOptions(layout: .wide, dialect: .excelRU, scale: .billions)
/// options.titles = .ru
/// try store.export(SeriesSelection(match: "ru_kz.*"), options: options, to: .standardOutput())
/// ```
public struct ExportOptions: Sendable, Equatable {
    /// The shape of the table.
    public enum Layout: String, Sendable, CaseIterable {
        /// One row per observation (the default).
        case long
        /// A row per series, a column per period (the World Bank layout).
        case wide
        /// A row per period, a column per series.
        case byPeriod = "by-period"
        /// SDMX-CSV 2.0, econ qualifiers mapped to `OBS_STATUS` codes.
        case sdmxCSV = "sdmx-csv"
        /// The earlier name of ``sdmxCSV``, which now writes the same standard.
        case sdmx
        /// Not CSV: an SDMX-ML 2.1 GenericData message (`econ export --format sdmx-ml`).
        case sdmxML = "sdmx-ml"
    }

    /// How a period is written.
    public enum PeriodStyle: String, Sendable, CaseIterable {
        /// econ's canonical text (`2024`, `2024-Q3`, `2024-03`, `2025-11-06`), which econ's import reads.
        case written
        /// Like ``written``, but a month or a day (`2024-03`, `2025-11-06`), which spreadsheets turn
        /// into dates, gets a leading apostrophe so it stays text; econ's import drops it.
        case text
        /// The first day of the period, `YYYY-MM-DD` (spreadsheets make it a real date).
        case start
        /// The last day of the period, `YYYY-MM-DD`.
        case end
    }

    /// The language of series titles written beside the codes.
    public enum TitleLanguage: String, Sendable, CaseIterable {
        case ru, en
    }

    /// The shape of the table; ``Layout/long`` by default.
    public var layout: Layout
    /// Delimiter, decimal mark, BOM, line ending and formula guard.
    public var dialect: CSVDialect
    /// The multiple values are divided by, exactly.
    public var scale: ExportScale
    /// How periods are written.
    public var periodStyle: PeriodStyle
    /// Titles beside codes; `nil` writes codes only.
    public var titles: TitleLanguage?
    /// Long layout: add a `sentence` column, the sentence of the document each figure was found in.
    public var sentences = false
    /// Only figures published by then count (``PublicationTime/endKey``), as ALFRED's vintages.
    public var asOf: PublicationTime?

    /// Options for an export; the defaults give econ's plain long CSV.
    public init(
        layout: Layout = .long, dialect: CSVDialect = .standard, scale: ExportScale = .units, periodStyle: PeriodStyle = .written,
        titles: TitleLanguage? = nil, asOf: PublicationTime? = nil
    ) {
        self.layout = layout
        self.dialect = dialect
        self.scale = scale
        self.periodStyle = periodStyle
        self.titles = titles
        self.asOf = asOf
    }
}
