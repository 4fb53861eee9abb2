import EconModel
import Foundation

extension Store {
    /// Stores a figure as a new revision unless the same figure is already there.
    ///
    /// The figure is *unchanged* (nothing is written) when a revision with the same amount, source,
    /// document and publication time exists — or, for a figure without a publication time, when the
    /// current revision has the same amount and source. Otherwise it is stored as a revision; it
    /// becomes current only if it was published no earlier than the current one.
    ///
    /// - Throws: ``SeriesError/unknown(_:)`` for an unknown series, ``PeriodError/wrongFrequency(period:series:frequency:)``
    ///   when the period does not fit the series, ``StoreError`` on store failures.
    @discardableResult
    public func record(_ figure: NewObservation) throws -> RecordOutcome {
        try write { db in try Self.record(figure, db: db, now: clock()) }
    }

    /// Stores many figures in one transaction: all of them or, on any error, none.
    @discardableResult
    public func record(_ figures: [NewObservation]) throws -> [RecordOutcome] {
        try write { db in
            let now = clock()
            return try figures.map { try Self.record($0, db: db, now: now) }
        }
    }

    /// Withdraws the current figure of a series and period, as a revision of its own.
    ///
    /// - Throws: ``ObservationError/nothingToRetract(series:period:)`` when the period has no current value.
    public func retract(series code: String, period: Period, published: PublicationTime? = nil, source: String? = nil, note: String? = nil)
        throws
    {
        try write { db in
            let (seriesID, _) = try Self.checkedSeries(db, code: code, period: period)
            let now = clock()
            let revisions = try Self.revisionRows(db, seriesID: seriesID, period: period.description)
            guard let current = revisions.last, !current.retracted else {
                throw ObservationError.nothingToRetract(series: code, period: period.description)
            }
            try Self.insertRevision(
                db, seriesID: seriesID, period: period.description, published: (published ?? PublicationTime(now)).sortKey,
                recordedAt: Self.nextRecordingTime(now, after: revisions), amount: nil, source: source, note: note,
                documentID: nil, sentence: nil, start: nil, end: nil)
        }
    }

    /// The current figure of each period of a series, in period order; retracted periods are left out.
    ///
    /// - Parameter asOf: only figures published by then count (``PublicationTime/endText``), as ALFRED's vintages.
    public func observations(_ code: String, asOf: PublicationTime? = nil) throws -> [Observation] {
        Observation.current(of: try revisions(code, asOf: asOf))
    }

    /// Every revision of a series (retractions included), by period, then publication, then recording time.
    public func revisions(_ code: String, asOf: PublicationTime? = nil) throws -> [Observation] {
        try seriesAndRevisions(code, asOf: asOf).revisions
    }

    /// The series and every revision of it (as ``revisions(_:asOf:)``), read in one snapshot: what a
    /// server answers a request for a series' history with.
    public func seriesAndRevisions(_ code: String, asOf: PublicationTime? = nil) throws -> (series: Series, revisions: [Observation]) {
        try read { db in
            guard let (seriesID, series) = try Self.fetchSeriesAndID(db, code: code) else { throw SeriesError.unknown(code) }
            var sql = """
                SELECT \(Self.observationColumns) FROM observation o LEFT JOIN document d ON d.id = o.document_id
                WHERE o.series_id = ?
                """
            var arguments: [any SQLBindable] = [seriesID]
            if let asOf {
                sql += " AND o.published <= ?"
                arguments.append(asOf.endKey)
            }
            sql += " ORDER BY o.period, o.published, o.recorded_at"
            var times = TimeTexts()  // rows of one import share their times: format each once
            let observations = try db.rows(sql, arguments) { try Self.observation(from: $0, series: code, path: path, times: &times) }
            // Text order equals time order within each fixed frequency; irregular series mix forms.
            let sorted = observations.enumerated().sorted { a, b in
                a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
            }.map(\.element)
            return (series, sorted)
        }
    }

    // MARK: - Implementation

