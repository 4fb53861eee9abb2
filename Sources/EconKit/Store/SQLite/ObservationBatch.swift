import EconModel
import GRDB
import GRDBSQLite

/// Observation rows waiting to be inserted by a bulk writer, written many rows per statement.
///
/// Most of what SQLite does for a one-row INSERT is per statement, not per row (opening and
/// closing cursors, halting the program): a C program loading 2 M rows into econ's table took
/// 2.25 s with one row per statement and 1.38 s with 32 (scripts/bench). Rows wait here until
/// 32 have come, or until the writer reads back the series they belong to
/// (``flush(_:before:)`` first), so reads within the transaction see every row written before.
///
/// Texts are copied into one byte buffer and bound without further copies.
struct ObservationBatch: ObservationWriter {
    let db: Database

    static let rowsPerStatement = 32
    private static let columnsPerRow = 10

    private struct Pending {
        var seriesID: Int64
        var period: Range<Int>
        var published: Int64
        var recordedAt: Int64
        var value: Double?
        var qualifier: Range<Int>
        var low: Double?
        var high: Double?
        var source: Range<Int>?
        var note: Range<Int>?
    }

    /// The statement for a full batch, prepared once.
    private var full: Statement?
    private var bytes: [UInt8] = []
    private var rows: [Pending] = []

    var isEmpty: Bool { rows.isEmpty }

    /// Adds a row; inserts the waiting rows when there are enough for a statement.
    init(db: Database) { self.db = db }

    mutating func append(
        seriesID: Int64, period: String, published: Int64, recordedAt: Int64, amount: Amount, source: String?,
        note: String?
    ) throws {
        rows.append(
            Pending(
                seriesID: seriesID, period: copy(period), published: published, recordedAt: recordedAt, value: amount.value,
                qualifier: copy(amount.qualifier.rawValue), low: amount.low, high: amount.high, source: source.map { copy($0) },
                note: note.map { copy($0) }))
        if rows.count == Self.rowsPerStatement { try flush() }
    }

    /// Inserts the waiting rows if any of them belongs to `seriesID`: a read of that series must
    /// see them; rows of other series can wait for a full statement.
    mutating func flush(before seriesID: Int64) throws {
        if rows.contains(where: { $0.seriesID == seriesID }) { try flush() }
    }

    /// Inserts every waiting row.
    mutating func flush() throws {
        guard !rows.isEmpty else { return }
        defer {
            rows.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
        }
        let statement: OpaquePointer?
        if rows.count == Self.rowsPerStatement {
            if full == nil { full = try db.makeStatement(sql: Self.insertSQL(rows: rows.count)) }
            statement = full?.sqliteStatement
        } else {
            statement = try db.cachedStatement(sql: Self.insertSQL(rows: rows.count)).sqliteStatement
        }
        let code = bytes.withUnsafeBufferPointer { buffer in
            sqlite3_reset(statement)
            for (i, row) in rows.enumerated() {
                let first = Int32(i * Self.columnsPerRow)
                sqlite3_bind_int64(statement, first + 1, row.seriesID)
                bindText(statement, first + 2, buffer, row.period)
                sqlite3_bind_int64(statement, first + 3, row.published)
                sqlite3_bind_int64(statement, first + 4, row.recordedAt)
                bindDouble(statement, first + 5, row.value)
                bindText(statement, first + 6, buffer, row.qualifier)
                bindDouble(statement, first + 7, row.low)
                bindDouble(statement, first + 8, row.high)
                bindText(statement, first + 9, buffer, row.source)
                bindText(statement, first + 10, buffer, row.note)
            }
            let code = sqlite3_step(statement)
            // The bound bytes are about to go: no parameter may point at them after this.
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            return code
        }
        guard code == SQLITE_DONE else {
            throw RawStatement.error(code, db)
        }
    }

    private static func insertSQL(rows: Int) -> String {
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        return """
            INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high, retracted, source, note)
            VALUES \(repeatElement(row, count: rows).joined(separator: ", "))
            """
    }

    private mutating func copy(_ text: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        return start..<bytes.count
    }

    private func bindText(_ s: OpaquePointer?, _ index: Int32, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>?) {
        guard let range else {
            sqlite3_bind_null(s, index)
            return
        }
        // SQLITE_STATIC (nil): SQLite reads the buffer in place; it outlives the step.
        // The buffer is never empty here (every row has its qualifier's text).
        let start = buffer.baseAddress.map { UnsafeRawPointer($0 + range.lowerBound).assumingMemoryBound(to: CChar.self) }
        sqlite3_bind_text(s, index, start, Int32(range.count), nil)
    }

    private func bindDouble(_ s: OpaquePointer?, _ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(s, index, value) } else { sqlite3_bind_null(s, index) }
    }
}
