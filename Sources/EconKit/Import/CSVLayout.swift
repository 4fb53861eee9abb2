/// How a CSV file holds its figures, and how a row turns into figures.
public enum CSVLayout: String, CaseIterable, Sendable {
    /// One figure per row: `series, period, value` (+ `qualifier, low, high, unit, note, source, published`).
    case long
    /// Periods as column headers (World Bank WDI, `econ export --layout wide`).
    case wide
    /// Id columns, a period column and value columns (`firm, year, invest, value, capital`); with no
    /// id columns, a period column and a column per series (`econ export --layout by-period`).
    case panel
}

/// A figure read from a row, before the store is consulted.
struct RowFigure {
    var series: String
    var periodText: String
    var amount: Amount
    var unit: String?
    var note: String?
    var source: String?
    var published: PublicationTime?
}

/// The columns of a file, resolved against the import options.
struct CSVColumns {
    let layout: CSVLayout
    let header: [String]
    let index: [String: Int]
    let seriesColumn: String
    let periodColumn: String
    let valueColumn: String
    /// Wide: (column index, period).
    let periodColumns: [(Int, Period)]
    /// Panel: (column index, header).
    let valueColumns: [(Int, String)]
    let template: SeriesTemplate?
    /// Columns nothing reads, listed once to the user.
    let ignored: [String]
    /// Positions of the named columns, looked up once rather than per cell.
    private let at: (series: Int?, period: Int?, value: Int?, qualifier: Int?, low: Int?, high: Int?, unit: Int?, note: Int?, source: Int?, published: Int?)

    static let longOptional = ["qualifier", "low", "high", "unit", "note", "source", "published", "document", "recorded_at", "scale"]

    init(header raw: [String], file: String, options: CSVImportOptions) throws {
        let header = raw.map { CSVCells.unguarded(CSVCells.trimmed($0)) }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        self.header = header
        self.index = index
        seriesColumn = options.seriesColumn
        valueColumn = options.valueColumn
        let template = try options.seriesTemplate.map { try SeriesTemplate($0) }
        let headerPeriods = header.enumerated().compactMap { i, name in PeriodReading.headerPeriod(name).map { (i, $0) } }
        let periodColumn =
            options.periodColumn ?? (["period", "year", "date", "time", "TIME_PERIOD"].first { index[$0] != nil } ?? "period")
        self.periodColumn = periodColumn

        let looksLong = index[seriesColumn] != nil || template != nil
        let hasValue = index[valueColumn] != nil || (index["low"] != nil && index["high"] != nil)
        let detected: CSVLayout? =
            if looksLong && index[periodColumn] != nil && hasValue && options.valueColumns == nil {
                .long
            } else if !headerPeriods.isEmpty && index[periodColumn] == nil { .wide } else if index[periodColumn] != nil { .panel } else {
                nil
            }
        guard let layout = options.layout ?? detected else {
            throw ImportError.layout(
                file: file,
                reason:
                    "cannot tell the layout: no 'series, period, value' columns (long), no period headers such as 2024 (wide), no period column (panel); name it with --layout and the column options"
            )
        }
        if let named = options.layout, let detected, named != detected {
            throw ImportError.layout(
                file: file,
                reason:
                    "the file looks like layout '\(detected.rawValue)', not '\(named.rawValue)'; use --layout \(detected.rawValue) or name the columns"
            )
        }
        self.layout = layout

        var used = Set<Int>()
        func require(_ name: String, _ what: String) throws -> Int {
            guard let i = index[name] else {
                throw ImportError.layout(
                    file: file, reason: "no '\(name)' column for the \(what) (columns: \(header.joined(separator: ", ")))")
            }
            used.insert(i)
            return i
        }
        switch layout {
        case .long:
            if template == nil { _ = try require(seriesColumn, "series code") }
            _ = try require(periodColumn, "period")
            if let i = index[valueColumn] { used.insert(i) }
            for name in Self.longOptional { if let i = index[name] { used.insert(i) } }
            periodColumns = []
            valueColumns = []
        case .wide:
            guard !headerPeriods.isEmpty else {
                throw ImportError.layout(file: file, reason: "a wide file needs period headers such as 2024 or 2024-Q1")
            }
            periodColumns = headerPeriods
            used.formUnion(headerPeriods.map(\.0))
            if template == nil { _ = try require(seriesColumn, "series code (or give --series '{Indicator Code}.{Country Code}')") }
            valueColumns = []
        case .panel:
            let periodIndex = try require(periodColumn, "period")
            var values: [(Int, String)] = []
            if let names = options.valueColumns {
                for name in names { values.append((try require(name, "values"), name)) }
            } else {
                values = header.enumerated().filter {
                    $0.offset != periodIndex && !["unit", "note", "source", "published"].contains($0.element)
                }.map { ($0.offset, $0.element) }
            }
            used.formUnion(values.map(\.0))
            valueColumns = values
            periodColumns = []
            let ids = header.enumerated().filter { !used.contains($0.offset) }.map(\.element)
            if template == nil && !ids.filter({ !["unit", "note", "source", "published"].contains($0) }).isEmpty {
                throw ImportError.layout(
                    file: file,
                    reason:
                        "panel id columns (\(ids.joined(separator: ", "))) need a series template, e.g. --series 'name.{\(ids[0])}.{column}'"
                )
            }
        }
        for name in template?.columns ?? [] where name != "column" { used.insert(try require(name, "series template")) }
        for name in ["unit", "note", "source", "published"] { if let i = index[name] { used.insert(i) } }
        self.template = template
        at = (
            index[seriesColumn], index[periodColumn], index[valueColumn], index["qualifier"], index["low"], index["high"], index["unit"],
            index["note"], index["source"], index["published"]
        )
        ignored = header.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
    }

