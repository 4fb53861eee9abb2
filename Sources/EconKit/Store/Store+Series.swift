import EconModel

extension Store {
    /// Creates a series.
    ///
    /// - Throws: ``SeriesError`` when the code or unit is invalid, the code exists, or `accumulates`
    ///   does not name an existing flow series of the same unit; ``StoreError`` on store failures.
    public func addSeries(_ series: Series) throws {
        try SeriesCode.validate(series.code)
        try Self.validateUnit(series.unit)
        let now = recordingTime()
        try write { db in
            if try Self.seriesID(db, code: series.code) != nil { throw SeriesError.alreadyExists(series.code) }
            if let flow = series.accumulates {
                try Self.checkAccumulates(db, stock: series, flow: flow)
            }
            try Self.insertSeries(db, series, now: now)
        }
    }

    /// The series with `code`, or `nil`.
    public func series(_ code: String) throws -> Series? {
        try read { db in try Self.fetchSeries(db, code: code) }
    }

    /// Every series, ordered by code.
    public func allSeries() throws -> [Series] {
        try read { db in
            try db.rows("SELECT \(Self.seriesColumns) FROM series ORDER BY code") { try Self.series(from: $0) }
        }
    }

    /// Number of current (not retracted) values and the first and last period of a series.
    public func coverage(of code: String) throws -> (count: Int, first: Period?, last: Period?) {
        let periods = try observations(code).map(\.period)
        return (periods.count, periods.first, periods.last)
    }

    static func validateUnit(_ unit: String) throws(SeriesError) {
        let bad = unit.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == " " }
        guard !unit.isEmpty, unit.count <= 40, !bad else { throw .invalidUnit(unit) }
    }

    static func checkAccumulates(_ db: any StoreConnection, stock: Series, flow code: String) throws {
        func fail(_ reason: String) -> SeriesError { .badAccumulates(stock: stock.code, flow: code, reason: reason) }
        guard stock.measure == .stock else { throw fail("only a stock accumulates a flow; '\(stock.code)' is a flow") }
        guard let flow = try fetchSeries(db, code: code) else { throw fail("there is no series '\(code)'; add the flow first") }
        guard flow.measure == .flow else { throw fail("'\(code)' is a stock, not a flow") }
        guard flow.unit == stock.unit else { throw fail("units differ (\(stock.unit) vs \(flow.unit))") }
    }

    static func seriesID(_ db: any StoreConnection, code: String) throws -> Int64? {
        try db.int64("SELECT id FROM series WHERE code = ?", [code])
    }

    static func fetchSeries(_ db: any StoreConnection, code: String) throws -> Series? {
        try fetchSeriesAndID(db, code: code)?.series
    }

    /// The series with `code` and its row id, in one query.
    static func fetchSeriesAndID(_ db: any StoreConnection, code: String) throws -> (id: Int64, series: Series)? {
        try db.firstRow("SELECT \(seriesColumns) FROM series WHERE code = ?", [code]) { (id: $0.int64(0), series: try series(from: $0)) }
    }

    /// The columns ``series(from:)`` reads, in its order.
    static let seriesColumns =
        "id, code, title_en, title_ru, indicator, measure, unit, frequency, area, counterpart, accumulates, source, note"

    /// A series from a row of ``seriesColumns``.
    static func series(from row: any SQLColumns) throws -> Series {
        let code = row.text(1) ?? ""
        guard let measure = Measure(rawValue: row.text(5) ?? ""), let frequency = Frequency(rawValue: row.text(7) ?? "") else {
            throw StoreError.invalidStoredValue(path: "store", detail: "series '\(code)' has an unknown measure or frequency")
        }
        return Series(
            code: code, measure: measure, unit: row.text(6) ?? "", frequency: frequency, titleEn: row.text(2),
            titleRu: row.text(3), indicator: row.text(4), area: row.text(8), counterpart: row.text(9),
            accumulates: row.text(10), source: row.text(11), note: row.text(12))
    }
}

extension Store {
    /// Adds each series the store lacks, in order, in one transaction; a series that exists must
    /// agree on measure, unit and frequency.
    ///
    /// - Returns: how many were added.
    public func addMissingSeries(_ list: [Series]) throws -> Int {
        for series in list {
            try SeriesCode.validate(series.code)
            try Self.validateUnit(series.unit)
        }
        let now = recordingTime()
        return try write { db in
            var added = 0
            for series in list {
                if let existing = try Self.fetchSeries(db, code: series.code) {
                    let differences = [
                        existing.measure != series.measure ? "measure \(existing.measure.rawValue) ≠ \(series.measure.rawValue)" : nil,
                        existing.unit != series.unit ? "unit \(existing.unit) ≠ \(series.unit)" : nil,
                        existing.frequency != series.frequency
                            ? "frequency \(existing.frequency.rawValue) ≠ \(series.frequency.rawValue)" : nil,
                    ].compactMap { $0 }
                    if !differences.isEmpty {
                        throw ImportError.seriesMismatch(code: series.code, reason: differences.joined(separator: ", "))
                    }
                    continue
                }
                if let flow = series.accumulates { try Self.checkAccumulates(db, stock: series, flow: flow) }
                try Self.insertSeries(db, series, now: now)
                added += 1
            }
            return added
        }
    }

    /// Inserts a series; returns its id.
    @discardableResult
    static func insertSeries(_ db: any StoreConnection, _ series: Series, now: String) throws -> Int64 {
        try db.int64(
            """
            INSERT INTO series (code, title_en, title_ru, indicator, measure, unit, frequency, area,
              counterpart, accumulates, source, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                series.code, series.titleEn, series.titleRu, series.indicator, series.measure.rawValue,
                series.unit, series.frequency.rawValue, series.area, series.counterpart, series.accumulates,
                series.source, series.note, now,
            ]) ?? 0
    }
}
