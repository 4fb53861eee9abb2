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
            var chosen: [ExportedSeries] = []
            try db.forEachRow("SELECT \(Store.seriesColumns) FROM series ORDER BY code") { row in
                let code = row.text(1) ?? ""
                guard !namedCodes.contains(code), everything || SeriesSelection.matches(code, pattern: pattern ?? "") else { return }
                chosen.append(ExportedSeries(id: row.int64(0), series: try Store.series(from: row)))
            }
            guard db.prefersBatchedReads else {
                for item in chosen { try body(item) }
                return
            }
            // A server: the figures of many series per query, in order, a batch at a time.
            var start = 0
            while start < chosen.count {
                let part = Array(chosen[start..<min(start + Self.batch, chosen.count)])
                let figures = try Store.currentObservations(db, part, asOf: asOf, path: path)
                for var item in part {
                    item.current = figures[item.id] ?? []
                    try body(item)
                }
                start += Self.batch
            }
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
        return try currentObservations(db, [chosen], asOf: asOf, path: path)[chosen.id] ?? []
    }

    /// The current observations of several series in one query, by series id.
    static func currentObservations(_ db: any StoreConnection, _ chosen: [ExportedSeries], asOf: PublicationTime?, path: String) throws
        -> [Int64: [Observation]]
    {
        guard !chosen.isEmpty else { return [:] }
        var sql = "SELECT \(observationColumns), o.series_id FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE "
        sql += chosen.count == 1 ? "o.series_id = ?" : "o.series_id IN (\(chosen.map { _ in "?" }.joined(separator: ", ")))"
        if asOf != nil { sql += " AND o.published <= ?" }
        sql += " ORDER BY o.series_id, o.period, o.published, o.recorded_at"
        var arguments: [any SQLBindable] = chosen.map(\.id)
        if let asOf { arguments.append(asOf.endKey) }
        let codes = Dictionary(chosen.map { ($0.id, $0.series.code) }, uniquingKeysWith: { a, _ in a })
        var result: [Int64: [Observation]] = [:]
        var current: [Observation] = []
        var currentID: Int64?
        var times = TimeTexts()
        var last: (period: String, retracted: Bool)?
        var inOrder = true
        func finish() {
            guard let id = currentID else { return }
            // Text order is time order within one period form; an irregular series may mix forms.
            result[id] =
                inOrder
                ? current
                : current.enumerated().sorted { a, b in
                    a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
                }.map(\.element)
        }
        let idColumn = 14
        try db.forEachRow(sql, arguments) { s in
            let id = s.int64(idColumn)
            if id != currentID {
                finish()
                (currentID, current, last, inOrder) = (id, [], nil, true)
            }
            let period = s.text(0) ?? ""
            let retracted = s.int64(1) != 0
            if let previous = last, previous.period == period {
                if !previous.retracted { current.removeLast() }
            }
            last = (period, retracted)
            if retracted { return }
            let observation = try observation(from: s, series: codes[id] ?? "", path: path, times: &times)
            if let previous = current.last, observation.period < previous.period { inOrder = false }
            current.append(observation)
        }
        finish()
        return result
    }

    static func currentObservation(_ db: any StoreConnection, seriesID: Int64, code: String, period: Period, asOf: PublicationTime?, path: String)
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
