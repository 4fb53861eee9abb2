/// Writes the current figures of chosen series as CSV, in one of four layouts, streaming.
///
/// Memory is bounded by one series (long, wide, SDMX) or one period row (by-period), plus the list
/// of periods and a few bytes per series for the wide layouts; series are streamed from the store,
/// and the whole export reads one consistent snapshot of it. Nothing is written when the selection or options are wrong.
///
/// ```swift
/// let sink = try OutputSink.atomicFile("figures.csv")
/// try CSVExport(SeriesSelection(match: "ru_kz.*"), options: ExportOptions(layout: .wide, dialect: .excelRU))
///     .write(from: store, to: sink)
/// try sink.commit()
/// ```
public struct CSVExport: Sendable {
    /// The series to export.
    public var selection: SeriesSelection
    /// Layout, dialect, scale, periods, titles and as-of.
    public var options: ExportOptions

    /// An export of `selection` (every series by default) with `options`.
    public init(_ selection: SeriesSelection = .all, options: ExportOptions = ExportOptions()) {
        self.selection = selection
        self.options = options
    }

    /// Writes the export to `sink` (the caller commits it).
    ///
    /// - Throws: ``ExportError`` for options that do not go together or a pattern that matches
    ///   nothing, ``SeriesError/unknown(_:)`` for an unknown code — both before anything is
    ///   written —, ``OutputError`` and ``StoreError`` while writing.
    public func write(from store: Store, to sink: OutputSink) throws {
        try options.dialect.validate()
        try store.exportSnapshot { db in
            let chosen = try Store.ExportedSeriesSource(db, selection, asOf: options.asOf, path: store.path)
            let context = ExportContext(db: db, storePath: store.path, options: options, sink: sink)
            if options.dialect.byteOrderMark, options.layout != .sdmxML { try sink.write(bytes: CSVDialect.byteOrderMarkBytes) }
            switch options.layout {
            case .long: try LongLayout(context: context).write(chosen)
            case .wide: try WideLayout(context: context).write(chosen)
            case .byPeriod: try ByPeriodLayout(context: context).write(chosen)
            case .sdmxCSV, .sdmx: try SDMXLayout(context: context).write(chosen)
            case .sdmxML: try SDMXMLLayout(context: context).write(chosen)
            }
        }
    }
}

extension Store {
    /// Writes the current figures of `selection` as CSV to `sink`; see ``CSVExport``.
    public func export(_ selection: SeriesSelection = .all, options: ExportOptions = ExportOptions(), to sink: OutputSink) throws {
        try CSVExport(selection, options: options).write(from: self, to: sink)
    }
}
