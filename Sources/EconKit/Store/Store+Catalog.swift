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
