/// One row per current observation:
/// `series,[title],period,value,unit,[scale],qualifier,low,high,note,source,document,published,recorded_at,[sentence]`.
///
/// `title` appears with ``ExportOptions/titles``, `scale` when values are scaled, `sentence` with
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
        return context.options.sentences ? names + ["sentence"] : names
    }

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        try context.writeHeader(columns)
        try chosen.forEach { item in
            let series = item.series
            let title = context.title(series)
            for o in try context.current(item) {
                var cells: [CSVWriter.Cell] = [.text(series.code)]
                if context.hasTitles { cells.append(title) }
                cells += [context.period(o.period), context.value(o.amount?.value), .text(series.unit)]
                if context.isScaled { cells.append(.text(context.options.scale.rawValue)) }
                cells += [
                    .text(o.amount?.qualifier.rawValue), context.value(o.amount?.low), context.value(o.amount?.high), .text(o.note),
                    .text(o.source), .text(o.document), context.publicationTime(o.published), .text(o.recordedAt),
                ]
                if context.options.sentences { cells.append(.text(o.sentence)) }
                try context.write(cells)
            }
        }
    }
}
