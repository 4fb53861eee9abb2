import Crypto
import Foundation

/// What ``Store/copy(from:merge:)`` moved, table by table.
public struct StoreCopyReport: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var name: String
        /// Rows in the source.
        public var source: Int
        /// Rows written into the destination (fewer than `source` only when merging rows it had).
        public var copied: Int
        /// Rows in the destination afterwards.
        public var destination: Int
        /// SHA-256 of the table's rows in a form that does not depend on the engine or on row ids
        /// (series by code, documents by content hash), in the source and in the destination.
        public var sourceChecksum: String
        public var destinationChecksum: String
    }

    public var tables: [Table]
    public var merged: Bool
}

/// Why a copy did not happen.
public enum StoreCopyError: Error, Equatable, Sendable, CategorizedError {
    /// The destination holds data and `--merge` was not given.
    case destinationNotEmpty(String)
    /// After copying, a table did not check out; nothing was committed.
    case checkFailed(table: String, detail: String)

    public var category: ErrorCategory {
        switch self {
        case .destinationNotEmpty: .dataError
        case .checkFailed: .internalError
        }
    }

    public var description: String {
        switch self {
        case .destinationNotEmpty(let path):
            "\(path) already holds series or documents; copy into an empty store, or pass --merge to add what it lacks"
        case .checkFailed(let table, let detail): "the copy of table \(table) did not check out (\(detail)); nothing was written"
        }
    }
}

extension Store {
    /// Copies every series, every revision with its published and recorded times, documents,
    /// annotations and the review queue of `source` into this store, in one transaction that ends
    /// with a check of every table (row counts and a checksum); anything amiss rolls it all back.
    ///
    /// Into an empty store rows keep their ids (review item numbers stay valid). With `merge`, what
    /// this store already has (the same series code, document, revision, annotation or review item)
    /// is kept and the rest added; the check is then that every source row is here.
    ///
    /// - Throws: ``StoreCopyError`` for a destination that is not empty without `merge`, or a
    ///   failed check; ``StoreError`` from either store.
    public func copy(from source: Store, merge: Bool = false) throws -> StoreCopyReport {
        try source.read { from in
            var report = StoreCopyReport(tables: [], merged: merge)
            try writeOrRollBack(commit: true) { to in
                let held = try (to.int64("SELECT count(*) FROM series") ?? 0) + (to.int64("SELECT count(*) FROM document") ?? 0)
                if !merge, held > 0 {
                    throw StoreCopyError.destinationNotEmpty(path)
                }
                var copied: [String: Int] = [:]
                let seriesIDs = try Self.copyKeyed(
                    "series", key: "code", columns: Self.copySeriesColumns, from: from, to: to, keepIDs: !merge, copied: &copied)
                let documentIDs = try Self.copyKeyed(
                    "document", key: "sha256", columns: Self.copyDocumentColumns, from: from, to: to, keepIDs: !merge, copied: &copied)
                try Self.copyRows(
                    "observation", columns: Self.copyObservationColumns, seriesColumn: 0, documentColumn: 11, seriesIDs: seriesIDs,
                    documentIDs: documentIDs, from: from, to: to, copied: &copied)
                try Self.copyRows(
                    "observation_source", columns: Self.copySourceColumns, seriesColumn: 0, documentColumn: 4, seriesIDs: seriesIDs,
                    documentIDs: documentIDs, from: from, to: to, copied: &copied)
                try Self.copyRows(
                    "annotation", columns: Self.copyAnnotationColumns, seriesColumn: 0, documentColumn: 3, seriesIDs: seriesIDs,
                    documentIDs: documentIDs, from: from, to: to, copied: &copied)
                try Self.copyRows(
                    "review_item", columns: (merge ? [] : ["id"]) + Self.copyReviewColumns, seriesColumn: nil,
                    documentColumn: merge ? 0 : 1, seriesIDs: seriesIDs, documentIDs: documentIDs, from: from, to: to, copied: &copied)
                for table in ["series", "document", "annotation", "review_item"] { try to.followExplicitIDs(table: table) }

                for table in Self.copyTables {
                    let (sourceCount, sourceSum) = try Self.checksum(table, from)
                    let (destinationCount, destinationSum) = try Self.checksum(table, to)
                    if !merge, sourceCount != destinationCount || sourceSum != destinationSum {
                        throw StoreCopyError.checkFailed(
                            table: table,
                            detail:
                                "\(sourceCount) rows in the source, \(destinationCount) in the copy; checksums \(sourceSum.prefix(12)) and \(destinationSum.prefix(12))"
                        )
                    }
                    if merge, destinationCount < sourceCount {
                        throw StoreCopyError.checkFailed(
                            table: table, detail: "\(sourceCount) rows in the source, only \(destinationCount) after merging")
                    }
                    report.tables.append(
                        .init(
                            name: table, source: sourceCount, copied: copied[table] ?? 0, destination: destinationCount,
                            sourceChecksum: sourceSum, destinationChecksum: destinationSum))
                }
            }
            return report
        }
    }

