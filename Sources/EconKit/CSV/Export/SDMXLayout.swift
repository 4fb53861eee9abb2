/// SDMX-CSV 2.0 rows, one per current observation:
/// `STRUCTURE,STRUCTURE_ID,ACTION,SERIES,[TITLE],REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT,ECON_QUALIFIER,OBS_LOWER,OBS_UPPER,OBS_COMMENT,SOURCE`,
/// each row starting `dataflow,ECON:FIGURES(1.0),I` (the structure it follows, and "information").
///
/// `TIME_PERIOD` uses SDMX's forms (a half-year is `2024-S1`, a span of months `2025-01-01/P9M`);
/// `UNIT_MULT` is the power of ten of the scale. `OBS_STATUS` follows SDMX's CL_OBS_STATUS:
/// exact → `A` (normal value), approx → `E` (estimated value), bounds and ranges → `U` (low
/// reliability: only a limit is known); `ECON_QUALIFIER`, `OBS_LOWER` and `OBS_UPPER` keep the
/// exact meaning.
struct SDMXLayout {
    let context: ExportContext

    /// The `STRUCTURE_ID` cell: agency, flow id and version, as SDMX-CSV writes them.
    static let dataflow = "ECON:FIGURES(1.0)"

    var columns: [String] {
        var names = ["STRUCTURE", "STRUCTURE_ID", "ACTION", "SERIES"]
        if context.hasTitles { names.append("TITLE") }
        return names + [
            "REF_AREA", "COUNTERPART_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE", "UNIT_MULT", "ECON_QUALIFIER",
            "OBS_LOWER", "OBS_UPPER", "OBS_COMMENT", "SOURCE",
        ]
    }

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        try context.writeHeader(columns)
        let unitMultiplier = CSVWriter.Cell.number(Double(context.options.scale.exponent))
        try chosen.forEach { item in
            let series = item.series
            for o in try context.current(item) {
                guard let amount = o.amount else { continue }
                var cells: [CSVWriter.Cell] = [.text("dataflow"), .text(Self.dataflow), .text("I"), .text(series.code)]
                if context.hasTitles { cells.append(context.title(series)) }
                cells += [
                    .text(series.area), .text(series.counterpart), timePeriod(o.period), context.value(amount.value),
                    .text(Self.status(amount.qualifier)), .text(series.unit), unitMultiplier, .text(amount.qualifier.rawValue),
                    context.value(amount.low), context.value(amount.high), .text(o.note), .text(o.source),
                ]
                try context.write(cells)
            }
        }
    }

    /// SDMX CL_OBS_STATUS code for an econ qualifier.
    static func status(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: "A"
        case .approx: "E"
        case .moreThan, .atLeast, .lessThan, .atMost, .range: "U"
        }
    }

    /// SDMX reporting-period text: `2024`, `2024-S1`, `2024-Q3`, `2024-03`, `2025-11-06`, `2025-01-01/P9M`.
    static func sdmxPeriod(_ period: Period) -> String {
        switch period.kind {
        case .half(_, let half): return "\(period.description.prefix(4))-S\(half)"
        case .monthSpan(let fy, let fm, let ty, let tm):
            return "\(period.start)/P\((ty * 12 + tm) - (fy * 12 + fm) + 1)M"
        case .year, .quarter, .month, .day: return period.description
        }
    }

    func timePeriod(_ period: Period) -> CSVWriter.Cell {
        switch context.options.periodStyle {
        case .written: .text(Self.sdmxPeriod(period))
        case .text: ExportContext.keptAsText(Self.sdmxPeriod(period))
        case .start, .end: context.period(period)
        }
    }
}
