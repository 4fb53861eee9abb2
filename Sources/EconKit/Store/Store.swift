import Foundation
import GRDB

/// An econ store: series, every revision of their figures, the documents they came from and
/// annotations — in one SQLite file, or in a PostgreSQL database shared by a team.
///
/// Open one with ``open(at:options:)`` (a file path, or a `postgresql://` URI) or
/// ``inMemory(clock:)`` (tests). Every write is one transaction holding the store's write lock, so
/// a write either happens whole or not at all, and concurrent processes queue behind each other
/// (SQLite: WAL mode and a busy timeout; PostgreSQL: a transaction-level advisory lock) instead of
/// failing. Callers never see which engine they have.
///
/// ```swift
/// let store = try Store.open(at: "econ.sqlite", options: .init(create: true))
/// try store.addSeries(Series(code: "ru_kz.investment.yearly", measure: .flow, unit: "USD", frequency: .annual))
/// try store.record(NewObservation(series: "ru_kz.investment.yearly", period: Period(parsing: "2024"), amount: Amount(4e9, .approx)))
/// ```
public struct Store: Sendable {
    /// How to open a store file.
    public struct Options: Sendable {
        /// Create the file (and its folder) when missing; read-only commands pass `false`.
        public var create: Bool
        /// Seconds to wait for another process's write before giving up with ``StoreError/busy(path:timeout:)``.
        public var busyTimeout: Double
        /// The clock for `recorded_at` and default publication times.
        public var clock: @Sendable () -> Date
        /// Read an SQLite file through a pool of connections, so that reads run side by side (a
        /// server answering many requests); writes still queue on the file's lock. PostgreSQL
        /// stores always read in parallel.
        public var concurrentReads = false

        public init(create: Bool, busyTimeout: Double = 30, clock: @escaping @Sendable () -> Date = { Date() }) {
            self.create = create
            self.busyTimeout = busyTimeout
            self.clock = clock
        }
    }

    /// Where the store lives, and how to reach it.
    enum Engine: Sendable {
        /// A queue (one connection), or a pool of readers beside a writer (``Options/concurrentReads``).
        case sqlite(any DatabaseWriter)
        case postgresql(PostgreSQLEngine)
    }

    private(set) var engine: Engine

    /// A short name for reports: the file's name, or the PostgreSQL database's.
    public var name: String {
        switch engine {
        case .sqlite: URL(fileURLWithPath: path).lastPathComponent
        case .postgresql(let engine): engine.databaseName
        }
    }

    /// The SQLite database, when the store is a file (for the SQLite engine's own code and tests).
    var database: (any DatabaseWriter)? {
        if case .sqlite(let database) = engine { return database }
        return nil
    }
    /// The file path, `:memory:`, or the PostgreSQL URI with its password hidden: fit for messages.
    public let path: String
    let busyTimeout: Double
    let clock: @Sendable () -> Date
    /// The file as opened; a write commits only while `path` still names this file.
    var fileIdentity: FileIdentity? = nil

