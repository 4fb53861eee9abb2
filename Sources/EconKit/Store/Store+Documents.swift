import Crypto
import Foundation
import GRDB

/// A text or file that figures were imported from.
public struct Document: Sendable, Equatable {
    /// SHA-256 of the content, lower-case hex: the document's identity.
    public var sha256: String
    /// `article` or `csv`.
    public var kind: String
    /// The file name it was imported from.
    public var name: String?
    public var title: String?
    public var source: String?
    public var author: String?
    public var language: String?
    public var published: PublicationTime?

    public init(
        content: [UInt8], kind: String, name: String?, title: String? = nil, source: String? = nil, author: String? = nil,
        language: String? = nil, published: PublicationTime? = nil
    ) {
        self.sha256 = SHA256.hash(data: content).map { String(format: "%02x", $0) }.joined()
        self.kind = kind
        self.name = name
        self.title = title
        self.source = source
        self.author = author
        self.language = language
        self.published = published
    }
}

/// A qualitative statement tied to a series and period.
public struct Annotation: Sendable, Equatable {
    public var series: String
    public var period: Period?
    public var text: String
    public var document: String?
    public var start: Int?
    public var end: Int?
}

/// A figure waiting for a person to place it in a series (``Store/reviewItems(includeDone:)``).
public struct ReviewItem: Sendable, Equatable {
    public var id: Int64
    public var document: String?
    public var surface: String
    public var sentence: String
    public var amount: Amount
    public var unit: String
    public var period: Period?
    public var indicator: String?
    public var reason: String
    /// `pending`, `assigned` or `dismissed`.
    public var status: String
    public var series: String?
    public var start: Int
    public var end: Int
}

