import CXLSXWriter
import Foundation

/// The current figures as a real Excel workbook (libxlsxwriter), for `econ export --format xlsx`:
///
/// - sheet **Observations**: a row per figure — series, title, period, value, unit, qualifier, low,
///   high, note, source, published — with values as numeric cells, periods as text, a publication
///   day as a date cell (months and years stay text), a bold frozen header and column widths;
/// - sheet **Series**: each series' metadata;
/// - with `charts`, sheet **Charts**: a native line chart per series of two figures or more.
///
/// In the wide, by-period and SDMX-CSV layouts (``ExportOptions/layout``) the Observations sheet
/// holds the rows those CSV layouts write, with numbers as numeric cells and, with
/// `--period-as start|end`, periods as date cells; charts go with the long layout.
///
/// The workbook is written in libxlsxwriter's constant-memory mode (rows stream to disk) into a
/// temporary file beside the destination, which replaces the destination only when complete.
public struct XLSXExport {
    public var selection: SeriesSelection
    public var options: ExportOptions
    public var charts: Bool

    public init(_ selection: SeriesSelection = .all, options: ExportOptions = ExportOptions(), charts: Bool = false) {
        self.selection = selection
        self.options = options
        self.charts = charts
    }

    static let columns = ["series", "title", "period", "value", "unit", "qualifier", "low", "high", "note", "source", "published"]
    static let widths: [Double] = [32, 40, 16, 18, 12, 11, 18, 18, 30, 30, 12]
    static let seriesColumns = [
        "series", "title_en", "title_ru", "indicator", "measure", "unit", "frequency", "area", "counterpart", "source", "note",
    ]

    /// Writes the workbook to `path`.
    ///
    /// - Throws: ``ExportError`` and ``SeriesError`` for a wrong selection (nothing written);
    ///   ``OutputError`` when the workbook cannot be written; ``StoreError``.
    public func write(from store: Store, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = folder + "/.econ-export-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        var settings = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 0)
        guard let workbook = workbook_new_opt(temporary, &settings) else {
            throw OutputError.cannotWrite(path: path, reason: "cannot create a workbook in \(folder)")
        }
        var closed = false
        defer { if !closed { _ = workbook_close(workbook) } }
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        let day = workbook_add_format(workbook)
        format_set_num_format(day, "yyyy-mm-dd")
        guard let observations = workbook_add_worksheet(workbook, "Observations"),
            let seriesSheet = workbook_add_worksheet(workbook, "Series")
        else { throw OutputError.cannotWrite(path: path, reason: "libxlsxwriter could not add a sheet") }
        let chartSheet = charts ? workbook_add_worksheet(workbook, "Charts") : nil
        for (k, width) in Self.widths.enumerated() { worksheet_set_column(observations, UInt16(k), UInt16(k), width, nil) }
        for k in Self.seriesColumns.indices { worksheet_set_column(seriesSheet, UInt16(k), UInt16(k), k == 0 ? 32 : 18, nil) }
        worksheet_freeze_panes(observations, 1, 0)
        worksheet_freeze_panes(seriesSheet, 1, 0)
        for (k, name) in Self.columns.enumerated() { worksheet_write_string(observations, 0, UInt16(k), name, bold) }
        for (k, name) in Self.seriesColumns.enumerated() { worksheet_write_string(seriesSheet, 0, UInt16(k), name, bold) }

        if options.layout != .long {
            guard !charts else { throw ExportError.chartsNeedLongLayout }
            try writeLayout(store, observations, seriesSheet, bold: bold, day: day)
            closed = true
            return try finish(workbook, temporary, path)
        }
        let scale = options.scale
        var row: UInt32 = 1
        var seriesRow: UInt32 = 1
        var chartRow: UInt32 = 0
        try store.exportSnapshot { db in
            let chosen = try Store.ExportedSeriesSource(db, selection, asOf: options.asOf, path: store.path)
            try chosen.forEach { item in
                let s = item.series
                Self.writeSeries(s, seriesSheet, seriesRow)
                seriesRow += 1
                let current = try Store.currentObservations(db, item, asOf: options.asOf, path: store.path).filter { $0.amount != nil }
                let first = row
                let unit = scale == .units ? s.unit : "\(s.unit), \(scale.rawValue)"
                for o in current {
                    guard let amount = o.amount else { continue }
                    worksheet_write_string(observations, row, 0, s.code, nil)
                    if let title = s.titleEn ?? s.titleRu { worksheet_write_string(observations, row, 1, title, nil) }
                    worksheet_write_string(observations, row, 2, o.period.description, nil)
                    if let value = amount.value { worksheet_write_number(observations, row, 3, Double(scale.text(value)) ?? value, nil) }
                    worksheet_write_string(observations, row, 4, unit, nil)
                    worksheet_write_string(observations, row, 5, amount.qualifier.rawValue, nil)
                    if let low = amount.low { worksheet_write_number(observations, row, 6, Double(scale.text(low)) ?? low, nil) }
                    if let high = amount.high { worksheet_write_number(observations, row, 7, Double(scale.text(high)) ?? high, nil) }
                    if let note = o.note { worksheet_write_string(observations, row, 8, note, nil) }
                    if let source = o.source { worksheet_write_string(observations, row, 9, source, nil) }
                    Self.writePublished(o.published, observations, row, 10, day)
                    row += 1
                }
                // A line chart of the series' values, from its own rows of the Observations sheet.
                if let chartSheet, current.count >= 2, let chart = workbook_add_chart(workbook, UInt8(LXW_CHART_LINE.rawValue)) {
                    let last = row
                    let series = chart_add_series(
                        chart, "=Observations!$C$\(first + 1):$C$\(last)", "=Observations!$D$\(first + 1):$D$\(last)")
                    chart_series_set_name(series, s.code)
                    chart_title_set_name(chart, s.titleEn ?? s.code)
                    chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
                    worksheet_insert_chart(chartSheet, chartRow, 0, chart)
                    chartRow += 16
                }
            }
        }
        closed = true
        try finish(workbook, temporary, path)
    }

