import Foundation

/// Imports FRED and ALFRED files (see ``FREDFile``) into a store, all files in one transaction:
/// every value or, on any error, none.
///
/// - A series is created from what the files say about it: title, FRED's units (kept as the unit,
///   spaces as `_`, and in full in the note), frequency (from the file, else from the spacing of the
///   dates), seasonal adjustment, source, release and notes. Values are stored as FRED publishes
///   them (billions stay billions: the unit says so). A series that exists keeps its metadata.
/// - ALFRED vintages are revisions published on their vintage date, so `--as-of` answers what ALFRED
///   showed that day; a value equal to the one of the vintage before is not stored again.
/// - Other files carry today's values: a value equal to the current one is unchanged; a different
///   one is a revision published when the file says the series was updated (else now).
/// - A missing value (`.`) is a gap, never 0.
public struct FREDImport {
    public var paths: [String]
    /// Put before every series id: `--prefix fred.` makes `GDPC1` the series `fred.GDPC1`.
    public var prefix: String
    /// The series an API observations response is for (it does not say); default: the file's name.
    public var seriesID: String?
    /// The measure of series this import creates (FRED does not say whether a series is a stock).
    public var measure: Measure
    public var dryRun: Bool

    public init(paths: [String], prefix: String = "", seriesID: String? = nil, measure: Measure = .flow, dryRun: Bool = false) {
        self.paths = paths
        self.prefix = prefix
        self.seriesID = seriesID
        self.measure = measure
        self.dryRun = dryRun
    }

    public typealias Report = SourceImportReport<FREDFile.Format>

    /// Reads every file, then stores what they hold.
    ///
    /// - Throws: ``ImportError`` naming the file and line or observation; ``StoreError``.
    public func run(into store: Store) throws -> Report {
        var files: [(String, FREDFile)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
            files.append((path, try FREDFile.read([UInt8](data), path: path, seriesID: seriesID)))
        }
        var report = Report(files: files.map { ($0.0, $0.1.format) }, dryRun: dryRun)
        // What all the files say about each series, the fuller entry winning field by field.
        var infos: [String: FREDFile.SeriesInfo] = [:]
        for (_, file) in files {
            for info in file.series {
                var merged = infos[info.id] ?? FREDFile.SeriesInfo(id: info.id)
                merged.title = merged.title ?? info.title
                merged.units = merged.units ?? info.units
                merged.frequency = merged.frequency ?? info.frequency
                merged.frequencyText = merged.frequencyText ?? info.frequencyText
                merged.seasonalAdjustment = merged.seasonalAdjustment ?? info.seasonalAdjustment
                merged.source = merged.source ?? info.source
                merged.release = merged.release ?? info.release
                merged.notes = merged.notes ?? info.notes
                merged.lastUpdated = merged.lastUpdated ?? info.lastUpdated
                infos[info.id] = merged
            }
        }
        let values = files.flatMap { path, file in file.values.map { (path, $0) } }
        var catalog: [Series] = []
        var frequencies: [String: Frequency] = [:]
        for id in infos.keys.sorted() {
            guard let info = infos[id] else { continue }
            let dates = values.filter { $0.1.series == id }.map(\.1.date)
            let frequency = info.frequency ?? FREDFile.frequency(spacing: dates) ?? .irregular
            frequencies[id] = frequency
            catalog.append(try series(info, frequency: frequency))
        }

        var rows: [(row: RowFigure, place: String)] = []
        // Vintage by vintage, a value is stored only when it differs from the one before.
        let grouped = Dictionary(grouping: values) { "\($0.1.series)\u{1F}\($0.1.date)" }
        for key in grouped.keys.sorted() {
            guard let group = grouped[key] else { continue }
            let ordered = group.sorted { ($0.1.vintage ?? .init(daysSinceEpoch: 0)) < ($1.1.vintage ?? .init(daysSinceEpoch: 0)) }
            var last: Double?
            for (path, value) in ordered {
                guard let x = value.value else {
                    report.gaps += 1
                    continue
                }
                if value.vintage != nil, x == last { continue }
                last = x
                let frequency = frequencies[value.series] ?? .irregular
                guard let period = FREDFile.period(value.date, frequency) else {
                    throw ImportError.invalidFile(
                        "\(path): \(value.place)",
                        reason: "\(value.date) is not the first day of a period of a \(frequency.rawValue) series")
                }
                let info = infos[value.series]
                let published: PublicationTime? =
                    try value.vintage.map { try PublicationTime(parsing: $0.description) } ?? info?.lastUpdated
                let row = RowFigure(
                    series: prefix + value.series, periodText: period.description, amount: try Amount(x), unit: nil, note: nil,
                    source: value.vintage == nil ? "FRED" : "ALFRED", published: published, period: period)
                rows.append((row, "\(path): \(value.place)"))
            }
        }
        // Series by series, periods in order, vintages in order within a period.
        func key(_ row: RowFigure) -> (String, Int, Int64) {
            (row.series, row.canonicalPeriod?.start.daysSinceEpoch ?? 0, row.published?.sortKey ?? 0)
        }
        rows.sort { key($0.row) < key($1.row) }

        var options = CSVImportOptions()
        options.catalog = SeriesCatalog(series: catalog)
        let now = store.clock()
        try store.writeOrRollBack(commit: !dryRun, foreignKeys: false) { db in
            var writer = try BulkWriter(db: db, options: options, now: now, recordedAt: RecordingTime.micros(now))
            writer.currentEqualIsUnchanged = true
            for (n, (row, place)) in rows.enumerated() {
                // Vintages are revisions dated by ALFRED: decided as any dated figure is.
                writer.currentEqualIsUnchanged = row.source == "FRED"
                try writer.store(row, line: n + 1, at: place, counts: &report.counts)
            }
            try writer.finish()
            // A series file alone (no values) still creates its series.
            for series in catalog where try Store.seriesID(db, code: series.code) == nil {
                try Store.insertSeries(db, series, now: RecordingTime.text(now))
                writer.created.append(series.code)
            }
            report.createdSeries = writer.created
        }
        return report
    }

    /// The series FRED describes.
    private func series(_ info: FREDFile.SeriesInfo, frequency: Frequency) throws -> Series {
        let code = prefix + info.id
        try SeriesCode.validate(code)
        var unit = (info.units ?? "value").replacingOccurrences(of: " ", with: "_")
        if unit.count > 40 { unit = String(unit.prefix(40)) }
        var note: [String] = []
        if let units = info.units { note.append("Units: \(units)") }
        if let text = info.frequencyText, frequency == .irregular { note.append("Frequency: \(text)") }
        if let adjustment = info.seasonalAdjustment { note.append("Seasonal adjustment: \(adjustment)") }
        if let release = info.release { note.append("Release: \(release)") }
        if let notes = info.notes { note.append(notes) }
        return Series(
            code: code, measure: measure, unit: unit, frequency: frequency, titleEn: info.title, indicator: "fred:\(info.id)",
            source: info.source ?? "FRED, Federal Reserve Bank of St. Louis", note: note.isEmpty ? nil : note.joined(separator: "\n"))
    }
}
