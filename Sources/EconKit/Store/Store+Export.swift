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

    /// Resolves a selection: named codes first (in their order), then codes matching the pattern.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for a named code not in the store,
    ///   ``ExportError/noSeriesMatch(_:)`` for a pattern that matches nothing.
    static func exportedSeries(_ db: Database, _ selection: SeriesSelection) throws -> [ExportedSeries] {
        func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [ExportedSeries] {
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { ExportedSeries(id: $0["id"], series: try series(from: $0)) }
        }
        if selection.codes.isEmpty && selection.match == nil {
            return try fetch("SELECT * FROM series ORDER BY code", [])
        }
        var chosen: [ExportedSeries] = []
        var seen = Set<String>()
        for code in selection.codes where !seen.contains(code) {
            guard let found = try fetch("SELECT * FROM series WHERE code = ?", [code]).first else { throw SeriesError.unknown(code) }
            chosen.append(found)
            seen.insert(code)
        }
        if let pattern = selection.match {
            guard !pattern.isEmpty else { throw ExportError.emptyPattern }
            let matched = try fetch("SELECT * FROM series WHERE code GLOB ? ORDER BY code", [pattern])
            guard !matched.isEmpty else { throw ExportError.noSeriesMatch(pattern) }
            for found in matched where !seen.contains(found.series.code) {
                chosen.append(found)
                seen.insert(found.series.code)
            }
        }
        return chosen
    }

    private static let revisionColumns = """
        SELECT o.*, d.name AS document_name FROM observation o LEFT JOIN document d ON d.id = o.document_id
        """

    /// The current figure of each period of one series, in period order; retracted periods are left out.
    ///
    /// Rows arrive in key order (period text, then publication, then recording time), so the last
    /// revision of each period is its current one. Memory holds this one series.
    static func currentObservations(_ db: Database, _ chosen: ExportedSeries, asOf: PublicationTime?, path: String) throws
        -> [Observation]
    {
        var sql = revisionColumns + " WHERE o.series_id = ?"
        var arguments: StatementArguments = [chosen.id]
        if let asOf {
            sql += " AND o.published <= ?"
            arguments += [asOf.endText]
        }
        sql += " ORDER BY o.period, o.published, o.recorded_at"
        let statement = try db.cachedStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var current: [Observation] = []
        var last: (period: String, retracted: Bool)?
        var inOrder = true
        while let row = try cursor.next() {
            let period: String = row["period"]
            let retracted: Bool = row["retracted"]
            if let previous = last, previous.period == period {
                if !previous.retracted { current.removeLast() }
            }
            last = (period, retracted)
            if retracted { continue }
            let observation = try observation(from: row, series: chosen.series.code, path: path)
            if let previous = current.last, observation.period < previous.period { inOrder = false }
            current.append(observation)
        }
        // Text order is time order within one period form; an irregular series may mix forms.
        return inOrder ? current : current.enumerated().sorted { a, b in
            a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
        }.map(\.element)
    }

    /// The current figure of one series for one period, or `nil` when there is none (or it was retracted).
    static func currentObservation(_ db: Database, _ chosen: ExportedSeries, period: Period, asOf: PublicationTime?, path: String)
        throws -> Observation?
    {
        var sql = revisionColumns + " WHERE o.series_id = ? AND o.period = ?"
        var arguments: StatementArguments = [chosen.id, period.description]
        if let asOf {
            sql += " AND o.published <= ?"
            arguments += [asOf.endText]
        }
        sql += " ORDER BY o.published DESC, o.recorded_at DESC LIMIT 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) else { return nil }
        let observation = try observation(from: row, series: chosen.series.code, path: path)
        return observation.isRetraction ? nil : observation
    }
}
