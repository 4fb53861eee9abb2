/// A row per series and a column per period, the World Bank layout:
/// `series,[title],unit,field,<period>,<period>,…`.
///
/// Each series has a `value` row. A series with approximate figures also has a `qualifier` row,
/// one with bounds or ranges `qualifier`, `low` and `high` rows, so that a bound is never read as an
/// exact number. The unit cell names the scale when values are scaled (`USD, billions`).
struct WideLayout {
    let context: ExportContext

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        let index = try ExportPeriods(context, chosen)
        var header = ["series"]
        if context.hasTitles { header.append("title") }
        header += ["unit", "field"]
        var headerCells = header.map { CSVWriter.Cell.text($0) }
        headerCells += index.periods.map(context.period)
        try context.write(headerCells)
        var position = 0
        try chosen.forEach { item in
            let detail = index.detail(at: position)
            position += 1
            let series = item.series
            var figures: [Period: Observation] = [:]
            for o in try context.current(item) { figures[o.period] = o }
            let byColumn = index.periods.map { figures[$0] }
            for field in detail.fields {
                var cells: [CSVWriter.Cell] = [.text(series.code)]
                if context.hasTitles { cells.append(context.title(series)) }
                cells += [.text(context.unitLabel(series.unit)), .text(field.rawValue)]
                cells += byColumn.map { field.cell($0, context) }
                try context.write(cells)
            }
        }
    }
}
