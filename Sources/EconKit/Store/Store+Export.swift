import EconModel

/// Streaming reads for CSV export: the selected series, then their current figures one series (or
/// one period) at a time, inside one read transaction so the export is a consistent snapshot.
extension Store {
    /// A series chosen for an export, with its row id for point lookups.
    struct ExportedSeries: Sendable {
        var id: Int64
        var series: Series
        /// The current observations, when read ahead with other series' (see ``ExportedSeriesSource``).
        var current: [Observation]? = nil
    }

    /// Runs `body` in one read transaction (a consistent snapshot of the store).
    func exportSnapshot<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try read(body)
    }

    /// The series of a selection, read as often as a layout needs: named codes first (in their
    /// order, checked up front), then codes matching the pattern in code order. Every series and
    /// matched series are streamed from the store, so memory never holds the series catalogue.
    struct ExportedSeriesSource {
        let db: any StoreConnection
        let named: [ExportedSeries]
        let pattern: String?
        let everything: Bool

        /// Checks the selection before anything is written.
        ///
        /// - Throws: ``SeriesError/unknown(_:)`` for a named code not in the store,
        ///   ``ExportError/noSeriesMatch(_:)`` for a pattern that matches nothing.
        /// Only figures published by then.
        let asOf: PublicationTime?
        let path: String
        /// Series read per query when the engine prefers batched reads.
        static let batch = 256

        init(_ db: any StoreConnection, _ selection: SeriesSelection, asOf: PublicationTime? = nil, path: String = "store") throws {
            self.db = db
            self.asOf = asOf
            self.path = path
            var named: [ExportedSeries] = []
            var seen = Set<String>()
            for code in selection.codes where !seen.contains(code) {
                guard let (id, series) = try Store.fetchSeriesAndID(db, code: code) else { throw SeriesError.unknown(code) }
                named.append(ExportedSeries(id: id, series: series))
                seen.insert(code)
            }
            self.named = named
            self.pattern = selection.match
            self.everything = selection.codes.isEmpty && selection.match == nil
            if let pattern {
                guard !pattern.isEmpty else { throw ExportError.emptyPattern }
                var any = false
                try db.forEachRow("SELECT code FROM series") { row in
                    if !any, SeriesSelection.matches(row.text(0) ?? "", pattern: pattern) { any = true }
                }
                guard any else { throw ExportError.noSeriesMatch(pattern) }
            }
        }

        /// Calls `body` with each chosen series, in export order.
        func forEach(_ body: (ExportedSeries) throws -> Void) throws {
            for item in named { try body(item) }
            guard everything || pattern != nil else { return }
            let namedCodes = Set(named.map(\.series.code))
            // A server: the figures of many series per query, a batch at a time.
            var batch: [ExportedSeries] = []
            func flush() throws {
                let figures = try Store.currentObservations(db, batch, asOf: asOf, path: path)
                for var item in batch {
                    item.current = figures[item.id] ?? []
                    try body(item)
                }
                batch.removeAll(keepingCapacity: true)
            }
            try db.forEachRow("SELECT \(Store.seriesColumns) FROM series ORDER BY code") { row in
                let code = row.text(1) ?? ""
                guard !namedCodes.contains(code), everything || SeriesSelection.matches(code, pattern: pattern ?? "") else { return }
                let item = ExportedSeries(id: row.int64(0), series: try Store.series(from: row))
                guard db.prefersBatchedReads else { return try body(item) }
                batch.append(item)
                if batch.count == Self.batch { try flush() }
            }
            try flush()
        }
    }

    private static let revisionColumns = """
        SELECT \(observationColumns)
        FROM observation o LEFT JOIN document d ON d.id = o.document_id
        """

    static func currentObservations(_ db: any StoreConnection, _ chosen: ExportedSeries, asOf: PublicationTime?, path: String) throws
        -> [Observation]
    {
        if let current = chosen.current { return current }
        var sql = "SELECT \(observationColumns) FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE o.series_id = ?"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.period, o.published, o.recorded_at"
        var arguments: [any SQLBindable] = [chosen.id]
        if let asOf { arguments.append(asOf.endKey) }
        var collector = CurrentFigures(series: chosen.series.code, path: path)
        if let sqlite = db as? SQLiteConnection {
            try sqlite.forEachStatementRow(sql, arguments) { try collector.add($0) }
        } else {
            try db.forEachRow(sql, arguments) { try collector.add($0) }
        }
        return collector.finished()
    }

    /// The current observations of several series in one query, by series id (for a server, where
    /// every query is a round trip).
    static func currentObservations(_ db: any StoreConnection, _ chosen: [ExportedSeries], asOf: PublicationTime?, path: String) throws
        -> [Int64: [Observation]]
    {
        guard !chosen.isEmpty else { return [:] }
        var sql = "SELECT \(observationColumns), o.series_id FROM observation o LEFT JOIN document d ON d.id = o.document_id "
        sql += "WHERE o.series_id IN (\(chosen.map { _ in "?" }.joined(separator: ", ")))"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.series_id, o.period, o.published, o.recorded_at"
        var arguments: [any SQLBindable] = chosen.map(\.id)
        if let asOf { arguments.append(asOf.endKey) }
        let codes = Dictionary(chosen.map { ($0.id, $0.series.code) }, uniquingKeysWith: { a, _ in a })
        var result: [Int64: [Observation]] = [:]
        var collector: CurrentFigures?
        var currentID: Int64 = 0
        let idColumn = 14
        try db.forEachRow(sql, arguments) { row in
            let id = row.int64(idColumn)
            if collector == nil || id != currentID {
                if let done = collector { result[currentID] = done.finished() }
                (collector, currentID) = (CurrentFigures(series: codes[id] ?? "", path: path), id)
            }
            try collector?.add(row)
        }
        if let done = collector { result[currentID] = done.finished() }
        return result
    }

    /// Collects the current figures of one series from its revisions in key order: a later
    /// revision of a period replaces the one before, a retraction removes it.
    struct CurrentFigures {
        let series: String
        let path: String
        private var current: [Observation] = []
        private var times = TimeTexts()
        private var last: (period: String, retracted: Bool)?
        private var inOrder = true

        init(series: String, path: String) {
            self.series = series
            self.path = path
        }

        mutating func add<Row: SQLColumns>(_ row: Row) throws {
            let period = row.text(0) ?? ""
            let retracted = row.int64(1) != 0
            if let previous = last, previous.period == period, !previous.retracted { current.removeLast() }
            last = (period, retracted)
            if retracted { return }
            let observation = try Store.observation(from: row, series: series, path: path, times: &times)
            if let previous = current.last, observation.period < previous.period { inOrder = false }
            current.append(observation)
        }

        /// Text order is time order within one period form; an irregular series may mix forms.
        func finished() -> [Observation] {
            inOrder
                ? current
                : current.enumerated().sorted { a, b in
                    a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
                }.map(\.element)
        }
    }

    static func currentObservation(
        _ db: any StoreConnection, seriesID: Int64, code: String, period: Period, asOf: PublicationTime?, path: String
    )
        throws -> Observation?
    {
        var sql = revisionColumns + " WHERE o.series_id = ? AND o.period = ?"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.published DESC, o.recorded_at DESC LIMIT 1"
        var arguments: [any SQLBindable] = [seriesID, period.description]
        if let asOf { arguments.append(asOf.endKey) }
        var times = TimeTexts()
        guard let observation = try db.firstRow(sql, arguments, { try observation(from: $0, series: code, path: path, times: &times) })
        else { return nil }
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
