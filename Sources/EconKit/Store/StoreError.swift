import GRDB

/// Why the store could not be opened, read or written.
public enum StoreError: Error, Sendable, CategorizedError {
    /// A read command found no store at the path; nothing was created.
    case missing(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database that econ did not make.
    case notAnEconStore(path: String)
    /// The store was made or upgraded by a newer econ; it is left untouched.
    case newerSchema(path: String, unknownMigrations: [String])
    /// SQLite reports the file as damaged.
    case damaged(path: String, detail: String)
    /// Another process held the store past the busy timeout.
    case busy(path: String, timeout: Double)
    /// The disk or file system refused a read or write.
    case io(path: String, detail: String)
    /// A stored value econ cannot read back (a sign of a damaged or hand-edited store).
    case invalidStoredValue(path: String, detail: String)
    /// Anything else SQLite reported.
    case sqlite(path: String, detail: String)
    /// No PostgreSQL server answered at the location (not running, wrong host or port).
    case unreachable(location: String, detail: String)
    /// The server refused the login (wrong password) or the role may not do what was asked.
    case denied(location: String, detail: String)
    /// The connection to the server broke off (restart, `pg_terminate_backend`); nothing of the
    /// interrupted write was stored, and running it again is safe.
    case connectionLost(location: String, detail: String)
    /// PostgreSQL cancelled the transaction (a serialization failure, a deadlock, a statement
    /// timeout) more times than econ retries it.
    case conflict(location: String, detail: String)
    /// Anything else PostgreSQL reported, with its SQLSTATE.
    case server(location: String, state: String, detail: String)
    /// What was asked has no meaning for this engine (a file backup of a PostgreSQL store).
    case unsupported(path: String, detail: String)

    public var category: ErrorCategory {
        switch self {
        case .missing: .noInput
        case .notADatabase, .notAnEconStore, .newerSchema, .damaged, .invalidStoredValue: .dataError
        case .busy: .busy
        case .io: .ioError
        case .sqlite, .server: .internalError
        case .unreachable: .unavailable
        case .denied: .permission
        case .connectionLost, .conflict: .busy
        case .unsupported: .usage
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            "no store at \(path) (a write command such as 'econ series add' or 'econ import' creates it)"
        case .notADatabase(let path): "\(path) is not an econ store: it is not an SQLite database; it was left untouched"
        case .notAnEconStore(let path): "\(path) is an SQLite database but not an econ store; it was left untouched"
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer version of econ (schema steps unknown here: \(unknown.joined(separator: ", "))); upgrade econ to use it — the store was left untouched"
        case .damaged(let path, let detail): "\(path) is damaged (\(detail)); restore it from a backup ('econ backup' makes one)"
        case .busy(let path, let timeout):
            "\(path) is busy: another process held it longer than the busy timeout (\(DecimalText.format(timeout)) s); try again later or raise --busy-timeout"
        case .io(let path, let detail): "cannot read or write \(path): \(detail)"
        case .invalidStoredValue(let path, let detail): "\(path) holds a value econ cannot read: \(detail)"
        case .sqlite(let path, let detail): "SQLite error on \(path): \(detail)"
        case .unreachable(let location, let detail): "cannot reach the PostgreSQL server for \(location): \(detail)"
        case .denied(let location, let detail): "PostgreSQL refused \(location): \(detail)"
        case .connectionLost(let location, let detail):
            "the connection to \(location) was lost (\(detail)); nothing of the interrupted write was stored — run the command again"
        case .conflict(let location, let detail):
            "PostgreSQL kept cancelling the write to \(location) (\(detail)); nothing was stored — try again later"
        case .server(let location, let state, let detail): "PostgreSQL error \(state) on \(location): \(detail)"
        case .unsupported(let path, let detail): "\(path): \(detail)"
        }
    }

    /// Whether running the same transaction again may succeed (PostgreSQL cancelled it).
    var isRetryable: Bool {
        if case .conflict = self { return true }
        return false
    }

    /// Translates an SQLite error into the store error a user can act on.
    init(_ error: DatabaseError, path: String, busyTimeout: Double) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CORRUPT: self = .damaged(path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, timeout: busyTimeout)
        case .SQLITE_FULL: self = .io(path: path, detail: "the disk or the store is full (\(detail))")
        case .SQLITE_READONLY: self = .io(path: path, detail: "the store or its folder is read-only (\(detail))")
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_NOLFS:
            self = .io(path: path, detail: detail)
        default: self = .sqlite(path: path, detail: detail)
        }
    }
}
