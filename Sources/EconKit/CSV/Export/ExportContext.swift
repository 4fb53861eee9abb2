import EconModel

/// What every layout needs while it writes: the snapshot it reads, the options, the row writer
/// and the sink. Lives only inside one read transaction.
struct ExportContext {
    let db: any StoreConnection
    let storePath: String
    let options: ExportOptions
    let writer: CSVWriter
    let sink: OutputSink
    /// Where rows go instead of the CSV sink: a sheet of a workbook (`econ export --format xlsx`
    /// in the wide, by-period and SDMX-CSV layouts).
    var sheet: XLSXRows?

    init(db: any StoreConnection, storePath: String, options: ExportOptions, sink: OutputSink) {
        self.db = db
        self.storePath = storePath
        self.options = options
        self.writer = options.dialect.writer
        self.sink = sink
    }

    /// The current figures of one series, in period order.
    func current(_ chosen: Store.ExportedSeries) throws -> [Observation] {
        try Store.currentObservations(db, chosen, asOf: options.asOf, path: storePath)
    }

    /// The current figure of one series for one period, if any.
    func current(seriesID: Int64, code: String, at period: Period) throws -> Observation? {
        try Store.currentObservation(db, seriesID: seriesID, code: code, period: period, asOf: options.asOf, path: storePath)
    }

    func write(_ cells: [CSVWriter.Cell]) throws {
        if let sheet { return sheet.write(cells) }
        try sink.write(row: cells, with: writer)
    }

    func writeHeader(_ names: [String]) throws {
        try write(names.map { .text($0) })
    }

    // MARK: - Cells

    /// A period as the options ask (see ``ExportOptions/PeriodStyle``).
    func period(_ period: Period) -> CSVWriter.Cell {
        switch options.periodStyle {
        case .written: .text(period.description)
        case .text: Self.keptAsText(period.description)
        case .start: .text(period.start.description)
        case .end: .text(period.end.description)
        }
    }

    /// A publication time: as stored, with the apostrophe of ``ExportOptions/PeriodStyle/text`` on
    /// months and days in that style.
    func publicationTime(_ text: String) -> CSVWriter.Cell {
        options.periodStyle == .text ? Self.keptAsText(text) : .text(text)
    }

    /// A value divided by the scale, exactly.
    func value(_ x: Double?) -> CSVWriter.Cell {
        .decimal(x.map(options.scale.text))
    }

    /// The unit cell of the wide layouts: the unit, and the scale when values are scaled (`USD, billions`).
    func unitLabel(_ unit: String) -> String {
        options.scale == .units ? unit : "\(unit), \(options.scale.rawValue)"
    }

    /// The series title in the chosen language (empty when the series has none in it).
    func title(_ series: Series) -> CSVWriter.Cell {
        switch options.titles {
        case .ru: .text(series.titleRu)
        case .en: .text(series.titleEn)
        case nil: .text(nil)
        }
    }

    var hasTitles: Bool { options.titles != nil }
    var isScaled: Bool { options.scale != .units }

    /// `YYYY-MM` and `YYYY-MM-DD`, which spreadsheets turn into dates, get a leading apostrophe.
    static func keptAsText(_ text: String) -> CSVWriter.Cell {
        looksLikeDate(text) ? .unguarded("'" + text) : .text(text)
    }

    static func looksLikeDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 7: return digits(0..<4) && b[4] == dash && digits(5..<7)
        case 10: return digits(0..<4) && b[4] == dash && digits(5..<7) && b[7] == dash && digits(8..<10)
        default: return false
        }
    }
}
