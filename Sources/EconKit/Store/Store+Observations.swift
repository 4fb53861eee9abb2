import Foundation
import GRDB

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
        let revisions = try self.revisions(code, asOf: asOf)
        var current: [Observation] = []
        for revision in revisions {
            if let last = current.last, last.period == revision.period { current.removeLast() }
            current.append(revision)
        }
        return current.filter { !$0.isRetraction }
    }

    /// Every revision of a series (retractions included), by period, then publication, then recording time.
    public func revisions(_ code: String, asOf: PublicationTime? = nil) throws -> [Observation] {
        try read { db in
            guard let seriesID = try Self.seriesID(db, code: code) else { throw SeriesError.unknown(code) }
            var sql = """
                SELECT o.*, d.name AS document_name FROM observation o LEFT JOIN document d ON d.id = o.document_id
                WHERE o.series_id = ?
                """
            var arguments: StatementArguments = [seriesID]
            if let asOf {
                sql += " AND o.published <= ?"
                arguments += [asOf.endKey]
            }
            sql += " ORDER BY o.period, o.published, o.recorded_at"
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let observations = try rows.map { try Self.observation(from: $0, series: code, path: path) }
            // Text order equals time order within each fixed frequency; irregular series mix forms.
            return observations.enumerated().sorted { a, b in
                a.element.period != b.element.period ? a.element.period < b.element.period : a.offset < b.offset
            }.map(\.element)
        }
    }

    // MARK: - Implementation

    static func record(_ figure: NewObservation, db: Database, now: Date) throws -> RecordOutcome {
        let (seriesID, _) = try checkedSeries(db, code: figure.series, period: figure.period, amount: figure.amount)
        let period = figure.period.description
        let revisions = try revisionRows(db, seriesID: seriesID, period: period)
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

    static func checkedSeries(_ db: Database, code: String, period: Period, amount: Amount? = nil) throws -> (Int64, Frequency) {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, frequency, unit FROM series WHERE code = ?", arguments: [code]) else {
            throw SeriesError.unknown(code)
        }
        if let amount { try checkSign(amount, unit: row["unit"], series: code) }
        let frequency = Frequency(rawValue: row["frequency"]) ?? .irregular
        guard period.fits(frequency) else {
            throw PeriodError.wrongFrequency(period: period.description, series: code, frequency: frequency)
        }
        return (row["id"], frequency)
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

    static func revisionRows(_ db: Database, seriesID: Int64, period: String) throws -> [RevisionRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT published, recorded_at, value, qualifier, low, high, retracted, source, document_id
                FROM observation WHERE series_id = ? AND period = ? ORDER BY published, recorded_at
                """,
            arguments: [seriesID, period]
        ).map {
            RevisionRow(
                published: $0["published"], recordedAt: $0["recorded_at"], value: $0["value"], qualifier: $0["qualifier"],
                low: $0["low"], high: $0["high"], retracted: $0["retracted"], source: $0["source"], documentID: $0["document_id"])
        }
    }

    /// Every revision of a series, as (period, revision), in key order.
    static func allRevisionRows(_ db: Database, seriesID: Int64) throws -> [(String, RevisionRow)] {
        // Re-importing a large file reads every stored revision once: through the C API.
        let s = try RawStatement(
            db,
            sql: """
                SELECT period, published, recorded_at, value, qualifier, low, high, retracted, source, document_id, note
                FROM observation WHERE series_id = ? ORDER BY period, published, recorded_at
                """)
        defer { s.reset() }
        s.bind(1, seriesID)
        var rows: [(String, RevisionRow)] = []
        while try s.step() {
            rows.append(
                (
                    s.text(0) ?? "",
                    RevisionRow(
                        published: s.int64(1), recordedAt: s.int64(2), value: s.double(3), qualifier: s.text(4), low: s.double(5),
                        high: s.double(6), retracted: s.int64(7) != 0, source: s.text(8), documentID: s.isNull(9) ? nil : s.int64(9),
                        note: s.text(10))
                ))
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
        _ db: Database, seriesID: Int64, period: String, published: Int64, recordedAt: Int64, amount: Amount?,
        source: String?, note: String?, documentID: Int64?, sentence: String?, start: Int?, end: Int?
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high,
                  retracted, source, note, document_id, sentence, start, "end")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                seriesID, period, published, recordedAt, amount?.value, amount?.qualifier.rawValue, amount?.low,
                amount?.high, amount == nil, source, note, documentID, sentence, start, end,
            ])
    }

    static func observation(from row: Row, series: String, path: String) throws -> Observation {
        let periodText: String = row["period"]
        guard let period = Period(periodText) else {
            throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' has period '\(periodText)'")
        }
        var amount: Amount?
        let retracted: Bool = row["retracted"]
        if !retracted {
            guard let qualifier = Qualifier(rawValue: row["qualifier"] ?? ""),
                let stored = try? Amount(value: row["value"], qualifier: qualifier, low: row["low"], high: row["high"])
            else {
                throw StoreError.invalidStoredValue(path: path, detail: "series '\(series)' period \(periodText) has an inconsistent value")
            }
            amount = stored
        }
        let publishedKey: Int64 = row["published"]
        guard let published = PublicationTime(sortKey: publishedKey) else {
            throw StoreError.invalidStoredValue(
                path: path, detail: "series '\(series)' period \(periodText) has publication key \(publishedKey)")
        }
        return Observation(
            series: series, period: period, amount: amount, published: published.text,
            recordedAt: RecordingTime.text(micros: row["recorded_at"]),
            source: row["source"], note: row["note"], document: row["document_name"], sentence: row["sentence"],
            start: row["start"], end: row["end"])
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
