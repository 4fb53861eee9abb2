/// One row per current observation:
/// `series,[title],period,value,unit,[scale],qualifier,low,high,note,source,document,published,recorded_at,[sentence,reports]`.
///
/// `title` appears with ``ExportOptions/titles``, `scale` when values are scaled, `sentence` (the
/// first report's) and `reports` (how many documents reported the figure) with
/// ``ExportOptions/sentences``. Bounds keep their
/// bound in `value` and in `low` or `high`; a range has an empty `value` and both limits.
struct LongLayout {
    let context: ExportContext

    var columns: [String] {
        var names = ["series"]
        if context.hasTitles { names.append("title") }
        names += ["period", "value", "unit"]
        if context.isScaled { names.append("scale") }
        names += ["qualifier", "low", "high", "note", "source", "document", "published", "recorded_at"]
        return context.options.sentences ? names + ["sentence", "reports"] : names
    }

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        try context.writeHeader(columns)
        // One array of cells for every row, emptied and refilled (no temporary arrays per row).
        var cells: [CSVWriter.Cell] = []
        cells.reserveCapacity(columns.count)
        try chosen.forEach { item in
            let series = item.series
            let title = context.title(series)
            let otherReports = context.options.sentences ? try Store.otherSourceCounts(context.db, seriesID: item.id) : [:]
            for o in try context.current(item) {
                cells.removeAll(keepingCapacity: true)
                cells.append(.text(series.code))
                if context.hasTitles { cells.append(title) }
                cells.append(context.period(o.period))
                cells.append(context.value(o.amount?.value))
                cells.append(.text(series.unit))
                if context.isScaled { cells.append(.text(context.options.scale.rawValue)) }
                cells.append(.text(o.amount?.qualifier.rawValue))
                cells.append(context.value(o.amount?.low))
                cells.append(context.value(o.amount?.high))
                cells.append(.text(o.note))
                cells.append(.text(o.source))
                cells.append(.text(o.document))
                cells.append(context.publicationTime(o.published))
                cells.append(.text(o.recordedAt))
                if context.options.sentences {
                    cells.append(.text(o.sentence))
                    let others =
                        otherReports.isEmpty ? 0 : otherReports[Store.sourceKey(o.period.description, o.published, o.recordedAt)] ?? 0
                    cells.append(.number(Double(o.document == nil && o.source == nil ? others : 1 + others)))
                }
                try context.write(cells)
            }
        }
    }
}
