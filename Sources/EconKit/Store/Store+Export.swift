import GRDB
import GRDBSQLite

/// Streaming reads for CSV export: the selected series, then their current figures one series (or
/// one period) at a time, inside one read transaction so the export is a consistent snapshot.
extension Store {
    /// A series chosen for an export, with its row id for point lookups.
    struct ExportedSeries: Sendable {
        var id: Int64
        var series: Series
    }

    /// Runs `body` in one read transaction (a consistent snapshot of the store).
    func exportSnapshot<T>(_ body: (Database) throws -> T) throws -> T {
        try read(body)
    }

    /// The series of a selection, read as often as a layout needs: named codes first (in their
    /// order, checked up front), then codes matching the pattern in code order. Every series and
    /// matched series are streamed from the store, so memory never holds the series catalogue.
    struct ExportedSeriesSource {
        let db: Database
        let named: [ExportedSeries]
        let pattern: String?
        let everything: Bool

        /// Checks the selection before anything is written.
        ///
        /// - Throws: ``SeriesError/unknown(_:)`` for a named code not in the store,
        ///   ``ExportError/noSeriesMatch(_:)`` for a pattern that matches nothing.
        init(_ db: Database, _ selection: SeriesSelection) throws {
            self.db = db
            var named: [ExportedSeries] = []
            var seen = Set<String>()
            for code in selection.codes where !seen.contains(code) {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM series WHERE code = ?", arguments: [code]) else {
                    throw SeriesError.unknown(code)
                }
                named.append(ExportedSeries(id: row["id"], series: try Store.series(from: row)))
                seen.insert(code)
            }
            self.named = named
            self.pattern = selection.match
            self.everything = selection.codes.isEmpty && selection.match == nil
            if let pattern {
                guard !pattern.isEmpty else { throw ExportError.emptyPattern }
                let any = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM series WHERE code GLOB ?)", arguments: [pattern])
                guard any == true else { throw ExportError.noSeriesMatch(pattern) }
            }
        }

        /// Calls `body` with each chosen series, in export order.
        func forEach(_ body: (ExportedSeries) throws -> Void) throws {
            for item in named { try body(item) }
            let cursor: RowCursor
            if everything {
                cursor = try Row.fetchCursor(db, sql: "SELECT * FROM series ORDER BY code")
            } else if let pattern {
                cursor = try Row.fetchCursor(db, sql: "SELECT * FROM series WHERE code GLOB ? ORDER BY code", arguments: [pattern])
            } else {
                return
            }
            let namedCodes = Set(named.map(\.series.code))
            while let row = try cursor.next() {
                let item = ExportedSeries(id: row["id"], series: try Store.series(from: row))
                if !namedCodes.contains(item.series.code) { try body(item) }
            }
        }
    }

    /// The columns an export needs, in the order ``exportObservation(from:series:path:)`` reads them
    /// by position (by-name lookups were the largest single cost of a big export).
    private static let revisionColumns = """
        SELECT o.period, o.retracted, o.qualifier, o.value, o.low, o.high, o.published, o.recorded_at, o.source, o.note,
          d.name AS document_name, o.sentence
        FROM observation o LEFT JOIN document d ON d.id = o.document_id
        """

    /// An observation from the current row of a ``revisionColumns`` statement (without offsets,
    /// which no layout writes), read through SQLite's C API: an export decodes every current row.
    static func exportObservation(from s: OpaquePointer?, series: String, path: String, times: inout TimeTexts) throws -> Observation {
        func text(_ i: Int32) -> String? {
            sqlite3_column_type(s, i) == SQLITE_NULL ? nil : sqlite3_column_text(s, i).map { String(cString: $0) }
        }
        func double(_ i: Int32) -> Double? { sqlite3_column_type(s, i) == SQLITE_NULL ? nil : sqlite3_column_double(s, i) }
        let periodText = text(0) ?? ""
        guard let period = Period(periodText) else {
            throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' has period '\(periodText)'")
        }
        var amount: Amount?
        if sqlite3_column_int64(s, 1) == 0 {
            guard let qualifier = Qualifier(rawValue: text(2) ?? ""),
                let stored = try? Amount(value: double(3), qualifier: qualifier, low: double(4), high: double(5))
            else {
                throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' period \(periodText) has an inconsistent value")
            }
            amount = stored
        }
        let publishedKey = sqlite3_column_int64(s, 6)
        guard let published = times.published(publishedKey) else {
            throw StoreError.invalidStoredValue(
                path: path, detail: "series '\(series)' period \(periodText) has publication key \(publishedKey)")
        }
        return Observation(
            series: series, period: period, amount: amount, published: published, recordedAt: times.recorded(sqlite3_column_int64(s, 7)),
            source: text(8), note: text(9), document: text(10), sentence: text(11))
    }

    /// Steps `s`: `true` on a row, `false` when done.
    private static func step(_ s: OpaquePointer?, _ db: Database) throws -> Bool {
        let code = sqlite3_step(s)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    /// The current figure of each period of one series, in period order; retracted periods are left out.
    ///
    /// Rows arrive in key order (period text, then publication, then recording time), so the last
    /// revision of each period is its current one. Memory holds this one series.
    static func currentObservations(_ db: Database, _ chosen: ExportedSeries, asOf: PublicationTime?, path: String) throws
        -> [Observation]
    {
        var sql = revisionColumns + " WHERE o.series_id = ?"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.period, o.published, o.recorded_at"
        let s = try db.cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(s)
        defer { sqlite3_reset(s) }
        sqlite3_bind_int64(s, 1, chosen.id)
        if let asOf { sqlite3_bind_int64(s, 2, asOf.endKey) }
        var current: [Observation] = []
        var times = TimeTexts()
        var last: (period: String, retracted: Bool)?
        var inOrder = true
        while try step(s, db) {
            let period = sqlite3_column_text(s, 0).map { String(cString: $0) } ?? ""
            let retracted = sqlite3_column_int64(s, 1) != 0
            if let previous = last, previous.period == period {
                if !previous.retracted { current.removeLast() }
            }
            last = (period, retracted)
            if retracted { continue }
            let observation = try exportObservation(from: s, series: chosen.series.code, path: path, times: &times)
            if let previous = current.last, observation.period < previous.period { inOrder = false }
            current.append(observation)
        }
        // Text order is time order within one period form; an irregular series may mix forms.
        return inOrder
            ? current
            : current.enumerated().sorted { a, b in
                a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
            }.map(\.element)
    }

    /// The current figure of one series for one period, or `nil` when there is none (or it was retracted).
    static func currentObservation(_ db: Database, seriesID: Int64, code: String, period: Period, asOf: PublicationTime?, path: String)
        throws -> Observation?
    {
        var sql = revisionColumns + " WHERE o.series_id = ? AND o.period = ?"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.published DESC, o.recorded_at DESC LIMIT 1"
        let s = try db.cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(s)
        defer { sqlite3_reset(s) }
        sqlite3_bind_int64(s, 1, seriesID)
        _ = period.description.withCString { sqlite3_bind_text(s, 2, $0, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
        if let asOf { sqlite3_bind_int64(s, 3, asOf.endKey) }
        guard try step(s, db) else { return nil }
        var times = TimeTexts()
        let observation = try exportObservation(from: s, series: code, path: path, times: &times)
        return observation.isRetraction ? nil : observation
    }
}

/// The texts of the last publication and recording times seen: rows of one import share them, so
/// an export formats each once instead of once per row.
struct TimeTexts {
    private var publishedKey: Int64 = -1
    private var publishedText = ""
    private var recordedMicros: Int64 = .min
    private var recordedText = ""

    mutating func published(_ key: Int64) -> String? {
        if key != publishedKey {
            guard let time = PublicationTime(sortKey: key) else { return nil }
            (publishedKey, publishedText) = (key, time.text)
        }
        return publishedText
    }

    mutating func recorded(_ micros: Int64) -> String {
        if micros != recordedMicros { (recordedMicros, recordedText) = (micros, RecordingTime.text(micros: micros)) }
        return recordedText
    }
}
