/// How a CSV file holds its figures.
public enum CSVLayout: String, CaseIterable, Sendable {
    /// One figure per row: `series, period, value` (+ `qualifier, low, high, unit, note, source,
    /// published, scale`); also SDMX-CSV (`SERIES, TIME_PERIOD, OBS_VALUE, …`).
    case long
    /// Periods as column headers (World Bank WDI; `econ export --layout wide`, whose `field` column
    /// adds `qualifier`, `low` and `high` rows under a series' `value` row).
    case wide
    /// Id columns, a period column and value columns (`firm, year, invest, value, capital`); with no
    /// id columns, a period column and a column per series (`econ export --layout by-period`, with its
    /// `unit` and `title` rows and `[qualifier]`, `[low]`, `[high]` columns).
    case panel
}

/// A figure read from a row, before the store is consulted.
struct RowFigure: Sendable {
    var series: String
    var periodText: String
    /// The period when the text is in canonical form (the common case), parsed while reading the
    /// file, off the thread that stores; other forms are read against the series' frequency later.
    var canonicalPeriod: Period?
    var amount: Amount
    var unit: String?
    var note: String?
    var source: String?
    var published: PublicationTime?

    /// - Parameter period: the period already read, when the caller has it (its text is then
    ///   `period.description`, not parsed again).
    init(
        series: String, periodText: String, amount: Amount, unit: String?, note: String?, source: String?, published: PublicationTime?,
        period: Period? = nil
    ) {
        self.series = series
        self.periodText = periodText
        self.canonicalPeriod = period ?? Period(periodText)
        self.amount = amount
        self.unit = unit
        self.note = note
        self.source = source
        self.published = published
    }
}

/// The columns of a file, resolved against the import options once, from the header.
struct CSVColumns {
    let layout: CSVLayout
    let header: [String]
    let index: [String: Int]
    let template: SeriesTemplate?
    /// Wide: (column index, period).
    let periodColumns: [(Int, Period)]
    /// Panel: value columns with their qualifier, low and high columns.
    let valueGroups: [ValueGroup]
    /// Columns nothing reads, listed once to the user.
    let ignored: [String]
    /// Positions of the named columns, looked up once rather than per cell.
    let at: Positions

    struct Positions {
        var series, period, value, qualifier, low, high, unit, note, source, published, scale, field: Int?
    }

    struct ValueGroup {
        var value: Int
        var name: String
        var qualifier, low, high: Int?
    }

    /// Columns econ's exports write that carry nothing to import.
    static let knownExtras: Set<String> = [
        "sentence", "reports", "document", "recorded_at", "title", "DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "ACTION", "TITLE", "REF_AREA",
        "COUNTERPART_AREA", "OBS_STATUS",
    ]
    static let suffixes = (qualifier: " [qualifier]", low: " [low]", high: " [high]")