extension Store {
    /// The id of the document with this content, storing it first when new.
    static func documentID(_ db: Database, _ document: Document, now: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [document.sha256]) { return id }
        try db.execute(
            sql: """
                INSERT INTO document (sha256, kind, name, title, source, author, language, published, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document.sha256, document.kind, document.name, document.title, document.source, document.author, document.language,
                document.published?.text, now,
            ])
        return db.lastInsertedRowID
    }

    /// Stores an annotation once; returns whether it was new.
    static func addAnnotation(
        _ db: Database, seriesID: Int64, period: Period?, text: String, documentID: Int64, start: Int, end: Int, published: String?,
        now: String
    ) throws -> Bool {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO annotation (series_id, period, text, document_id, sentence, start, "end", published, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [seriesID, period?.description, text, documentID, text, start, end, published, now])
        return db.changesCount > 0
    }

    /// Annotations of a series, in period order.
    public func annotations(_ code: String) throws -> [Annotation] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.period, a.text, a.start, a."end", d.name FROM annotation a JOIN series s ON s.id = a.series_id
                    LEFT JOIN document d ON d.id = a.document_id WHERE s.code = ? ORDER BY a.period, a.start
                    """,
                arguments: [code]
            ).map {
                Annotation(
                    series: code, period: ($0["period"] as String?).flatMap(Period.init), text: $0["text"], document: $0["name"],
                    start: $0["start"], end: $0["end"])
            }
        }
    }

    /// Documents in the store: (name, title, published).
    public func documents() throws -> [Document] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map { row in
                var document = Document(
                    content: [], kind: row["kind"], name: row["name"], title: row["title"], source: row["source"], author: row["author"],
                    language: row["language"])
                document.sha256 = row["sha256"]
                document.published = (row["published"] as String?).flatMap { try? PublicationTime(parsing: $0) }
                return document
            }
        }
    }

    // MARK: - Review queue

    /// Adds a figure to the review queue once (by document and offsets); returns whether it was new.
    static func addReviewItem(_ db: Database, documentID: Int64, figure: ExtractedFigure, reason: String, now: String) throws -> Bool {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO review_item (document_id, start, "end", surface, sentence, value, qualifier, low, high, unit, period,
                  indicator, reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentID, figure.start, figure.end, figure.surface, figure.sentence, figure.value, figure.qualifier.rawValue,
                figure.low, figure.high, figure.unit, figure.period?.description, figure.indicator, reason, now,
            ])
        return db.changesCount > 0
    }

    /// Review items, pending ones only unless `includeDone`.
    public func reviewItems(includeDone: Bool = false) throws -> [ReviewItem] {
        try read { db in
            let sql = """
                SELECT r.*, d.name AS document_name FROM review_item r JOIN document d ON d.id = r.document_id
                \(includeDone ? "" : "WHERE r.status = 'pending'") ORDER BY r.id
                """
            return try Row.fetchAll(db, sql: sql).map { try Self.reviewItem($0, path: path) }
        }
    }

    /// The review item with this id, whatever its status, or `nil`.
    public func reviewItem(_ id: Int64) throws -> ReviewItem? {
        try read { db in
            let sql = "SELECT r.*, d.name AS document_name FROM review_item r JOIN document d ON d.id = r.document_id WHERE r.id = ?"
            return try Row.fetchOne(db, sql: sql, arguments: [id]).map { try Self.reviewItem($0, path: path) }
        }
    }

    /// Stores a pending review item's figure in `series` (which must exist) and marks it assigned.
    ///
    /// - Returns: what storing the figure did.
    @discardableResult
    public func assignReviewItem(_ id: Int64, to series: String) throws -> RecordOutcome {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT r.*, d.name AS document_name, d.published AS document_published, d.source AS document_source FROM review_item r JOIN document d ON d.id = r.document_id WHERE r.id = ?",
                    arguments: [id])
            else { throw ReviewError.unknownItem(id) }
            let item = try Self.reviewItem(row, path: path)
            guard item.status == "pending" else { throw ReviewError.notPending(id, status: item.status) }
            guard let period = item.period else { throw ReviewError.noPeriod(id) }
            guard let target = try Self.fetchSeries(db, code: series) else { throw SeriesError.unknown(series) }
            guard target.unit == item.unit else {
                throw ReviewError.unitMismatch(id, unit: item.unit, series: series, seriesUnit: target.unit)
            }
            let figure = NewObservation(
                series: series, period: period, amount: item.amount,
                published: (row["document_published"] as String?).flatMap { try? PublicationTime(parsing: $0) },
                source: row["document_source"], documentID: row["document_id"], sentence: item.sentence, start: item.start, end: item.end)
            let outcome = try Self.record(figure, db: db, now: clock())
            try db.execute(sql: "UPDATE review_item SET status = 'assigned', series_code = ? WHERE id = ?", arguments: [series, id])
            return outcome
        }
    }

    /// Drops a pending review item on purpose; it stays listed as dismissed.
    public func dismissReviewItem(_ id: Int64) throws {
        try write { db in
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM review_item WHERE id = ?", arguments: [id]) else {
                throw ReviewError.unknownItem(id)
            }
            guard status == "pending" else { throw ReviewError.notPending(id, status: status) }
            try db.execute(sql: "UPDATE review_item SET status = 'dismissed' WHERE id = ?", arguments: [id])
        }
    }

    static func reviewItem(_ row: Row, path: String) throws -> ReviewItem {
        let id: Int64 = row["id"]
        guard let qualifier = Qualifier(rawValue: row["qualifier"]),
            let amount = try? Amount(value: row["value"], qualifier: qualifier, low: row["low"], high: row["high"])
        else { throw StoreError.invalidStoredValue(path: path, detail: "review item \(id) has an inconsistent value") }
        return ReviewItem(
            id: id, document: row["document_name"], surface: row["surface"], sentence: row["sentence"], amount: amount, unit: row["unit"],
            period: (row["period"] as String?).flatMap(Period.init), indicator: row["indicator"], reason: row["reason"],
            status: row["status"],
            series: row["series_code"], start: row["start"], end: row["end"])
    }
}

/// Why a review command cannot be carried out.
public enum ReviewError: Error, Equatable, Sendable, CategorizedError {
    case unknownItem(Int64)
    case notPending(Int64, status: String)
    case noPeriod(Int64)
    case unitMismatch(Int64, unit: String, series: String, seriesUnit: String)

    public var category: ErrorCategory { .dataError }

    public var description: String {
        switch self {
        case .unknownItem(let id): "no review item \(id) (see: econ review)"
        case .notPending(let id, let status): "review item \(id) is already \(status)"
        case .noPeriod(let id): "review item \(id) has no period; the article's date is unknown"
        case .unitMismatch(let id, let unit, let series, let seriesUnit):
            "review item \(id) is in \(unit), but series '\(series)' is in \(seriesUnit)"
        }
    }
}