    static func record(_ figure: NewObservation, db: any StoreConnection, now: Date) throws -> RecordOutcome {
        let (seriesID, _) = try checkedSeries(db, code: figure.series, period: figure.period, amount: figure.amount)
        let period = figure.period.description
        let revisions = try revisionRows(db, seriesID: seriesID, period: period)
        if let documentID = figure.documentID,
            let outcome = try recordAsSource(
                figure, documentID: documentID, seriesID: seriesID, period: period, revisions: revisions,
                nowKey: PublicationTime(now).sortKey, recordedAt: nextRecordingTime(now, after: revisions), db: db)
        {
            return outcome
        }
        let decision = decide(figure, revisions: revisions, now: now)
        guard let published = decision.published else { return decision.outcome }
        try insertRevision(
            db, seriesID: seriesID, period: period, published: published, recordedAt: nextRecordingTime(now, after: revisions),
            amount: figure.amount, source: figure.source, note: figure.note, documentID: figure.documentID,
            sentence: figure.sentence, start: figure.start, end: figure.end)
        return decision.outcome
    }

    /// Whether a figure is new, unchanged or a revision, given the stored revisions of its series and
    /// period (oldest first); `published` is the publication key to store, `nil` when nothing is written.
    ///
    /// The figure is unchanged when a revision with the same amount, source, document (or, for a
    /// figure without one, any document) and publication time exists — or, for a figure without a publication time, when the current revision has the
    /// same amount and source.
    static func decide(_ figure: NewObservation, revisions: [RevisionRow], now: Date) -> (outcome: RecordOutcome, published: Int64?) {
        decide(figure, revisions: revisions, nowKey: PublicationTime(now).sortKey)
    }

    /// ``decide(_:revisions:now:)`` with the publication key of "now" computed once by the caller
    /// (bulk imports decide millions of figures at the same "now").
    static func decide(_ figure: NewObservation, revisions: [RevisionRow], nowKey: Int64) -> (outcome: RecordOutcome, published: Int64?) {
        let amount = figure.amount
        func sameFigure(_ r: RevisionRow) -> Bool {
            !r.retracted && r.value == amount.value && r.qualifier == amount.qualifier.rawValue && r.low == amount.low
                && r.high == amount.high && r.source == figure.source
        }
        if let published = figure.published {
            let key = published.sortKey
            if revisions.contains(where: {
                sameFigure($0) && $0.published == key && (figure.documentID == nil || $0.documentID == figure.documentID)
            }) {
                return (.unchanged, nil)
            }
        } else if let current = revisions.last, sameFigure(current) {
            return (.unchanged, nil)
        }
        let published = figure.published?.sortKey ?? nowKey
        guard let current = revisions.last else { return (.new, published) }
        return (published >= current.published ? .revision : .olderRevision, published)
    }

    /// Refuses a negative amount in a unit of counted things (jobs, projects, tonnes).
    static func checkSign(_ amount: Amount, unit: String, series: String) throws(ObservationError) {
        guard !UnitKind(unit: unit).allowsNegative else { return }
        for x in [amount.value, amount.low, amount.high].compactMap({ $0 }) where x < 0 {
            throw .negativeCount(series: series, unit: unit, value: x)
        }
    }

    static func checkedSeries(_ db: any StoreConnection, code: String, period: Period, amount: Amount? = nil) throws -> (Int64, Frequency) {
        guard
            let (id, frequencyText, unit) = try db.firstRow(
                "SELECT id, frequency, unit FROM series WHERE code = ?", [code], { ($0.int64(0), $0.text(1) ?? "", $0.text(2) ?? "") })
        else {
            throw SeriesError.unknown(code)
        }
        if let amount { try checkSign(amount, unit: unit, series: code) }
        let frequency = Frequency(rawValue: frequencyText) ?? .irregular
        guard period.fits(frequency) else {
            throw PeriodError.wrongFrequency(period: period.description, series: code, frequency: frequency)
        }
        return (id, frequency)
    }

    /// The stored revisions of one series and period, in current-last order.
    struct RevisionRow {
        /// ``PublicationTime/sortKey``.
        var published: Int64
        /// Microseconds since 1970.
        var recordedAt: Int64
        var value: Double?
        var qualifier: String?
        var low: Double?
        var high: Double?
        var retracted: Bool
        var source: String?
        var documentID: Int64?
        var note: String? = nil
        /// The file line, for a revision written by the running import.
        var importLine: Int? = nil
    }

    static func revisionRows(_ db: any StoreConnection, seriesID: Int64, period: String) throws -> [RevisionRow] {
        try db.rows(
            """
            SELECT published, recorded_at, value, qualifier, low, high, retracted, source, document_id
            FROM observation WHERE series_id = ? AND period = ? ORDER BY published, recorded_at
            """,
            [seriesID, period]
        ) {
            RevisionRow(
                published: $0.int64(0), recordedAt: $0.int64(1), value: $0.double(2), qualifier: $0.text(3),
                low: $0.double(4), high: $0.double(5), retracted: $0.bool(6), source: $0.text(7), documentID: $0.optionalInt64(8))
        }
    }