    init(header raw: [String], file: String, options: CSVImportOptions) throws {
        let header = raw.map { CSVCells.unguarded(CSVCells.trimmed($0)) }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        self.header = header
        self.index = index
        let template = try options.seriesTemplate.map { try SeriesTemplate($0) }
        self.template = template
        // SDMX-CSV names its columns its own way.
        let sdmx = (index["DATAFLOW"] != nil || index["STRUCTURE_ID"] != nil) && index["TIME_PERIOD"] != nil && index["OBS_VALUE"] != nil
        let seriesColumn = sdmx && options.seriesColumn == "series" ? "SERIES" : options.seriesColumn
        let valueColumn = sdmx && options.valueColumn == "value" ? "OBS_VALUE" : options.valueColumn
        let periodColumn =
            options.periodColumn ?? (["period", "year", "date", "time", "TIME_PERIOD"].first { index[$0] != nil } ?? "period")
        let names =
            sdmx
            ? ["ECON_QUALIFIER", "OBS_LOWER", "OBS_UPPER", "UNIT_MEASURE", "OBS_COMMENT", "SOURCE", "published", "UNIT_MULT"]
            : ["qualifier", "low", "high", "unit", "note", "source", "published", "scale"]
        let headerPeriods = header.enumerated().compactMap { i, name in PeriodReading.headerPeriod(name).map { (i, $0) } }

        let looksLong = index[seriesColumn] != nil || template != nil
        let hasValue = index[valueColumn] != nil || (index[names[1]] != nil && index[names[2]] != nil)
        let detected: CSVLayout? =
            if looksLong && index[periodColumn] != nil && hasValue && options.valueColumns == nil {
                .long
            } else if !headerPeriods.isEmpty && index[periodColumn] == nil {
                .wide
            } else if index[periodColumn] != nil {
                .panel
            } else {
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
        var periodColumns: [(Int, Period)] = []
        var groups: [ValueGroup] = []
        switch layout {
        case .long:
            if template == nil { _ = try require(seriesColumn, "series code") }
            _ = try require(periodColumn, "period")
            if let i = index[valueColumn] { used.insert(i) }
        case .wide:
            guard !headerPeriods.isEmpty else {
                throw ImportError.layout(file: file, reason: "a wide file needs period headers such as 2024 or 2024-Q1")
            }
            periodColumns = headerPeriods
            used.formUnion(headerPeriods.map(\.0))
            if template == nil { _ = try require(seriesColumn, "series code (or give --series '{Indicator Code}.{Country Code}')") }
            if let i = index["field"] { used.insert(i) }
        case .panel:
            let periodIndex = try require(periodColumn, "period")
            let metadata: Set<String> = ["unit", "note", "source", "published"]
            let candidates: [(Int, String)]
            if let chosen = options.valueColumns {
                candidates = try chosen.map { (try require($0, "values"), $0) }
            } else {
                candidates = header.enumerated().filter { $0.offset != periodIndex && !metadata.contains($0.element) }.map {
                    ($0.offset, $0.element)
                }
            }
            for (i, name) in candidates {
                let s = Self.suffixes
                if name.hasSuffix(s.qualifier) || name.hasSuffix(s.low) || name.hasSuffix(s.high) { continue }
                groups.append(
                    ValueGroup(
                        value: i, name: name, qualifier: index[name + s.qualifier], low: index[name + s.low], high: index[name + s.high]))
            }
            for g in groups { used.formUnion([g.value, g.qualifier, g.low, g.high].compactMap { $0 }) }
            let ids = header.enumerated().filter {
                !used.contains($0.offset) && !metadata.contains($0.element) && !Self.knownExtras.contains($0.element)
            }
            .map(\.element)
            if template == nil && !ids.isEmpty {
                throw ImportError.layout(
                    file: file,
                    reason:
                        "panel id columns (\(ids.joined(separator: ", "))) need a series template, e.g. --series 'name.{\(ids[0])}.{column}'"
                )
            }
        }
        self.periodColumns = periodColumns
        self.valueGroups = groups
        for name in template?.columns ?? [] where name != "column" { used.insert(try require(name, "series template")) }
        for name in names + ["field"] { if let i = index[name] { used.insert(i) } }
        for (i, name) in header.enumerated() where Self.knownExtras.contains(name) { used.insert(i) }
        at = Positions(
            series: index[seriesColumn], period: index[periodColumn], value: index[valueColumn], qualifier: index[names[0]],
            low: index[names[1]],
            high: index[names[2]], unit: index[names[3]], note: index[names[4]], source: index[names[5]], published: index[names[6]],
            scale: index[names[7]], field: layout == .wide ? index["field"] : nil)
        ignored = header.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
    }
}

/// Turns the records of a file into figures, keeping what spans rows: a wide series' `qualifier`,
/// `low` and `high` rows, and a by-period file's `unit` row.
struct CSVRowReader {
    let columns: CSVColumns
    let delimiter: UInt8
    let scale: Int
    /// Wide with a `field` column: the series' rows read so far (`value` first), and the line of its `value` row.
    private var pending: (fields: [String: [String]], line: Int)?
    /// Panel: unit and scale exponent per column, from a `unit` row.
    private var columnUnits: [Int: (unit: String, exponent: Int)] = [:]

