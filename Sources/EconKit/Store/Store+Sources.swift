import EconModel

/// One report of a figure: the document it was read in, or the source an import named.
public struct ObservationSource: Sendable, Equatable {
    public var series: String
    public var period: Period
    /// The outlet or source the report names.
    public var source: String?
    /// The document's file name, title and address, when the figure came from a document.
    public var document: String?
    public var title: String?
    public var url: String?
    /// When this report was published (canonical ``PublicationTime`` text).
    public var published: String
    public var sentence: String?
    public var start: Int?
    public var end: Int?
    /// Whether this is the observation's first report (the one whose publication time it carries).
    public var isFirst: Bool
}

extension Store {
    /// Every report of the current figure of each period of a series, first report first, then the
    /// others by publication time; periods in order.
    ///
    /// - Parameter asOf: only figures and reports published by then.
    public func sources(_ code: String, asOf: PublicationTime? = nil) throws -> [ObservationSource] {
        try read { db in
            guard let (seriesID, series) = try Self.fetchSeriesAndID(db, code: code) else { throw SeriesError.unknown(code) }
            let current = try Self.currentObservations(db, ExportedSeries(id: seriesID, series: series), asOf: asOf, path: path)
            var others: [String: [ObservationSource]] = [:]
            var sql = """
                SELECT r.period, r.observation_published, r.observation_recorded_at, r.published, r.source, d.name, d.title, d.url,
                  r.sentence, r.start, r."end"
                FROM observation_source r JOIN document d ON d.id = r.document_id WHERE r.series_id = ?
                """
            var arguments: [any SQLBindable] = [seriesID]
            if let asOf {
                sql += " AND r.published <= ?"
                arguments.append(asOf.endKey)
            }
            sql += " ORDER BY r.period, r.published, r.recorded_at"
            var times = TimeTexts()
            try db.forEachRow(sql, arguments) { row in
                let periodText = row.text(0) ?? ""
                guard let period = Period(periodText), let published = times.published(row.int64(3)),
                    let observationPublished = times.published(row.int64(1))
                else {
                    throw StoreError.invalidStoredValue(
                        path: path, detail: "series '\(code)' has a source for \(periodText) it cannot read")
                }
                let key = Self.sourceKey(periodText, observationPublished, times.recorded(row.int64(2)))
                others[key, default: []].append(
                    ObservationSource(
                        series: code, period: period, source: row.text(4), document: row.text(5), title: row.text(6), url: row.text(7),
                        published: published, sentence: row.text(8), start: row.optionalInt(9), end: row.optionalInt(10), isFirst: false))
            }
            // The first reports' documents: title and address.
            var firsts: [String: (title: String?, url: String?)] = [:]
            try db.forEachRow(
                """
                SELECT o.period, o.published, o.recorded_at, d.title, d.url FROM observation o JOIN document d ON d.id = o.document_id
                WHERE o.series_id = ?
                """, [seriesID]
            ) { row in
                guard let published = times.published(row.int64(1)) else { return }
                firsts[Self.sourceKey(row.text(0) ?? "", published, times.recorded(row.int64(2)))] = (row.text(3), row.text(4))
            }
            return current.flatMap { o -> [ObservationSource] in
                let key = Self.sourceKey(o.period.description, o.published, o.recordedAt)
                let document = firsts[key]
                let first = ObservationSource(
                    series: code, period: o.period, source: o.source, document: o.document, title: document?.title ?? nil,
                    url: document?.url ?? nil, published: o.published, sentence: o.sentence, start: o.start, end: o.end, isFirst: true)
                return [first] + (others[key] ?? [])
            }
        }
    }