    /// Every revision of a series, as (period, revision), in key order.
    static func allRevisionRows(_ db: any StoreConnection, seriesID: Int64) throws -> [(String, RevisionRow)] {
        // Re-importing a large file reads every stored revision once (on SQLite through the C API).
        let sql = """
            SELECT period, published, recorded_at, value, qualifier, low, high, retracted, source, document_id, note
            FROM observation WHERE series_id = ? ORDER BY period, published, recorded_at
            """
        var rows: [(String, RevisionRow)] = []
        func read<Row: SQLColumns>(_ s: Row) {
            rows.append(
                (
                    s.text(0) ?? "",
                    RevisionRow(
                        published: s.int64(1), recordedAt: s.int64(2), value: s.double(3), qualifier: s.text(4), low: s.double(5),
                        high: s.double(6), retracted: s.int64(7) != 0, source: s.text(8), documentID: s.optionalInt64(9), note: s.text(10))
                ))
        }
        if let sqlite = db as? SQLiteConnection {
            try sqlite.forEachStatementRow(sql, [seriesID]) { read($0) }
        } else {
            try db.forEachRow(sql, [seriesID]) { read($0) }
        }
        return rows
    }

    /// A recording time after every existing revision's, so the key stays unique even when the
    /// clock stands still (tests) or goes back.
    static func nextRecordingTime(_ now: Date, after revisions: [RevisionRow]) -> Int64 {
        let candidate = RecordingTime.micros(now)
        guard let latest = revisions.map(\.recordedAt).max(), latest >= candidate else { return candidate }
        return latest + 1
    }

    static func insertRevision(
        _ db: any StoreConnection, seriesID: Int64, period: String, published: Int64, recordedAt: Int64, amount: Amount?,
        source: String?, note: String?, documentID: Int64?, sentence: String?, start: Int?, end: Int?
    ) throws {
        try db.execute(
            """
            INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high,
              retracted, source, note, document_id, sentence, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                seriesID, period, published, recordedAt, amount?.value, amount?.qualifier.rawValue, amount?.low,
                amount?.high, amount == nil, source, note, documentID, sentence, start, end,
            ])
    }

    /// The columns ``observation(from:series:path:)`` reads, in its order (`o` the observation, `d` its document).
    static let observationColumns = """
        o.period, o.retracted, o.qualifier, o.value, o.low, o.high, o.published, o.recorded_at, o.source, o.note, \
        d.name AS document_name, o.sentence, o.start, o."end"
        """

    static func observation<Row: SQLColumns>(from row: Row, series: String, path: String) throws -> Observation {
        var times = TimeTexts()
        return try observation(from: row, series: series, path: path, times: &times)
    }

    /// An observation from a row of ``observationColumns``.
    static func observation<Row: SQLColumns>(from row: Row, series: String, path: String, times: inout TimeTexts) throws -> Observation {
        let periodText = row.text(0) ?? ""
        guard let period = Period(periodText) else {
            throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' has period '\(periodText)'")
        }
        var amount: Amount?
        if !row.bool(1) {
            guard let qualifier = Qualifier(rawValue: row.text(2) ?? ""),
                let stored = try? Amount(value: row.double(3), qualifier: qualifier, low: row.double(4), high: row.double(5))
            else {
                throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' period \(periodText) has an inconsistent value")
            }
            amount = stored
        }
        let publishedKey = row.int64(6)
        guard let published = times.published(publishedKey) else {
            throw StoreError.invalidStoredValue(
                path: path, detail: "series '\(series)' period \(periodText) has publication key \(publishedKey)")
        }
        return Observation(
            series: series, period: period, amount: amount, published: published, recordedAt: times.recorded(row.int64(7)),
            source: row.text(8), note: row.text(9), document: row.text(10), sentence: row.text(11), start: row.optionalInt(12),
            end: row.optionalInt(13))
    }
}

/// Why a figure cannot be changed.
public enum ObservationError: Error, Equatable, Sendable, CategorizedError {
    case nothingToRetract(series: String, period: String)
    case negativeCount(series: String, unit: String, value: Double)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .nothingToRetract(let series, let period): "series '\(series)' has no current value for \(period) to retract"
        case .negativeCount(let series, let unit, let value):
            "\(DecimalText.format(value)) \(unit) for series '\(series)': a count of \(unit) cannot be negative"
        }
    }
}
