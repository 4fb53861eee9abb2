import EconKit
import Foundation
import Testing

/// The store engines the store, import, trend, report and export tests run on: SQLite always,
/// PostgreSQL when `ECON_TEST_POSTGRES` holds a server's URI (`.ci/run` starts one; see
/// `scripts/postgres/test-server`). Without it the PostgreSQL cases are left out and
/// `PostgreSQLEngineTests` shows as skipped with the reason.
public enum TestEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgresql

    public static let postgresURI: String? = ProcessInfo.processInfo.environment["ECON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    public static let all: [TestEngine] = postgresURI == nil ? [.sqlite] : [.sqlite, .postgresql]

    public var testDescription: String { rawValue }

    /// A fresh, empty store: in memory for SQLite, a new schema of its own for PostgreSQL.
    public func store(clock: @escaping @Sendable () -> Date = { Date() }) throws -> Store {
        switch self {
        case .sqlite: return try Store.inMemory(clock: clock)
        case .postgresql: return try Store.open(at: try Self.freshLocation(), options: .init(create: true, clock: clock))
        }
    }

    /// The test server's URI with a search path of a new, unique schema.
    public static func freshLocation() throws -> String {
        guard let uri = postgresURI else { throw TestEngineError.noServer }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        return uri + (uri.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
    }
}

public enum TestEngineError: Error { case noServer }
