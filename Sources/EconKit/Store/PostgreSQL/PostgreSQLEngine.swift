import Foundation

/// A store in a PostgreSQL database: connections (kept for reuse by one process), transactions
/// and the store's write lock.
///
/// Writers serialise on a transaction-level advisory lock named after the store's schema, as
/// SQLite's writers do on the file: a figure's revisions are read and its new revision written
/// with no other writer in between, so revision history has no gaps or duplicates whatever the
/// number of processes. Readers take a repeatable-read snapshot and never wait for writers.
final class PostgreSQLEngine: @unchecked Sendable {
    let location: PostgreSQLLocation
    /// Whether the URI picks the search path itself; if not, the tables live in schema `econ`.
    private let choosesSchema: Bool
    private let lock = NSLock()
    private var idle: [PGConnection] = []
    /// The database's name, as libpq resolved it when the store was opened.
    private(set) var databaseName = "postgresql"

    /// Seconds a writer waits for the write lock before giving up (`--busy-timeout`).
    let busyTimeout: Double
    /// How many times a transaction PostgreSQL cancelled (serialization failure, deadlock,
    /// statement timeout) is run again before econ gives up.
    static let attempts = 3

    init(_ location: PostgreSQLLocation, busyTimeout: Double = 30) {
        self.location = location
        self.busyTimeout = busyTimeout
        choosesSchema = location.uri.lowercased().contains("search_path")
    }

    /// A connection with the store's search path set; `schemaMustExist: false` creates the schema.
    private func connect() throws(StoreError) -> PGConnection {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        let pg = try PGConnection(location, setup: choosesSchema ? [] : ["SET search_path TO \(PostgreSQLSchema.defaultSchema)"])
        pg.lockTimeout = busyTimeout
        return pg
    }

    private func release(_ pg: PGConnection) {
        guard pg.isHealthy else { return }
        lock.lock()
        if idle.count < 4 { idle.append(pg) }
        lock.unlock()
    }

    /// Runs `body` in a transaction: a write holds the store's write lock and commits only when
    /// `commit`; a read sees one snapshot. Anything thrown rolls the transaction back.
    func transaction(write: Bool, commit: Bool, _ body: (PGConnection) throws -> Void) throws {
        let pg = try connect()
        defer { release(pg) }
        try pg.run(write ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            if write {
                // The write lock waits at most --busy-timeout, as SQLite's busy timeout does.
                // 0 would mean "wait for ever" to PostgreSQL; --busy-timeout 0 means "do not wait".
                try pg.run("SET LOCAL lock_timeout = \(max(1, Int((busyTimeout * 1000).rounded())))")
                try pg.run("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")
                try pg.run("SET LOCAL lock_timeout = 0")
            }
            try body(pg)
            try pg.run(write && commit ? "COMMIT" : "ROLLBACK")
        } catch {
            _ = try? pg.run("ROLLBACK")
            throw error
        }
    }

    /// ``transaction(write:commit:_:)`` run again, a bounded number of times, while PostgreSQL
    /// cancels it (serialization failure, deadlock, statement timeout). Only for bodies that change
    /// nothing outside the transaction.
    func retryingTransaction(write: Bool, commit: Bool, _ body: (PGConnection) throws -> Void) throws {
        for attempt in 1...Self.attempts {
            do {
                return try transaction(write: write, commit: commit, body)
            } catch let error as StoreError where error.isRetryable && attempt < Self.attempts {
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// Checks that the schema is an econ store this version knows, then applies missing migrations
    /// (creating the schema first when `mayCreate`).
    func prepareSchema(mayCreate: Bool) throws(StoreError) {
        do {
            let pg = try connect()
            defer { release(pg) }
            databaseName = pg.databaseName
            switch try PostgreSQLSchema.state(pg) {
            case .current: return
            case .foreign: throw StoreError.notAnEconStore(path: location.redacted)
            case .newer(let unknown): throw StoreError.newerSchema(path: location.redacted, unknownMigrations: unknown)
            case .empty where !mayCreate: throw StoreError.missing(path: location.redacted)
            case .empty, .older:
                try pg.run("BEGIN")
                do {
                    // The write lock first (named as the schema will be), so that two processes
                    // creating the same new store do not race on CREATE SCHEMA.
                    let schema = try PostgreSQLSchema.chosenSchema(pg)
                    try pg.run("SELECT pg_advisory_xact_lock(hashtext(?))", [.text(schema)])
                    try pg.run("CREATE SCHEMA IF NOT EXISTS \(PostgreSQLSchema.quoted(schema))")
                    // Another process may have created or upgraded it while we waited for the lock.
                    switch try PostgreSQLSchema.state(pg) {
                    case .newer(let unknown): throw StoreError.newerSchema(path: location.redacted, unknownMigrations: unknown)
                    case .foreign: throw StoreError.notAnEconStore(path: location.redacted)
                    case .current: break
                    case .empty, .older: try PostgreSQLSchema.migrate(pg)
                    }
                    try pg.run("COMMIT")
                } catch {
                    _ = try? pg.run("ROLLBACK")
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .server(location: location.redacted, state: "", detail: "\(error)")
        }
    }
}
