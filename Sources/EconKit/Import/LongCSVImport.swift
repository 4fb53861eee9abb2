/// Reads a long CSV — one figure per row — into the store, all rows or none.
///
/// Required columns: `series, period`, and `value` (or `low`/`high` for a range). Optional:
/// `qualifier, low, high, unit, note, source, published`. Other columns are ignored. Values are in
/// base units. A row whose series does not exist, or whose unit differs from the series', is an error.
public struct LongCSVImport {
    public var path: String

    public init(path: String) { self.path = path }

    /// Counts of what an import did.
    public struct Summary: Sendable, Equatable {
        public var new = 0
        public var unchanged = 0
        public var revisions = 0
        public var total: Int { new + unchanged + revisions }
    }

    /// Parses every row, then stores them in one transaction.
    ///
    /// - Throws: ``ImportError/invalidRows(file:rows:)`` listing every bad row (nothing is written),
    ///   or a store error.
    public func run(into store: Store) throws -> Summary {
        var reader = try CSVReader(path: path)
        guard let header = try reader.next() else { throw ImportError.invalidFile(path, reason: "the file is empty") }
        let columns = Dictionary(
            header.fields.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { a, _ in a })
        for required in ["series", "period"] where columns[required] == nil {
            throw ImportError.invalidRow(
                file: path, line: header.line, reason: "no '\(required)' column (a long CSV has series, period, value …)")
        }
        var figures: [NewObservation] = []
        var lines: [Int] = []
        var givenUnits: [String?] = []
        var problems: [ImportRowProblem] = []
        while let record = try reader.next() {
            func cell(_ name: String) -> String? {
                guard let i = columns[name], i < record.fields.count else { return nil }
                let text = record.fields[i]
                return text.isEmpty ? nil : text
            }
            do {
                figures.append(try Self.figure(cell: cell))
                lines.append(record.line)
                givenUnits.append(cell("unit"))
            } catch let error as any CategorizedError {
                problems.append(ImportRowProblem(line: record.line, reason: error.description))
            }
        }
        // Series existence and units need the store: check them before writing anything.
        var seriesUnits: [String: String?] = [:]
        for (i, figure) in figures.enumerated() {
            if seriesUnits[figure.series] == nil { seriesUnits[figure.series] = .some(try store.series(figure.series)?.unit) }
            guard let unit = seriesUnits[figure.series] ?? nil else {
                problems.append(ImportRowProblem(line: lines[i], reason: SeriesError.unknown(figure.series).description))
                continue
            }
            if let given = givenUnits[i], given != unit {
                problems.append(
                    ImportRowProblem(line: lines[i], reason: "unit '\(given)' differs from the unit of series '\(figure.series)', \(unit)"))
            }
        }
        if !problems.isEmpty { throw ImportError.invalidRows(file: path, rows: problems.sorted { $0.line < $1.line }) }
        var summary = Summary()
        for outcome in try store.record(figures) {
            switch outcome {
            case .new: summary.new += 1
            case .unchanged: summary.unchanged += 1
            case .revision, .olderRevision: summary.revisions += 1
            }
        }
        return summary
    }

    static func figure(cell: (String) -> String?) throws -> NewObservation {
        guard let series = cell("series") else { throw RowError("series is empty") }
        guard let periodText = cell("period") else { throw RowError("period is empty") }
        let period = try Period(parsing: periodText)
        let qualifierText = cell("qualifier") ?? "exact"
        guard let qualifier = Qualifier(token: qualifierText) else {
            throw RowError("qualifier '\(qualifierText)' is not one of \(Qualifier.tokenList)")
        }
        let amount: Amount
        if qualifier == .range {
            guard let low = cell("low"), let high = cell("high") else { throw AmountError.rangeNeedsBounds }
            amount = try Amount(rangeFrom: DecimalText.parse(low), to: DecimalText.parse(high))
        } else {
            guard let value = cell("value") else { throw AmountError.missingValue(qualifier) }
            amount = try Amount(DecimalText.parse(value), qualifier)
        }
        return NewObservation(
            series: series, period: period, amount: amount, published: try cell("published").map { try PublicationTime(parsing: $0) },
            source: cell("source"), note: cell("note"))
    }
}

/// A problem with one row, reported with the row's line by the importer.
struct RowError: CategorizedError {
    var description: String
    var category: ErrorCategory { .dataError }
    init(_ description: String) { self.description = description }
}