    /// The Observations sheet in a CSV layout (its rows, typed), and the Series sheet.
    private func writeLayout(
        _ store: Store, _ observations: UnsafeMutablePointer<lxw_worksheet>, _ seriesSheet: UnsafeMutablePointer<lxw_worksheet>,
        bold: UnsafeMutablePointer<lxw_format>?, day: UnsafeMutablePointer<lxw_format>?
    ) throws {
        var options = self.options
        options.dialect = .standard  // cells, not text: no BOM, no apostrophes, '.' as the mark
        if options.periodStyle == .text { options.periodStyle = .written }
        let dates = options.periodStyle == .start || options.periodStyle == .end
        try store.exportSnapshot { db in
            let chosen = try Store.ExportedSeriesSource(db, selection, asOf: options.asOf, path: store.path)
            var context = ExportContext(db: db, storePath: store.path, options: options, sink: .memory())
            let rows = XLSXRows(observations, header: bold, dates: dates ? day : nil)
            context.sheet = rows
            switch options.layout {
            case .wide: try WideLayout(context: context).write(chosen)
            case .byPeriod: try ByPeriodLayout(context: context).write(chosen)
            case .sdmxCSV, .sdmx: try SDMXLayout(context: context).write(chosen)
            case .long, .sdmxML: throw ExportError.chartsNeedLongLayout
            }
            worksheet_set_column(observations, 0, 0, 32, nil)
            worksheet_set_column(observations, 1, UInt16(max(1, rows.widest - 1)), 14, nil)
            worksheet_freeze_panes(observations, 1, options.layout == .byPeriod ? 1 : 0)
            var seriesRow: UInt32 = 1
            try chosen.forEach { item in
                Self.writeSeries(item.series, seriesSheet, seriesRow)
                seriesRow += 1
            }
        }
    }

    /// A row of the Series sheet: the series' metadata in ``seriesColumns``' order.
    private static func writeSeries(_ s: Series, _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32) {
        let meta: [String?] = [
            s.code, s.titleEn, s.titleRu, s.indicator, s.measure.rawValue, s.unit, s.frequency.rawValue, s.area, s.counterpart, s.source,
            s.note,
        ]
        for (k, text) in meta.enumerated() {
            if let text { worksheet_write_string(sheet, row, UInt16(k), text, nil) }
        }
    }

    /// Closes the workbook and moves it into place.
    private func finish(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ temporary: String, _ path: String) throws {
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw OutputError.cannotWrite(path: path, reason: String(cString: lxw_strerror(status)))
        }
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            throw OutputError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// A publication day as a date cell; a month, a year or an instant as text.
    private static func writePublished(
        _ text: String, _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16,
        _ format: UnsafeMutablePointer<lxw_format>?
    ) {
        let parts = text.split(separator: "-")
        if text.count == 10, parts.count == 3, let y = Int32(parts[0]), let m = UInt8(parts[1]), let d = UInt8(parts[2]) {
            var date = lxw_datetime(year: Int32(y), month: Int32(m), day: Int32(d), hour: 0, min: 0, sec: 0)
            worksheet_write_datetime(sheet, row, column, &date, format)
        } else {
            worksheet_write_string(sheet, row, column, text, nil)
        }
    }
}

/// Rows of CSV cells written into a worksheet, typed: a number cell (`.number`, `.decimal`) as a
/// numeric cell, text as a string (without the apostrophe CSV keeps periods as text with), and, when
/// `dates` is given, a `YYYY-MM-DD` period as a date cell. The first row is the header, in bold.
final class XLSXRows {
    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    private let header: UnsafeMutablePointer<lxw_format>?
    private let dates: UnsafeMutablePointer<lxw_format>?
    private var row: UInt32 = 0
    /// The most cells any row had.
    private(set) var widest = 0

    init(_ sheet: UnsafeMutablePointer<lxw_worksheet>, header: UnsafeMutablePointer<lxw_format>?, dates: UnsafeMutablePointer<lxw_format>?)
    {
        self.sheet = sheet
        self.header = header
        self.dates = dates
    }

    func write(_ cells: [CSVWriter.Cell]) {
        widest = max(widest, cells.count)
        for (k, cell) in cells.enumerated() {
            let column = UInt16(k)
            let format = row == 0 ? header : nil
            switch cell {
            case .number(let x?):
                worksheet_write_number(sheet, row, column, x, format)
            case .decimal(let text?):
                if let x = Double(text) { worksheet_write_number(sheet, row, column, x, format) }
            case .text(let text?), .unguarded(let text?):
                if row > 0, let dates, let date = Self.day(text) {
                    var value = date
                    worksheet_write_datetime(sheet, row, column, &value, dates)
                } else {
                    worksheet_write_string(sheet, row, column, text, format)
                }
            default:
                break
            }
        }
        row += 1
    }

    /// `YYYY-MM-DD` as a date cell's value.
    static func day(_ text: String) -> lxw_datetime? {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let y = Int32(parts[0]), let m = Int32(parts[1]), let d = Int32(parts[2]) else {
            return nil
        }
        return lxw_datetime(year: y, month: m, day: d, hour: 0, min: 0, sec: 0)
    }
}
