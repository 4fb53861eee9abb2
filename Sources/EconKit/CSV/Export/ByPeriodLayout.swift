/// A row per period and a column per series: `period,<series>,<series>,…`.
///
/// Under the header, a `unit` row names each column's unit (with the scale when values are scaled)
/// and, with ``ExportOptions/titles``, a `title` row the series titles. A series with approximate
/// figures gets a `<series> [qualifier]` column too; one with bounds or ranges also
/// `<series> [low]` and `<series> [high]`. Each period row is read with one point lookup per
/// series, so memory holds one row (and the row id and code of each series).
struct ByPeriodLayout {
    let context: ExportContext

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        let index = try ExportPeriods(context, chosen, keepKeys: true)
        var header: [CSVWriter.Cell] = [.text("period")]
        var units: [CSVWriter.Cell] = [.text("unit")]
        var titles: [CSVWriter.Cell] = [.text("title")]
        var position = 0
        try chosen.forEach { item in
            let detail = index.detail(at: position)
            position += 1
            for field in detail.fields {
                let code = item.series.code
                header.append(.text(field == .value ? code : "\(code) [\(field.rawValue)]"))
                units.append(field == .qualifier ? .text(nil) : .text(context.unitLabel(item.series.unit)))
                if context.hasTitles { titles.append(field == .value ? context.title(item.series) : .text(nil)) }
            }
        }
        try context.write(header)
        try context.write(units)
        if context.hasTitles { try context.write(titles) }
        for period in index.periods {
            var cells: [CSVWriter.Cell] = [context.period(period)]
            for (key, detail) in zip(index.keys, index.details) {
                let figure = try context.current(seriesID: key.id, code: key.code, at: period)
                cells += detail.fields.map { $0.cell(figure, context) }
            }
            try context.write(cells)
        }
    }
}
