import GRDB

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
    /// which no layout writes).
    static func exportObservation(from s: RawStatement, series: String, path: String, times: inout TimeTexts) throws -> Observation {
        let periodText = s.text(0) ?? ""
        guard let period = Period(periodText) else {
            throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' has period '\(periodText)'")
        }
        var amount: Amount?
        if s.int64(1) == 0 {
            guard let qualifier = Qualifier(rawValue: s.text(2) ?? ""),
                let stored = try? Amount(value: s.double(3), qualifier: qualifier, low: s.double(4), high: s.double(5))
            else {
                throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' period \(periodText) has an inconsistent value")
            }
            amount = stored
        }
        let publishedKey = s.int64(6)
        guard let published = times.published(publishedKey) else {
            throw StoreError.invalidStoredValue(
                path: path, detail: "series '\(series)' period \(periodText) has publication key \(publishedKey)")
        }
        return Observation(
            series: series, period: period, amount: amount, published: published, recordedAt: times.recorded(s.int64(7)),
            source: s.text(8), note: s.text(9), document: s.text(10), sentence: s.text(11))
    }

    /// The current figure of each period of one series, in period order; retracted periods are left out.
    ///
    /// Rows arrive in key order (period text, then publication, then recording time), so the last
    /// revision of each period is its current one. Memory holds this one series. Read through the
    /// C API: an export decodes every current row.
    static func currentObservations(_ db: Database, _ chosen: ExportedSeries, asOf: PublicationTime?, path: String) throws
        -> [Observation]
    {
        var sql = revisionColumns + " WHERE o.series_id = ?"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.period, o.published, o.recorded_at"
        let s = try RawStatement(db, sql: sql)
        defer { s.reset() }
        s.bind(1, chosen.id)
        if let asOf { s.bind(2, asOf.endKey) }
        var current: [Observation] = []
        var times = TimeTexts()
        var last: (period: String, retracted: Bool)?
        var inOrder = true
        while try s.step() {
            let period = s.text(0) ?? ""
            let retracted = s.int64(1) != 0
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
        let s = try RawStatement(db, sql: sql)
        defer { s.reset() }
        s.bind(1, seriesID)
        s.bind(2, period.description)
        if let asOf { s.bind(3, asOf.endKey) }
        guard try s.step() else { return nil }
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
