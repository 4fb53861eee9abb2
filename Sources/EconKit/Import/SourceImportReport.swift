/// What importing the files of one source — FRED, the World Bank, SDMX — did: each file with the
/// format it was read as, the counts per series, the series created and the values left out.
public struct SourceImportReport<Format: RawRepresentable & Sendable>: Sendable where Format.RawValue == String {
    public var files: [(path: String, format: Format)]
    public var counts: [String: CSVImportReport.Counts] = [:]
    public var createdSeries: [String] = []
    /// Values the source marks missing (FRED's `.`, an empty cell, an observation with no value),
    /// left out as gaps, never stored as 0.
    public var gaps = 0
    /// Values of aggregates left out (the World Bank's world, regions and income groups, when asked).
    public var aggregatesSkipped = 0
    public var dryRun: Bool

    public init(files: [(path: String, format: Format)] = [], dryRun: Bool) {
        self.files = files
        self.dryRun = dryRun
    }

    /// The counts of every series together.
    public var total: CSVImportReport.Counts { counts.values.reduce(into: .init()) { $0.add($1) } }
}