    init(columns: CSVColumns, delimiter: UInt8, scale: Int) {
        self.columns = columns
        self.delimiter = delimiter
        self.scale = scale
    }

    /// An error in figures that belong to an earlier line (a wide series read over several rows).
    struct LineError: Error {
        var line: Int
        var fields: [String]
        var error: any Error
    }

    /// Reads one record; calls `emit` with each figure and the record it comes from (for a wide
    /// series read over several rows, its `value` row).
    mutating func read(_ record: CSVReader.Record, emit: (RowFigure, CSVReader.Record) throws -> Void) throws {
        let fields = record.fields
        switch columns.layout {
        case .long:
            if let figure = try longFigure(fields) { try emit(figure, record) }
        case .wide:
            guard let fieldIndex = columns.at.field else {
                for figure in try wideFigures(value: fields, extra: [:]) { try emit(figure, record) }
                return
            }
            let kind = cell(fields, fieldIndex) ?? "value"
            if kind == "value" {
                // This row waits for its qualifier, low and high rows whatever becomes of the one
                // before (an error there must not lose this one).
                let finished = pending
                pending = (["value": fields], record.line)
                try emitGroup(finished, emit: emit)
            } else if ["qualifier", "low", "high"].contains(kind), var group = pending {
                guard let valueRow = group.fields["value"], series(valueRow, valueColumn: nil) == series(fields, valueColumn: nil) else {
                    throw RowError("a '\(kind)' row must follow the 'value' row of its series")
                }
                group.fields[kind] = fields
                pending = group
            } else {
                throw RowError("field '\(kind)' is not one of value, qualifier, low, high")
            }
        case .panel:
            if let first = fields.first.map(CSVCells.trimmed), first == "unit" || first == "title", columns.at.period == 0 {
                if first == "unit" {
                    for (i, text) in fields.enumerated() where i > 0 && !text.isEmpty { columnUnits[i] = try CSVCells.unitAndScale(text) }
                }
                return
            }
            for figure in try panelFigures(fields) { try emit(figure, record) }
        }
    }

    /// Emits what is still waiting at the end of the file.
    mutating func finish(emit: (RowFigure, CSVReader.Record) throws -> Void) throws {
        let finished = pending
        pending = nil
        try emitGroup(finished, emit: emit)
    }

    /// The figures of a wide series read over several rows.
    private func emitGroup(_ group: (fields: [String: [String]], line: Int)?, emit: (RowFigure, CSVReader.Record) throws -> Void) throws {
        guard let group, let valueRow = group.fields["value"] else { return }
        do {
            let origin = CSVReader.Record(fields: valueRow, line: group.line)
            for figure in try wideFigures(value: valueRow, extra: group.fields) { try emit(figure, origin) }
        } catch {
            throw LineError(line: group.line, fields: valueRow, error: error)
        }
    }

    // MARK: - Cells

    private func cell(_ fields: [String], _ position: Int?) -> String? {
        guard let i = position, i < fields.count else { return nil }
        let text = CSVCells.unguarded(CSVCells.trimmed(fields[i]))
        return text.isEmpty ? nil : text
    }

    private func number(_ text: String, extraScale: Int = 0) throws -> Double {
        try CSVCells.number(text, delimiter: delimiter, scale: scale + extraScale)
    }

    private func series(_ fields: [String], valueColumn: String?) -> String {
        // Validated once per series by the writer.
        columns.template?.code(cell: { cell(fields, columns.index[$0]) }, valueColumn: valueColumn) ?? cell(fields, columns.at.series)
            ?? valueColumn ?? ""
    }

