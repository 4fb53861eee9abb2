import EconModel

/// The SQL the store's logic runs, on whichever engine holds the store.
///
/// Statements use `?` placeholders and the SQL both engines speak (`INSERT … ON CONFLICT DO
/// NOTHING`, `RETURNING id`, no `GLOB`); what differs — opening, schema, transactions, bulk
/// loading — lives in each engine's folder (`Store/SQLite`, `Store/PostgreSQL`). Nothing above the
/// store sees which engine it has.
protocol StoreConnection: AnyObject {
    /// Runs a statement; returns how many rows it changed.
    func execute(_ sql: String, values: [SQLValue]) throws -> Int

    /// Runs a query and hands each row to `body`; the row is valid only inside the call.
    func forEachRow(_ sql: String, values: [SQLValue], _ body: (any SQLColumns) throws -> Void) throws

    /// Whether reading many series in one query beats one query per series: true for a server,
    /// where every query is a round trip; false for SQLite, whose per-series statements stream.
    var prefersBatchedReads: Bool { get }

    /// Makes the next generated id of `table` follow the largest stored one, after rows were
    /// inserted with ids of their own (``Store/copy(from:merge:)``).
    func followExplicitIDs(table: String) throws

    /// A writer for many new observation rows at once (imports): multi-row inserts on SQLite, COPY
    /// on PostgreSQL.
    func observationWriter() -> any ObservationWriter
}

/// One result row, read by column position.
protocol SQLColumns {
    func isNull(_ column: Int) -> Bool
    /// 0 for NULL.
    func int64(_ column: Int) -> Int64
    func double(_ column: Int) -> Double?
    func text(_ column: Int) -> String?
    /// How many columns the row has.
    var columnCount: Int { get }
    /// The value with the type it is stored with.
    func value(_ column: Int) -> SQLValue
}

extension SQLColumns {
    func optionalInt64(_ column: Int) -> Int64? { isNull(column) ? nil : int64(column) }
    func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : Int(int64(column)) }
    func bool(_ column: Int) -> Bool { int64(column) != 0 }
}

extension StoreConnection {
    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int {
        try execute(sql, values: arguments.map(\.sqlValue))
    }

    func forEachRow(_ sql: String, _ arguments: [any SQLBindable] = [], _ body: (any SQLColumns) throws -> Void) throws {
        try forEachRow(sql, values: arguments.map(\.sqlValue), body)
    }

    /// Every row of a query, each made into a `T`.
    func rows<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ make: (any SQLColumns) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql, arguments) { result.append(try make($0)) }
        return result
    }

    /// The first row of a query made into a `T`, or `nil` when there is none.
    func firstRow<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ make: (any SQLColumns) throws -> T) throws -> T? {
        var result: T?
        try forEachRow(sql, arguments) { row in
            if result == nil { result = try make(row) }
        }
        return result
    }

    /// The integer in the first column of the first row, or `nil`.
    func int64(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int64? {
        try firstRow(sql, arguments) { $0.optionalInt64(0) } ?? nil
    }

    /// The text in the first column of the first row, or `nil`.
    func text(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> String? {
        try firstRow(sql, arguments) { $0.text(0) } ?? nil
    }
}

/// New observation rows written in bulk inside the import's transaction.
protocol ObservationWriter {
    mutating func append(
        seriesID: Int64, period: String, published: Int64, recordedAt: Int64, amount: Amount, source: String?, note: String?) throws
    /// Writes what waits, when a row of `seriesID` does (before its stored revisions are read).
    mutating func flush(before seriesID: Int64) throws
    /// Writes everything that waits.
    mutating func flush() throws
    /// Writes everything that waits at the end of the import.
    mutating func finish() throws
}

extension ObservationWriter {
    mutating func finish() throws { try flush() }
}