    /// The figures in one record; missing values are skipped.
    func figures(_ fields: [String], delimiter: UInt8, scale: Int) throws -> [RowFigure] {
        func cell(_ position: Int?) -> String? {
            guard let i = position, i < fields.count else { return nil }
            let text = CSVCells.unguarded(CSVCells.trimmed(fields[i]))
            return text.isEmpty ? nil : text
        }
        func named(_ name: String) -> String? { cell(index[name]) }
        func number(_ text: String) throws -> Double { try CSVCells.number(text, delimiter: delimiter, scale: scale) }
        func series(valueColumn: String?) throws -> String {
            // Validated once per series by the writer.
            return template?.code(cell: named, valueColumn: valueColumn) ?? cell(at.series) ?? valueColumn ?? ""
        }
        let published = try cell(at.published).map { try PublicationTime(parsing: $0) }
        let unit = cell(at.unit), note = cell(at.note), source = cell(at.source)
        func figure(series: String, period: String, amount: Amount) -> RowFigure {
            RowFigure(series: series, periodText: period, amount: amount, unit: unit, note: note, source: source, published: published)
        }
        switch layout {
        case .long:
            guard let period = cell(at.period) else { throw RowError("the period is empty") }
            let qualifierText = cell(at.qualifier) ?? "exact"
            guard let qualifier = Qualifier(token: qualifierText) else {
                throw RowError("qualifier '\(qualifierText)' is not one of \(Qualifier.tokenList)")
            }
            let amount: Amount
            if qualifier == .range {
                guard let low = cell(at.low), let high = cell(at.high) else { throw AmountError.rangeNeedsBounds }
                amount = try Amount(rangeFrom: number(low), to: number(high))
            } else {
                guard let value = cell(at.value), !CSVCells.isMissing(value) else { return [] }
                amount = try Amount(number(value), qualifier)
            }
            return [figure(series: try series(valueColumn: nil), period: period, amount: amount)]
        case .wide:
            let code = try series(valueColumn: nil)
            return try periodColumns.compactMap { i, period in
                guard i < fields.count, !CSVCells.isMissing(fields[i]) else { return nil }
                do {
                    return figure(series: code, period: period.description, amount: try Amount(number(fields[i])))
                } catch let error as any CategorizedError {
                    throw RowError("column \(header[i]): \(error.description)")
                }
            }
        case .panel:
            guard let period = cell(at.period) else { throw RowError("the period is empty") }
            return try valueColumns.compactMap { i, name in
                guard i < fields.count, !CSVCells.isMissing(fields[i]) else { return nil }
                do {
                    return figure(series: try series(valueColumn: name), period: period, amount: try Amount(number(fields[i])))
                } catch let error as any CategorizedError {
                    throw RowError("column \(name): \(error.description)")
                }
            }
        }
    }
}