    /// An amount from value, qualifier, low and high cells; `nil` when there is no value at all.
    private func amount(value: String?, qualifier: String?, low: String?, high: String?, extraScale: Int) throws -> Amount? {
        let q: Qualifier
        if let qualifier {
            guard let token = Qualifier(token: qualifier) else {
                throw RowError("qualifier '\(qualifier)' is not one of \(Qualifier.tokenList)")
            }
            q = token
        } else {
            q = .exact
        }
        if q == .range {
            guard let low, let high else { throw AmountError.rangeNeedsBounds }
            return try Amount(rangeFrom: number(low, extraScale: extraScale), to: number(high, extraScale: extraScale))
        }
        guard let value, !CSVCells.isMissing(value) else { return nil }
        return try Amount(number(value, extraScale: extraScale), q)
    }

    private func common(_ fields: [String]) throws -> (
        unit: String?, exponent: Int, note: String?, source: String?, published: PublicationTime?
    ) {
        var exponent = 0
        if let text = cell(fields, columns.at.scale) { exponent = try CSVCells.scaleExponent(text) }
        var unit = cell(fields, columns.at.unit)
        if let text = unit, text.contains(",") {
            let parsed = try CSVCells.unitAndScale(text)
            unit = parsed.unit
            exponent += parsed.exponent
        }
        return (
            unit, exponent, cell(fields, columns.at.note), cell(fields, columns.at.source),
            try cell(fields, columns.at.published).map { try PublicationTime(parsing: $0) }
        )
    }

    // MARK: - Layouts

    private func longFigure(_ fields: [String]) throws -> RowFigure? {
        guard let period = cell(fields, columns.at.period) else { throw RowError("the period is empty") }
        let c = try common(fields)
        guard
            let amount = try amount(
                value: cell(fields, columns.at.value), qualifier: cell(fields, columns.at.qualifier), low: cell(fields, columns.at.low),
                high: cell(fields, columns.at.high), extraScale: c.exponent)
        else { return nil }
        return RowFigure(
            series: series(fields, valueColumn: nil), periodText: period, amount: amount, unit: c.unit, note: c.note, source: c.source,
            published: c.published)
    }

    private func wideFigures(value fields: [String], extra: [String: [String]]) throws -> [RowFigure] {
        let code = series(fields, valueColumn: nil)
        let c = try common(fields)
        return try columns.periodColumns.compactMap { i, period in
            do {
                guard
                    let amount = try amount(
                        value: cell(fields, i), qualifier: extra["qualifier"].flatMap { cell($0, i) },
                        low: extra["low"].flatMap { cell($0, i) },
                        high: extra["high"].flatMap { cell($0, i) }, extraScale: c.exponent)
                else { return nil }
                return RowFigure(
                    series: code, periodText: period.description, amount: amount, unit: c.unit, note: c.note, source: c.source,
                    published: c.published)
            } catch let error as any CategorizedError {
                throw RowError("column \(columns.header[i]): \(error.description)")
            }
        }
    }

    private func panelFigures(_ fields: [String]) throws -> [RowFigure] {
        guard let period = cell(fields, columns.at.period) else { throw RowError("the period is empty") }
        let c = try common(fields)
        return try columns.valueGroups.compactMap { g in
            do {
                let columnUnit = columnUnits[g.value]
                guard
                    let amount = try amount(
                        value: cell(fields, g.value), qualifier: cell(fields, g.qualifier), low: cell(fields, g.low),
                        high: cell(fields, g.high),
                        extraScale: c.exponent + (columnUnit?.exponent ?? 0))
                else { return nil }
                return RowFigure(
                    series: series(fields, valueColumn: g.name), periodText: period, amount: amount, unit: columnUnit?.unit ?? c.unit,
                    note: c.note,
                    source: c.source, published: c.published)
            } catch let error as any CategorizedError {
                throw RowError("column \(g.name): \(error.description)")
            }
        }
    }
}
