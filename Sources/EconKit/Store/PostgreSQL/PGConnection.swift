import CLibPQ
import Foundation

/// One libpq connection to a PostgreSQL server. Not shared between threads: the store opens one per
/// operation.
final class PGConnection {
    private let connection: OpaquePointer
    let location: PostgreSQLLocation
    /// Seconds a write waits for the store's write lock (`--busy-timeout`), for messages.
    var lockTimeout: Double = 0
    /// Statements prepared on this connection, by SQL text.
    private var prepared: [String: String] = [:]

    /// Connects, with libpq reading the URI and filling what it leaves out from the environment.
    ///
    /// - Throws: ``StoreError/unreachable(location:detail:)`` when no server answers (exit 69),
    ///   ``StoreError/denied(location:detail:)`` for a refused login (exit 77).
    /// - Parameter setup: statements run right after connecting (with the connection's own settings, in one round trip).
    init(_ location: PostgreSQLLocation, setup: [String] = []) throws(StoreError) {
        self.location = location
        // The URI expanded by libpq (expand_dbname), with "econ" as the application name that
        // pg_stat_activity shows unless the URI names another.
        let keywords: [UnsafeMutablePointer<CChar>?] = ["dbname", "fallback_application_name"].map { (text: String) in strdup(text) }
        let values: [UnsafeMutablePointer<CChar>?] = [location.uri, "econ"].map { (text: String) in strdup(text) }
        defer { for pointer in keywords + values { free(pointer) } }
        let keywordList: [UnsafePointer<CChar>?] = keywords.map { $0.map { UnsafePointer($0) } } + [nil]
        let valueList: [UnsafePointer<CChar>?] = values.map { $0.map { UnsafePointer($0) } } + [nil]
        let made = PQconnectdbParams(keywordList, valueList, 1)
        guard let connection = made else {
            throw .unreachable(location: location.redacted, detail: "libpq could not allocate a connection")
        }
        self.connection = connection
        guard PQstatus(connection) == CONNECTION_OK else {
            let detail = Self.message(PQerrorMessage(connection))
            let needsPassword = PQconnectionNeedsPassword(connection) == 1
            let usedPassword = PQconnectionUsedPassword(connection) == 1
            let target = Self.target(connection) ?? location.redacted
            // deinit finishes the connection: every stored property is set, so it runs.
            if needsPassword { throw .denied(location: target, detail: "the server asks for a password and none was given (\(detail))") }
            let lower = detail.lowercased()
            if usedPassword && (lower.contains("password") || lower.contains("authentication"))
                || lower.contains("authentication failed") || lower.contains("no pg_hba.conf entry")
            {
                throw .denied(location: target, detail: detail)
            }
            if lower.contains("does not exist") { throw .missing(path: "\(target) (\(detail); create it with createdb)") }
            throw .unreachable(location: target, detail: detail)
        }
        // In one round trip: messages and numbers the same whoever connects (errors only; doubles
        // as text in their shortest exact form, so a value reads back bit for bit as SQLite gives
        // it), then the caller's settings.
        try runScript((["SET client_min_messages = error", "SET extra_float_digits = 3"] + setup).joined(separator: "; "))
    }

    deinit { PQfinish(connection) }

    /// Connected and outside any transaction: fit to be used again.
    var isHealthy: Bool { PQstatus(connection) == CONNECTION_OK && PQtransactionStatus(connection) == PQTRANS_IDLE }

    /// `host:port/dbname` as libpq resolved them, for messages (never the password).
    static func target(_ connection: OpaquePointer) -> String? {
        guard let host = PQhost(connection).map({ String(cString: $0) }) else { return nil }
        let port = PQport(connection).map { String(cString: $0) } ?? ""
        let db = PQdb(connection).map { String(cString: $0) } ?? ""
        return "postgresql://\(host.hasPrefix("/") ? "[\(host)]" : host)\(port.isEmpty ? "" : ":\(port)")/\(db)"
    }

    var databaseName: String { PQdb(connection).map { String(cString: $0) } ?? "postgresql" }

    var target: String { Self.target(connection) ?? location.redacted }

