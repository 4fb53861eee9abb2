/// Writes the current figures of chosen series as CSV, in one of four layouts, streaming.
///
/// Memory is bounded by one series (long, wide, SDMX) or one period row (by-period) plus the list
/// of chosen series and, for the wide layouts, the list of periods; the whole export reads one
/// consistent snapshot of the store. Nothing is written when the selection or options are wrong.
///
/// ```swift
/// let sink = try OutputSink.atomicFile("figures.csv")
/// try CSVExport(SeriesSelection(match: "ru_kz.*"), options: ExportOptions(layout: .wide, dialect: .excelRU))
///     .write(from: store, to: sink)
/// try sink.commit()
/// ```
public struct CSVExport: Sendable {
    public var selection: SeriesSelection
    public var options: ExportOptions

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
            let chosen = try Store.exportedSeries(db, selection)
            let context = ExportContext(db: db, storePath: store.path, options: options, sink: sink)
            if options.dialect.byteOrderMark { try sink.write(bytes: CSVDialect.byteOrderMarkBytes) }
            switch options.layout {
            case .long: try LongLayout(context: context).write(chosen)
            case .wide: try WideLayout(context: context).write(chosen)
            case .byPeriod: try ByPeriodLayout(context: context).write(chosen)
            case .sdmx: try SDMXLayout(context: context).write(chosen)
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
