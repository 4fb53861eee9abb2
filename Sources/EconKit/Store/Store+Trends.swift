import EconModel

extension Store {
    /// Calls `body` with each series' current figures (as ``DatedAmount``s, in period order,
    /// retractions left out), series by series in the order given, from one read transaction.
    ///
    /// The fast path for trends over many series: one prepared statement walks the observation
    /// key (series, period, published, recorded) and keeps the last revision of each period, so
    /// memory holds a few series at a time and no `Observation` values are built. Over many series
    /// the figures are read on a second thread while `body` works on the ones read before (each is
    /// about half of the work); `body` always runs on the calling thread, in order.
    ///
    /// `body` must not call this store, and this must not be called from inside a store access:
    /// the read holds the store, so that would deadlock (with GRDB's reentrancy check out of
    /// reach on the reading thread). Collect what `body` needs and use the store afterwards.
    ///
    /// - Parameter asOf: only figures published by then count (as ``observations(_:asOf:)``).
    public func forEachCurrentFigures(
        of series: [Series], asOf: PublicationTime? = nil, _ body: (Series, [DatedAmount]) throws -> Void
    ) throws {
        guard series.count >= 64 else {
            try read { db in try Self.readCurrentFigures(db, of: series, asOf: asOf, path: path, body) }
            return
        }
        let store = self
        let pipe = ChunkPipe<(Series, [DatedAmount])>.start { send, _ in
            try store.read { db in
                var chunk: [(Series, [DatedAmount])] = []
                do {
                    try Self.readCurrentFigures(db, of: series, asOf: asOf, path: store.path) { s, figures in
                        chunk.append((s, figures))
                        guard chunk.count == 32 else { return }
                        guard send(chunk) else { throw ReadingStopped() }
                        chunk = []
                    }
                } catch {
                    // The series read before the error still reach the caller, then the error.
                    if !(error is ReadingStopped) { _ = send(chunk) }
                    throw error
                }
                _ = send(chunk)
            }
        }
        defer { pipe.cancelAndWait() }
        while let chunk = try pipe.next() {
            for (s, figures) in chunk { try body(s, figures) }
        }
    }

    /// Thrown inside the reading thread when the caller has stopped listening.
    private struct ReadingStopped: Error {}

    private static func readCurrentFigures(
        _ db: any StoreConnection, of series: [Series], asOf: PublicationTime?, path: String, _ body: (Series, [DatedAmount]) throws -> Void
    ) throws {
        var sql = """
            SELECT period, value, qualifier, low, high, retracted FROM observation WHERE series_id = ?
            """
        if asOf != nil { sql += " AND published <= ?" }
        sql += " ORDER BY period, published, recorded_at"
        for s in series {
            guard let id = try db.int64("SELECT id FROM series WHERE code = ?", [s.code]) else { throw SeriesError.unknown(s.code) }
            var arguments: [any SQLBindable] = [id]
            if let asOf { arguments.append(asOf.endKey) }
            var figures: [DatedAmount] = []
            var lastPeriod = ""
            var lastRetracted = false
            // Trends over every series read every current figure (on SQLite through the C API).
            func read<Row: SQLColumns>(_ rows: Row) throws {
                let periodText = rows.text(0) ?? ""
                let retracted = rows.int64(5) != 0
                if periodText == lastPeriod {
                    // A later revision of the same period replaces the one before.
                    if !lastRetracted { figures.removeLast() }
                }
                lastPeriod = periodText
                lastRetracted = retracted
                if retracted { return }
                guard let period = Period(periodText), let qualifier = Qualifier(rawValue: rows.text(2) ?? ""),
                    let amount = try? Amount(value: rows.double(1), qualifier: qualifier, low: rows.double(3), high: rows.double(4))
                else {
                    throw StoreError.invalidStoredValue(
                        path: path, detail: "series '\(s.code)' period \(periodText) has an inconsistent value")
                }
                figures.append(DatedAmount(period: period, amount: amount))
            }
            if let sqlite = db as? SQLiteConnection {
                try sqlite.forEachStatementRow(sql, arguments) { try read($0) }
            } else {
                try db.forEachRow(sql, arguments) { try read($0) }
            }
            if s.frequency == .irregular {
                // Text order is time order only within one period form; irregular series mix forms.
                figures.sort { $0.period < $1.period }
            }
            try body(s, figures)
        }
    }

    /// The current figures of one series as ``DatedAmount``s, in period order.
    public func currentFigures(_ code: String, asOf: PublicationTime? = nil) throws -> [DatedAmount] {
        guard let series = try series(code) else { throw SeriesError.unknown(code) }
        var result: [DatedAmount] = []
        try forEachCurrentFigures(of: [series], asOf: asOf) { result = $1 }
        return result
    }
}
