import Crypto
import EconModel
import Foundation

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
    /// Where it was read: a page's canonical address, a feed item's link, the sidecar's `url`.
    public var url: String?
    /// The text figures were read from, which offsets refer to: the article's text inside a web
    /// page or feed item, the file itself for plain text; `nil` for tables.
    public var text: String?

    public init(
        content: [UInt8], kind: String, name: String?, title: String? = nil, source: String? = nil, author: String? = nil,
        language: String? = nil, published: PublicationTime? = nil, url: String? = nil, text: String? = nil
    ) {
        self.sha256 = Store.hex(Array(SHA256.hash(data: content)))
        self.kind = kind
        self.name = name
        self.title = title
        self.source = source
        self.author = author
        self.language = language
        self.published = published
        self.url = url
        self.text = text
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
    /// The id of the document with this content — or, for an article with an address, with the same
    /// text at the same address — storing it first when new.
    static func documentID(_ db: any StoreConnection, _ document: Document, now: String) throws -> Int64 {
        if let id = try db.int64("SELECT id FROM document WHERE sha256 = ?", [document.sha256]) { return id }
        // The same article at the same address, saved again with other bytes around it (a page's
        // ads and links change): the document already stored.
        if let url = document.url, let text = document.text,
            let id = try db.int64("SELECT id FROM document WHERE url = ? AND text = ? ORDER BY id LIMIT 1", [url, text])
        {
            return id
        }
        return try db.int64(
            """
            INSERT INTO document (sha256, kind, name, title, source, author, language, published, recorded_at, url, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            [
                document.sha256, document.kind, document.name, document.title, document.source, document.author, document.language,
                document.published?.text, now, document.url, document.text,
            ]) ?? 0
    }

    /// Stores an annotation once; returns whether it was new.
    static func addAnnotation(
        _ db: any StoreConnection, seriesID: Int64, period: Period?, text: String, documentID: Int64, start: Int, end: Int,
        published: String?,
        now: String
    ) throws -> Bool {
        try db.execute(
            """
            INSERT INTO annotation (series_id, period, text, document_id, sentence, start, "end", published, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [seriesID, period?.description, text, documentID, text, start, end, published, now]) > 0
    }

    /// Annotations of a series, in period order.
    public func annotations(_ code: String) throws -> [Annotation] {
        try read { db in
            try db.rows(
                """
                SELECT a.period, a.text, a.start, a."end", d.name FROM annotation a JOIN series s ON s.id = a.series_id
                LEFT JOIN document d ON d.id = a.document_id WHERE s.code = ? ORDER BY a.period, a.start
                """,
                [code]
            ) {
                Annotation(
                    series: code, period: $0.text(0).flatMap(Period.init), text: $0.text(1) ?? "", document: $0.text(4),
                    start: $0.optionalInt(2), end: $0.optionalInt(3))
            }
        }
    }

    /// Documents in the store, in the order they were stored.
    public func documents() throws -> [Document] {
        try read { db in
            try db.rows("SELECT kind, name, title, source, author, language, sha256, published, url, text FROM document ORDER BY id") {
                row in
                var document = Document(
                    content: [], kind: row.text(0) ?? "", name: row.text(1), title: row.text(2), source: row.text(3), author: row.text(4),
                    language: row.text(5), url: row.text(8), text: row.text(9))
                document.sha256 = row.text(6) ?? ""
                document.published = row.text(7).flatMap { try? PublicationTime(parsing: $0) }
                return document
            }
        }
    }

    // MARK: - Review queue

    /// Adds a figure to the review queue once (by document and offsets); returns whether it was new.
    static func addReviewItem(_ db: any StoreConnection, documentID: Int64, figure: ExtractedFigure, reason: String, now: String) throws
        -> Bool
    {
        try db.execute(
            """
            INSERT INTO review_item (document_id, start, "end", surface, sentence, value, qualifier, low, high, unit, period,
              indicator, reason, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
                documentID, figure.start, figure.end, figure.surface, figure.sentence, figure.value, figure.qualifier.rawValue,
                figure.low, figure.high, figure.unit, figure.period?.description, figure.indicator, reason, now,
            ]) > 0
    }

    /// Review items, pending ones only unless `includeDone`.
    public func reviewItems(includeDone: Bool = false) throws -> [ReviewItem] {
        try read { db in
            let sql = """
                SELECT \(Self.reviewColumns) FROM review_item r JOIN document d ON d.id = r.document_id
                \(includeDone ? "" : "WHERE r.status = 'pending'") ORDER BY r.id
                """
            return try db.rows(sql) { try Self.reviewItem($0, path: path) }
        }
    }

    /// The review item with this id, whatever its status, or `nil`.
    public func reviewItem(_ id: Int64) throws -> ReviewItem? {
        try read { db in
            let sql = "SELECT \(Self.reviewColumns) FROM review_item r JOIN document d ON d.id = r.document_id WHERE r.id = ?"
            return try db.firstRow(sql, [id]) { try Self.reviewItem($0, path: path) }
        }
    }

    /// Stores a pending review item's figure in `series` (which must exist) and marks it assigned.
    ///
    /// - Returns: what storing the figure did.
    @discardableResult
    public func assignReviewItem(_ id: Int64, to series: String) throws -> RecordOutcome {
        try write { db in
            guard
                let (item, published, source, documentID) = try db.firstRow(
                    "SELECT \(Self.reviewColumns), d.published, d.source, r.document_id FROM review_item r JOIN document d ON d.id = r.document_id WHERE r.id = ?",
                    [id],
                    { (try Self.reviewItem($0, path: path), $0.text(17), $0.text(18), $0.int64(19)) })
            else { throw ReviewError.unknownItem(id) }
            guard item.status == "pending" else { throw ReviewError.notPending(id, status: item.status) }
            guard let period = item.period else { throw ReviewError.noPeriod(id) }
            guard let target = try Self.fetchSeries(db, code: series) else { throw SeriesError.unknown(series) }
            guard target.unit == item.unit else {
                throw ReviewError.unitMismatch(id, unit: item.unit, series: series, seriesUnit: target.unit)
            }
            let figure = NewObservation(
                series: series, period: period, amount: item.amount,
                published: published.flatMap { try? PublicationTime(parsing: $0) },
                source: source, documentID: documentID, sentence: item.sentence, start: item.start, end: item.end)
            let outcome = try Self.record(figure, db: db, now: clock())
            try db.execute("UPDATE review_item SET status = 'assigned', series_code = ? WHERE id = ?", [series, id])
            return outcome
        }
    }

    /// Drops a pending review item on purpose; it stays listed as dismissed.
    public func dismissReviewItem(_ id: Int64) throws {
        try write { db in
            guard let status = try db.text("SELECT status FROM review_item WHERE id = ?", [id]) else {
                throw ReviewError.unknownItem(id)
            }
            guard status == "pending" else { throw ReviewError.notPending(id, status: status) }
            try db.execute("UPDATE review_item SET status = 'dismissed' WHERE id = ?", [id])
        }
    }

    /// The columns ``reviewItem(_:path:)`` reads, in its order (`r` the item, `d` its document).
    static let reviewColumns = """
        r.id, r.qualifier, r.value, r.low, r.high, d.name, r.surface, r.sentence, r.unit, r.period, r.indicator, r.reason, \
        r.status, r.series_code, r.start, r."end", r.document_id
        """

    /// A review item from a row that starts with ``reviewColumns``.
    static func reviewItem(_ row: any SQLColumns, path: String) throws -> ReviewItem {
        let id = row.int64(0)
        guard let qualifier = Qualifier(rawValue: row.text(1) ?? ""),
            let amount = try? Amount(value: row.double(2), qualifier: qualifier, low: row.double(3), high: row.double(4))
        else { throw StoreError.invalidStoredValue(path: path, detail: "review item \(id) has an inconsistent value") }
        return ReviewItem(
            id: id, document: row.text(5), surface: row.text(6) ?? "", sentence: row.text(7) ?? "", amount: amount, unit: row.text(8) ?? "",
            period: row.text(9).flatMap(Period.init), indicator: row.text(10), reason: row.text(11) ?? "",
            status: row.text(12) ?? "", series: row.text(13), start: Int(row.int64(14)), end: Int(row.int64(15)))
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

extension Store {
    /// What an earlier reading of the article with `sha256` gave, when it was read as `reading`
    /// says (see ``ArticleImport``); `nil` when the store does not hold it read that way.
    func articleReading(sha256: String, reading: String) throws -> ArticleImport.AlreadyRead? {
        guard let stored = try read({ db in try db.text("SELECT reading FROM document WHERE sha256 = ?", [sha256]) }) else { return nil }
        let parts = stored.split(separator: " ")
        guard parts.count == 3, parts[0] == reading, let figures = Int(parts[1]), let review = Int(parts[2]) else { return nil }
        return ArticleImport.AlreadyRead(stored: figures, inReview: review)
    }

    /// The first 64 bits of the SHA-256 of every article the store holds with its reading.
    func readArticleDigests() throws -> Set<UInt64> {
        try read { db in
            var digests = Set<UInt64>()
            try db.forEachRow("SELECT sha256 FROM document WHERE reading IS NOT NULL", []) { row in
                if let hex = row.text(0), let digest = ArticleReadings.digest(hex) { digests.insert(digest) }
            }
            return digests
        }
    }
}

/// How an import asks whether the store holds an article read the same way.
///
/// A batch notes, when it begins, which articles the store holds read (64 bits of each SHA-256:
/// 8 bytes an article), and asks the store only about an article among them: importing into a new
/// store asks nothing. An article stored after that — by another process, or twice in one batch —
/// is read again, which stores nothing new.
struct ArticleReadings: Sendable {
    let store: Store
    private let known: Set<UInt64>?

    /// Asks `store` about every article.
    init(store: Store) {
        self.store = store
        known = nil
    }

    private init(store: Store, known: Set<UInt64>) {
        self.store = store
        self.known = known
    }

    /// Notes the articles `store` holds read now.
    static func noted(in store: Store) throws -> ArticleReadings {
        ArticleReadings(store: store, known: try store.readArticleDigests())
    }

    func alreadyRead(sha256: String, reading: String) throws -> ArticleImport.AlreadyRead? {
        if let known, let digest = Self.digest(sha256), !known.contains(digest) { return nil }
        return try store.articleReading(sha256: sha256, reading: reading)
    }

    static func digest(_ hex: String) -> UInt64? { UInt64(hex.prefix(16), radix: 16) }
}
