import ArgumentParser
import EconKit
import Foundation

/// `--db` and `--busy-timeout`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a file, or a PostgreSQL URI (postgresql://user@host/db; PG* variables and ~/.pgpass fill the rest). Default: $ECON_DB, else $XDG_DATA_HOME/econ/econ.sqlite, else ~/.local/share/econ/econ.sqlite.",
            valueName: "path|uri"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds to wait while another process writes to the store before giving up with exit code 75.", valueName: "seconds"))
    var busyTimeout: Double = 30

    func validate() throws {
        guard busyTimeout.isFinite, busyTimeout >= 0 else { throw ValidationError("--busy-timeout must be a number of seconds ≥ 0") }
    }

    var path: String {
        get throws { try StoreLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment) }
    }

    /// Opens the store for reading; a missing store is an error and nothing is created.
    func openForReading() throws -> Store {
        try Store.open(at: path, options: .init(create: false, busyTimeout: busyTimeout))
    }

    /// Opens the store for a server: never created, and an SQLite file read through a pool of
    /// connections so that requests read side by side.
    func openForServing() throws -> Store {
        var options = Store.Options(create: false, busyTimeout: busyTimeout)
        options.concurrentReads = true
        return try Store.open(at: path, options: options)
    }

    /// Opens the store for a dry run: a missing store works as an empty one, and nothing is created.
    func openForDryRun() throws -> Store {
        do {
            return try openForReading()
        } catch StoreError.missing {
            return try Store.inMemory()
        }
    }

    /// Opens the store for writing, creating it when missing.
    func openForWriting() throws -> Store {
        try Store.open(at: path, options: .init(create: true, busyTimeout: busyTimeout))
    }
}

/// Output formats for commands that print records.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Parsers for argument values, reporting bad values as usage-free data errors (exit 65).
enum Arguments {
    static func period(_ text: String) throws -> Period { try Period(parsing: text) }
    static func time(_ text: String?) throws -> PublicationTime? { try text.map { try PublicationTime(parsing: $0) } }
    static func number(_ text: String) throws -> Double { try DecimalText.parse(text) }
}
