import GRDB
import GRDBSQLite

/// A cached GRDB statement bound, stepped and read through SQLite's C API.
///
/// The hot read paths — exports, trends, re-imports — decode millions of rows, and GRDB's generic
/// rows were most of their cost. Columns are read by position.
struct RawStatement {
    let db: Database
    let handle: OpaquePointer?

    /// The cached statement for `sql`, reset and ready to bind.
    init(_ db: Database, sql: String) throws {
        self.db = db
        handle = try db.cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(handle)
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ text: String) {
        // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
        _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
    }

    func bind(_ index: Int32, _ value: SQLValue) {
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let i): sqlite3_bind_int64(handle, index, i)
        case .real(let d): sqlite3_bind_double(handle, index, d)
        case .text(let t): bind(index, t)
        }
    }

    /// Moves to the next row: `true` on a row, `false` when there are no more.
    ///
    /// - Throws: `DatabaseError` for anything else SQLite says (busy, I/O, corruption).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw Self.error(code, db)
    }

    /// Ends the current use: the statement stays cached for the next.
    func reset() {
        sqlite3_reset(handle)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(_ column: Int32) -> Double? { isNull(column) ? nil : sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String? {
        isNull(column) ? nil : sqlite3_column_text(handle, column).map { String(cString: $0) }
    }

    /// SQLite's error for `code`, with its message.
    static func error(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}