    /// How many reports each current figure of a series has (its first and every other source),
    /// keyed by ``sourceKey(_:_:_:)``; figures with no other source are left out.
    static func otherSourceCounts(_ db: any StoreConnection, seriesID: Int64) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        var times = TimeTexts()
        try db.forEachRow(
            """
            SELECT period, observation_published, observation_recorded_at, count(*) FROM observation_source
            WHERE series_id = ? GROUP BY period, observation_published, observation_recorded_at
            """, [seriesID]
        ) { row in
            guard let published = times.published(row.int64(1)) else { return }
            counts[sourceKey(row.text(0) ?? "", published, times.recorded(row.int64(2)))] = Int(row.int64(3))
        }
        return counts
    }

    /// The key that ties a source to its observation's period, publication and recording texts.
    static func sourceKey(_ period: String, _ published: String, _ recordedAt: String) -> String {
        period + "\u{1F}" + published + "\u{1F}" + recordedAt
    }

    // MARK: - Recording a report

    /// Stores a figure from a document as one more report of a stored observation when one of the
    /// same amount is the figure in force at the report's publication time, or the next revision
    /// (which a report certainly published before its first report becomes the first of); `nil`
    /// when the figure is not such a report.
    ///
    /// A report already stored (the same document and offset) is ``RecordOutcome/unchanged``.
    static func recordAsSource(
        _ figure: NewObservation, documentID: Int64, seriesID: Int64, period: String, revisions: [RevisionRow], nowKey: Int64,
        recordedAt: Int64, db: any StoreConnection
    ) throws -> RecordOutcome? {
        // A document that gave this period a revision of its own is handled as revisions always were.
        guard !revisions.contains(where: { $0.documentID == documentID }) else { return nil }
        let start = figure.start ?? 0
        let amount = figure.amount
        func same(_ r: RevisionRow) -> Bool {
            !r.retracted && r.value == amount.value && r.qualifier == amount.qualifier.rawValue && r.low == amount.low
                && r.high == amount.high
        }
        // Only a stored figure of the same amount can have this report among its sources: the
        // common case (a new period, another amount) asks the store nothing more.
        guard revisions.contains(where: same) else { return nil }
        if try db.int64(
            "SELECT 1 FROM observation_source WHERE series_id = ? AND period = ? AND document_id = ? AND start = ?",
            [seriesID, period, documentID, start]) != nil
        {
            return .unchanged
        }
        let reported = figure.published?.sortKey ?? nowKey
        let inForce = revisions.last { $0.published <= reported }
        let next = revisions.first { $0.published > reported }
        if let inForce, same(inForce) {
            try insertSource(
                db, seriesID: seriesID, period: period, observation: inForce, documentID: documentID, published: reported,
                source: figure.source, sentence: figure.sentence, start: start, end: figure.end ?? start, recordedAt: recordedAt)
            return .anotherSource
        }
        guard let next, same(next) else { return nil }
        // A report published before the first one (certainly before: a report dated only by its
        // month is not before a first report of that month's 6th) becomes the first; otherwise it
        // is one more source, and the figure keeps the first report's publication time.
        guard let firstDocument = next.documentID, let reportedEnd = figure.published?.endKey, reportedEnd < next.published else {
            try insertSource(
                db, seriesID: seriesID, period: period, observation: next, documentID: documentID, published: reported,
                source: figure.source, sentence: figure.sentence, start: start, end: figure.end ?? start, recordedAt: recordedAt)
            return .anotherSource
        }
        // The first report becomes another source (sources of the observation follow its key).
        guard
            let (sentence, start0, end0) = try db.firstRow(
                """
                SELECT sentence, start, "end" FROM observation
                WHERE series_id = ? AND period = ? AND published = ? AND recorded_at = ?
                """, [seriesID, period, next.published, next.recordedAt], { ($0.text(0), $0.optionalInt(1), $0.optionalInt(2)) })
        else { return nil }
        try db.execute(
            """
            UPDATE observation SET published = ?, source = ?, document_id = ?, sentence = ?, start = ?, "end" = ?
            WHERE series_id = ? AND period = ? AND published = ? AND recorded_at = ?
            """,
            [
                reported, figure.source, documentID, figure.sentence, figure.start, figure.end, seriesID, period, next.published,
                next.recordedAt,
            ])
        var moved = next
        moved.published = reported
        try insertSource(
            db, seriesID: seriesID, period: period, observation: moved, documentID: firstDocument, published: next.published,
            source: next.source, sentence: sentence, start: start0 ?? 0, end: end0 ?? start0 ?? 0, recordedAt: recordedAt)
        return .anotherSource
    }

    private static func insertSource(
        _ db: any StoreConnection, seriesID: Int64, period: String, observation: RevisionRow, documentID: Int64, published: Int64,
        source: String?, sentence: String?, start: Int, end: Int, recordedAt: Int64
    ) throws {
        try db.execute(
            """
            INSERT INTO observation_source (series_id, period, observation_published, observation_recorded_at, document_id, published,
              source, sentence, start, "end", recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
                seriesID, period, observation.published, observation.recordedAt, documentID, published, source, sentence, start, end,
                recordedAt,
            ])
    }
}