    static func message(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "unknown error" }
        return String(cString: pointer).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "; ")
    }

    // MARK: Statements

    /// Runs one statement with `?` placeholders bound to `arguments`, and returns its rows.
    @discardableResult
    func run(_ sql: String, _ arguments: [SQLValue] = []) throws(StoreError) -> PGResult {
        let text = Self.numberedPlaceholders(sql)
        let values: [String?] = arguments.map(Self.text(of:))
        var cStrings: [UnsafeMutablePointer<CChar>?] = values.map { $0.map { strdup($0) } ?? nil }
        defer { cStrings.forEach { free($0) } }
        let result: OpaquePointer? = cStrings.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buffer.count, 1)) { params in
                if arguments.isEmpty { return PQexec(connection, text) }
                let name: String
                if let known = prepared[text] {
                    name = known
                } else {
                    name = "econ_\(prepared.count)"
                    let made = PQprepare(connection, name, text, Int32(arguments.count), nil)
                    defer { PQclear(made) }
                    guard PQresultStatus(made) == PGRES_COMMAND_OK else { return nil }
                    prepared[text] = name
                }
                return PQexecPrepared(connection, name, Int32(arguments.count), params, nil, nil, 0)
            }
        }
        guard let result else { throw error(nil, sql: sql) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            defer { PQclear(result) }
            throw error(result, sql: sql)
        }
        return PGResult(result)
    }

    /// Runs several statements separated by semicolons, with no arguments (schema steps).
    func runScript(_ sql: String) throws(StoreError) {
        guard let result = PQexec(connection, sql) else { throw error(nil, sql: sql) }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else { throw error(result, sql: sql) }
    }

    /// Sends `data`, rows in COPY's text format, to `COPY … FROM STDIN`.
    func copyIn(_ sql: String, _ data: [UInt8]) throws {
        guard let start = PQexec(connection, sql) else { throw error(nil, sql: sql) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            defer { PQclear(start) }
            throw error(start, sql: sql)
        }
        PQclear(start)
        let sent = data.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1, PQputCopyEnd(connection, nil) == 1 else {
            let failure = error(nil, sql: sql)
            while let r = PQgetResult(connection) { PQclear(r) }
            throw failure
        }
        var failure: StoreError?
        while let r = PQgetResult(connection) {
            if PQresultStatus(r) != PGRES_COMMAND_OK, failure == nil { failure = error(r, sql: sql) }
            PQclear(r)
        }
        if let failure { throw failure }
    }

    /// The store error for a failed statement: its SQLSTATE decides the exit code.
    private func error(_ result: OpaquePointer?, sql: String) -> StoreError {
        let detail = Self.message(result.flatMap { PQresultErrorMessage($0) } ?? PQerrorMessage(connection))
        let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) } ?? ""
        if PQstatus(connection) != CONNECTION_OK || state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) {
            return .connectionLost(location: target, detail: detail)
        }
        switch state {
        case "42501": return .denied(location: target, detail: detail)
        case "40001", "40P01", "57014": return .conflict(location: target, detail: detail)
        case "55P03": return .busy(path: target, timeout: lockTimeout)
        default: return .server(location: target, state: state, detail: detail)
        }
    }

    /// `?` placeholders as PostgreSQL's `$1`, `$2` …, leaving quoted text and identifiers alone.
    static func numberedPlaceholders(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var out = ""
        var n = 0
        var quote: Character?
        for c in sql {
            if let q = quote {
                if c == q { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A value in PostgreSQL's text input format: doubles in their shortest exact form.
    static func text(of value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let i): String(i)
        case .real(let d): d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-Infinity" : "Infinity") : "\(d)"
        case .text(let s): s
        }
    }
}

/// The rows of one statement, read as text (libpq's default format).
final class PGResult {
    private let result: OpaquePointer
    let rowCount: Int
    let columnCount: Int

    init(_ result: OpaquePointer) {
        self.result = result
        rowCount = Int(PQntuples(result))
        columnCount = Int(PQnfields(result))
    }

    deinit { PQclear(result) }

    /// How many rows an INSERT, UPDATE or DELETE touched.
    var changes: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    func isNull(_ row: Int, _ column: Int) -> Bool { PQgetisnull(result, Int32(row), Int32(column)) == 1 }

    func text(_ row: Int, _ column: Int) -> String? {
        isNull(row, column) ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    /// An integer column read in place, without making a string (bulk reads decode millions);
    /// `t` (a boolean) is 1, NULL is 0.
    func int64(_ row: Int, _ column: Int) -> Int64 {
        guard !isNull(row, column), let c = PQgetvalue(result, Int32(row), Int32(column)) else { return 0 }
        if c.pointee == CChar(UInt8(ascii: "t")) { return 1 }
        if c.pointee == CChar(UInt8(ascii: "f")) { return 0 }
        return strtoll(c, nil, 10)
    }

    /// A floating-point column (Swift's parser: the same in every locale).
    func double(_ row: Int, _ column: Int) -> Double? {
        guard !isNull(row, column), let c = PQgetvalue(result, Int32(row), Int32(column)) else { return nil }
        return Double(String(cString: c))
    }

    /// The value as the column's type says: integers, doubles and text.
    func value(_ row: Int, _ column: Int) -> SQLValue {
        guard let text = text(row, column) else { return .null }
        switch PQftype(result, Int32(column)) {
        case 20, 21, 23: return Int64(text).map(SQLValue.integer) ?? .text(text)  // int8, int2, int4
        case 700, 701, 1700: return Double(text).map(SQLValue.real) ?? .text(text)  // float4, float8, numeric
        case 16: return .integer(text == "t" ? 1 : 0)  // bool
        default: return .text(text)
        }
    }
}