    static let copyTables = ["series", "document", "observation", "observation_source", "annotation", "review_item"]
    static let copySeriesColumns = [
        "id", "code", "title_en", "title_ru", "indicator", "measure", "unit", "frequency", "area", "counterpart", "accumulates", "source",
        "note", "created_at",
    ]
    static let copyDocumentColumns = [
        "id", "sha256", "kind", "name", "title", "source", "author", "language", "published", "recorded_at", "url", "text", "reading",
    ]
    static let copyObservationColumns = [
        "series_id", "period", "published", "recorded_at", "value", "qualifier", "low", "high", "retracted", "source", "note",
        "document_id",
        "sentence", "start", "\"end\"",
    ]
    static let copySourceColumns = [
        "series_id", "period", "observation_published", "observation_recorded_at", "document_id", "published", "source", "sentence",
        "start", "\"end\"", "recorded_at",
    ]
    static let copyAnnotationColumns = [
        "series_id", "period", "text", "document_id", "sentence", "start", "\"end\"", "published", "recorded_at",
    ]
    static let copyReviewColumns = [
        "document_id", "start", "\"end\"", "surface", "sentence", "value", "qualifier", "low", "high", "unit", "period", "indicator",
        "reason", "status", "series_code", "created_at",
    ]

    /// Copies a table whose rows are known by `key` (column 1; column 0 is the id); returns the
    /// destination id of every source id.
    private static func copyKeyed(
        _ table: String, key: String, columns: [String], from: any StoreConnection, to: any StoreConnection, keepIDs: Bool,
        copied: inout [String: Int]
    ) throws -> [Int64: Int64] {
        var ids: [Int64: Int64] = [:]
        let inserted = keepIDs ? columns : Array(columns.dropFirst())
        let insert =
            "INSERT INTO \(table) (\(inserted.joined(separator: ", "))) VALUES (\(inserted.map { _ in "?" }.joined(separator: ", "))) RETURNING id"
        var count = 0
        try from.forEachRow("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY id") { row in
            let sourceID = row.int64(0)
            if !keepIDs, let existing = try to.int64("SELECT id FROM \(table) WHERE \(key) = ?", [row.value(1)]) {
                ids[sourceID] = existing
                return
            }
            let values = (keepIDs ? 0 : 1)..<columns.count
            ids[sourceID] = try to.int64(insert, values.map { row.value($0) })
            count += 1
        }
        copied[table] = count
        return ids
    }

    /// Copies every row of a table, its series and document ids mapped, skipping rows the
    /// destination has (by the table's unique key).
    private static func copyRows(
        _ table: String, columns: [String], seriesColumn: Int?, documentColumn: Int?, seriesIDs: [Int64: Int64],
        documentIDs: [Int64: Int64], from: any StoreConnection, to: any StoreConnection, copied: inout [String: Int]
    ) throws {
        let insert = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT DO NOTHING
            """
        var count = 0
        try from.forEachRow("SELECT \(columns.joined(separator: ", ")) FROM \(table)") { row in
            var values = (0..<columns.count).map { row.value($0) }
            if let c = seriesColumn, case .integer(let id) = values[c] { values[c] = seriesIDs[id].map(SQLValue.integer) ?? .null }
            if let c = documentColumn, case .integer(let id) = values[c] { values[c] = documentIDs[id].map(SQLValue.integer) ?? .null }
            count += try to.execute(insert, values: values)
        }
        copied[table] = count
    }

    /// Row count and SHA-256 of a table with ids replaced by what they name, rows sorted, so that
    /// the same data gives the same sum in any store on either engine.
    static func checksum(_ table: String, _ db: any StoreConnection) throws -> (Int, String) {
        let sql: String
        switch table {
        case "series": sql = "SELECT \(copySeriesColumns.dropFirst().joined(separator: ", ")) FROM series"
        case "document": sql = "SELECT \(copyDocumentColumns.dropFirst().joined(separator: ", ")) FROM document"
        case "observation":
            sql = """
                SELECT s.code, d.sha256, \(copyObservationColumns.filter { $0 != "series_id" && $0 != "document_id" }.map { "o." + $0 }.joined(separator: ", "))
                FROM observation o JOIN series s ON s.id = o.series_id LEFT JOIN document d ON d.id = o.document_id
                """
        case "observation_source":
            sql = """
                SELECT s.code, d.sha256, \(copySourceColumns.filter { $0 != "series_id" && $0 != "document_id" }.map { "r." + $0 }.joined(separator: ", "))
                FROM observation_source r JOIN series s ON s.id = r.series_id JOIN document d ON d.id = r.document_id
                """
        case "annotation":
            sql = """
                SELECT s.code, d.sha256, \(copyAnnotationColumns.filter { $0 != "series_id" && $0 != "document_id" }.map { "a." + $0 }.joined(separator: ", "))
                FROM annotation a JOIN series s ON s.id = a.series_id LEFT JOIN document d ON d.id = a.document_id
                """
        default:
            sql = """
                SELECT d.sha256, \(copyReviewColumns.filter { $0 != "document_id" }.map { "r." + $0 }.joined(separator: ", "))
                FROM review_item r JOIN document d ON d.id = r.document_id
                """
        }
        var lines: [String] = []
        try db.forEachRow(sql) { row in
            let fields = (0..<row.columnCount).map { Self.columnText(row.value($0)) }
            lines.append(fields.joined(separator: "\u{1F}"))
        }
        lines.sort()
        var hash = SHA256()
        for line in lines {
            hash.update(data: Data(line.utf8))
            hash.update(data: Data([0x1E]))
        }
        return (lines.count, hash.finalize().map { String(format: "%02x", $0) }.joined())
    }

    /// A value as canonical text.
    private static func columnText(_ value: SQLValue) -> String {
        switch value {
        case .null: "∅"
        case .integer(let i): String(i)
        case .real(let d): "\(d)"
        case .text(let t): t
        }
    }
}