    /// Opens the store at `path`, creating it when `options.create` allows, and upgrades its schema.
    ///
    /// - Throws: ``StoreError``: missing (read commands), not a database, not an econ store, written
    ///   by a newer econ, damaged, busy, or an I/O failure. The file is never modified in those cases.
    public static func open(at path: String, options: Options) throws(StoreError) -> Store {
        if let location = PostgreSQLLocation(path) {
            let engine = PostgreSQLEngine(location, busyTimeout: options.busyTimeout)
            try engine.prepareSchema(mayCreate: options.create)
            return Store(engine: .postgresql(engine), path: location.redacted, busyTimeout: options.busyTimeout, clock: options.clock)
        }
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            guard options.create else { throw .missing(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .io(path: path, detail: "cannot create folder \(folder): \(error.localizedDescription)")
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        // WAL is switched on once the file is known to be ours (see prepareSchema): setting it
        // while opening would rewrite the header of a file that is not an econ store.
        configuration.foreignKeysEnabled = true
        configuration.label = "econ"
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: options.busyTimeout)
        } catch {
            throw .io(path: path, detail: "\(error)")
        }
        var store = Store(engine: .sqlite(database), path: path, busyTimeout: options.busyTimeout, clock: options.clock)
        store.fileIdentity = FileIdentity(path: path)
        try store.prepareSchema(database, mayCreate: options.create)
        guard options.concurrentReads else { return store }
        // The file is now known to be an econ store in WAL mode, which a pool needs (opening a pool
        // on a foreign file would switch that file to WAL).
        do {
            try database.close()
            store.engine = .sqlite(try DatabasePool(path: path, configuration: configuration))
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: options.busyTimeout)
        } catch {
            throw .io(path: path, detail: "\(error)")
        }
        return store
    }

    /// A fresh store in memory, for tests and one-off computations.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> Store {
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(configuration: Configuration())
        } catch {
            throw .sqlite(path: ":memory:", detail: "\(error)")
        }
        let store = Store(engine: .sqlite(database), path: ":memory:", busyTimeout: 0, clock: clock)
        try store.prepareSchema(database, mayCreate: true)
        return store
    }

    /// Checks that the file is an econ store of a schema this version knows, then applies any
    /// missing migrations.
    private func prepareSchema(_ database: DatabaseQueue, mayCreate: Bool) throws(StoreError) {
        let migrator = Migrations.migrator
        // Several processes may create or upgrade the same new store at once; the migrator checks
        // what is applied before it takes the write lock, so a loser can collide with the winner's
        // work. Re-checking after a failure resolves that race without extra locking.
        for attempt in 1...3 {
            do {
                let state = try database.read { db in try SchemaState(db, migrator: migrator) }
                switch state {
                case .foreign: throw StoreError.notAnEconStore(path: path)
                case .newer(let unknown): throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
                case .current: return
                case .empty where !mayCreate: throw StoreError.notAnEconStore(path: path)
                case .empty, .older:
                    // Mark the file as ours before the first table exists, so a process that
                    // opens it while we migrate never takes it for another application's database.
                    try database.writeWithoutTransaction { db in
                        try db.execute(sql: "PRAGMA application_id = \(Migrations.applicationID)")
                        if path != ":memory:" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                    }
                    try migrator.migrate(database)
                }
                return
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError {
                if attempt < 3, error.resultCode != .SQLITE_NOTADB, error.resultCode != .SQLITE_CORRUPT { continue }
                throw StoreError(error, path: path, busyTimeout: busyTimeout)
            } catch {
                throw .sqlite(path: path, detail: "\(error)")
            }
        }
    }

    /// What an opened file holds, before any migration.
    private enum SchemaState {
        case empty, current, older, foreign
        case newer([String])

        init(_ db: Database, migrator: DatabaseMigrator) throws {
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID != Migrations.applicationID {
                self = tableCount == 0 && applicationID == 0 ? .empty : .foreign
                return
            }
            if try migrator.hasBeenSuperseded(db) {
                let known = Set(Migrations.migrator.migrations)
                self = .newer(try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted())
            } else {
                self = try migrator.hasCompletedMigrations(db) ? .current : .older
            }
        }
    }

    // MARK: - Transactions

    /// Runs `body` in one write transaction holding the store's write lock, translating engine errors.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        var result: T?
        if case .postgresql(let engine) = engine {
            // The body only computes its result: safe to run again when PostgreSQL cancels it.
            try engine.retryingTransaction(write: true, commit: true) { result = try body(PostgreSQLConnection($0)) }
        } else {
            try writeOrRollBack(commit: true) { result = try body($0) }
        }
        guard let result else { throw StoreError.sqlite(path: path, detail: "transaction produced no result") }
        return result
    }

    /// Runs `body` in one write transaction that commits only when `commit` is true (a dry run
    /// rolls everything back).
    ///
    /// `foreignKeys: false` is for bulk writers that take every referenced id from the store inside
    /// the same transaction: SQLite then skips one parent lookup per inserted row.
    func writeOrRollBack(commit: Bool, foreignKeys: Bool = true, _ body: (any StoreConnection) throws -> Void) throws {
        switch engine {
        case .postgresql(let engine):
            try engine.transaction(write: true, commit: commit) { try body(PostgreSQLConnection($0)) }
        case .sqlite(let database):
            do {
                try database.writeWithoutTransaction { db in
                    if !foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                    defer { if !foreignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                    try db.inTransaction(.immediate) {
                        try body(SQLiteConnection(db))
                        if commit { try checkFileIsStillThere() }
                        return commit ? .commit : .rollback
                    }
                }
            } catch let error as DatabaseError {
                throw StoreError(error, path: path, busyTimeout: busyTimeout)
            }
        }
    }

    /// A second handle on the same store whose reads do not wait for this handle's writes: a pool
    /// of read-only connections on the same SQLite file (WAL lets them read beside the writer).
    /// A PostgreSQL store already reads in parallel, and an in-memory store has no file: both
    /// return themselves. A batch asks through it whether each article was read before while the
    /// calling thread stores the one before (through one connection, each waited for the other).
    public func concurrentReader() throws(StoreError) -> Store {
        guard case .sqlite(let database) = engine, database is DatabaseQueue, path != ":memory:" else { return self }
        var options = Options(create: false, busyTimeout: busyTimeout, clock: clock)
        options.concurrentReads = true
        return try Store.open(at: path, options: options)
    }

    /// Runs `body`, a run of many small write transactions (a folder of articles, one transaction
    /// each), with the file flushed to disk once at the end instead of at every commit.
    ///
    /// Every commit stays atomic and is seen by other connections at once, and a crash of the
    /// process loses nothing. Only a power loss or an operating-system crash during the run may
    /// take back its last commits — never damage the store (SQLite's WAL with `synchronous =
    /// NORMAL`). On return, by an error too, everything committed is on disk: a checkpoint syncs
    /// the log. A flush per commit was the largest single cost of importing many short articles.
    /// PostgreSQL commits as it always does.
    public func flushingOnceAtTheEnd<T>(_ body: () throws -> T) throws -> T {
        guard case .sqlite(let database) = engine, path != ":memory:" else { return try body() }
        do {
            try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = NORMAL") }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
        defer {
            try? database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
            }
        }
        return try body()
    }

    /// Runs `body` in a read transaction (a consistent snapshot), translating engine errors.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        switch engine {
        case .postgresql(let engine):
            var result: T?
            try engine.transaction(write: false, commit: false) { result = try body(PostgreSQLConnection($0)) }
            guard let result else { throw StoreError.sqlite(path: path, detail: "transaction produced no result") }
            return result
        case .sqlite(let database):
            do {
                // GRDB's `read` on a single connection brackets the transaction with `PRAGMA
                // query_only`, and SQLite expires every prepared statement when a flag pragma
                // changes: each read made the next write transaction re-prepare all its cached
                // statements (15 % of a batch import, measured). A deferred transaction that is
                // rolled back is the same snapshot without the pragma.
                if let queue = database as? DatabaseQueue {
                    let result: T? = try queue.unsafeRead { db in
                        var result: T?
                        try db.inTransaction(.deferred) {
                            result = try body(SQLiteConnection(db))
                            return .rollback
                        }
                        return result
                    }
                    guard let result else { throw StoreError.sqlite(path: path, detail: "transaction produced no result") }
                    return result
                }
                return try database.read { try body(SQLiteConnection($0)) }
            } catch let error as DatabaseError {
                throw StoreError(error, path: path, busyTimeout: busyTimeout)
            }
        }
    }

    /// Throws unless `path` still names the file that was opened.
    ///
    /// SQLite goes on writing to a file that was deleted or replaced while open; on Linux it even
    /// commits. Those figures would be reported as stored and then be lost with the deleted file,
    /// so such a write is rolled back instead.
    func checkFileIsStillThere() throws(StoreError) {
        guard let fileIdentity, FileIdentity(path: path) != fileIdentity else { return }
        throw .io(path: path, detail: "the store file was removed or replaced while econ had it open; nothing was written")
    }

    /// The current time as `recorded_at` text.
    func recordingTime() -> String { RecordingTime.text(clock()) }
}

/// A file's device and inode: which file a path names at a given moment.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// `nil` when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }
}
