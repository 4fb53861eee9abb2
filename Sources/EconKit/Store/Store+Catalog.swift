import EconModel

/// A series with what a catalogue shows of its figures: their span and when they last changed.
public struct SeriesSummary: Sendable, Equatable {
    public var series: Series
    /// The first and last period with a figure (retractions aside), in the series' own order.
    public var first: Period?
    public var last: Period?
    /// When a figure of the series was last stored (UTC ISO 8601, microseconds), `nil` when it has none.
    public var lastRecorded: String?
    /// The latest publication time of any of its figures (canonical ``PublicationTime`` text).
    public var lastPublished: String?
    /// When the series was created in this store (UTC ISO 8601).
    public var created: String
}

extension Store {
    /// Every series with the span of its figures and the time they last changed, by code, read in
    /// one snapshot: what a server's catalogue, search and "updates" pages list.
    public func catalog() throws -> [SeriesSummary] {
        try read { db in
            var spans: [Int64: (first: String?, last: String?, recorded: Int64, published: Int64)] = [:]
            try db.forEachRow(
                "SELECT series_id, min(period), max(period), max(recorded_at), max(published) FROM observation WHERE retracted = 0 GROUP BY series_id"
            ) { row in
                spans[row.int64(0)] = (row.text(1), row.text(2), row.int64(3), row.int64(4))
            }
            return try db.rows("SELECT \(Self.seriesColumns), created_at FROM series ORDER BY code") { row in
                let series = try Self.series(from: row)
                let span = spans[row.int64(0)]
                return SeriesSummary(
                    series: series, first: span?.first.flatMap(Period.init), last: span?.last.flatMap(Period.init),
                    lastRecorded: span.map { RecordingTime.text(micros: $0.recorded) },
                    lastPublished: span.flatMap { PublicationTime(sortKey: $0.published)?.text }, created: row.text(13) ?? "")
            }
        }
    }
}

extension Store {
    /// One series with the span of its figures and the time they last changed (as ``catalog()``
    /// lists it), or `nil` when there is no such series; reads only that series.
    public func summary(of code: String) throws -> SeriesSummary? {
        try read { db in
            guard
                let (id, series, created) = try db.firstRow(
                    "SELECT \(Self.seriesColumns), created_at FROM series WHERE code = ?", [code],
                    { (id: $0.int64(0), series: try Self.series(from: $0), created: $0.text(13) ?? "") })
            else { return nil }
            let span =
                try db.firstRow(
                    "SELECT min(period), max(period), max(recorded_at), max(published), count(*) FROM observation WHERE series_id = ? AND retracted = 0",
                    [id]
                ) { row -> (first: String?, last: String?, recorded: Int64, published: Int64)? in
                    row.int64(4) == 0 ? nil : (row.text(0), row.text(1), row.int64(2), row.int64(3))
                } ?? nil
            return SeriesSummary(
                series: series, first: span?.first.flatMap(Period.init), last: span?.last.flatMap(Period.init),
                lastRecorded: span.map { RecordingTime.text(micros: $0.recorded) },
                lastPublished: span.flatMap { PublicationTime(sortKey: $0.published)?.text }, created: created)
        }
    }

    /// A short text that changes whenever anything shown about a series' figures changes — a new
    /// figure, revision or retraction, a first report moving earlier, another report of a figure —
    /// or `nil` when there is no such series. A server keeps rendered pages while it stays the same.
    ///
    /// Series rows never change once made, and figures are only ever added (with a new recording
    /// time) or have their first report moved (which changes a publication key and adds a report).
    public func version(ofSeries code: String) throws -> String? {
        try read { db in
            guard let id = try Self.seriesID(db, code: code) else { return nil }
            let figures =
                try db.firstRow(
                    "SELECT count(*), max(recorded_at), sum(published % 1000000007) FROM observation WHERE series_id = ?", [id]
                ) { "\($0.int64(0)).\($0.int64(1)).\($0.int64(2))" } ?? ""
            let reports =
                try db.firstRow("SELECT count(*), max(recorded_at) FROM observation_source WHERE series_id = ?", [id]) {
                    "\($0.int64(0)).\($0.int64(1))"
                } ?? ""
            return "\(id):\(figures):\(reports)"
        }
    }
}
