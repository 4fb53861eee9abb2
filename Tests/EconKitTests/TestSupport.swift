import EconKit
import Testing
import Foundation
import Synchronization

/// A folder under the system temp directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "econ-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws -> String {
        let target = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }
}

/// A clock that tests move by hand.
final class TestClock: Sendable {
    private let seconds = Mutex<Double>(1_764_000_000)  // 2025-11-24T16:00:00Z

    var now: @Sendable () -> Date { { [self] in Date(timeIntervalSince1970: seconds.withLock { $0 }) } }

    func advance(_ delta: Double) { seconds.withLock { $0 += delta } }
}

extension Period {
    /// A period literal for tests; a bad literal is a test bug and fails loudly.
    static func p(_ text: String) -> Period {
        guard let period = Period(text) else { preconditionFailure("bad period literal \(text)") }
        return period
    }
}

extension PublicationTime {
    static func t(_ text: String) -> PublicationTime {
        guard let time = try? PublicationTime(parsing: text) else { preconditionFailure("bad time literal \(text)") }
        return time
    }
}

/// A store with the article's two investment series.
func investmentStore(_ engine: TestEngine = .sqlite, clock: TestClock = TestClock()) throws -> Store {
    let store = try engine.store(clock: clock.now)
    try store.addSeries(Series(code: "ru_kz.investment.yearly", measure: .flow, unit: "USD", frequency: .annual))
    try store.addSeries(
        Series(
            code: "ru_kz.investment.cumulative", measure: .stock, unit: "USD", frequency: .irregular, accumulates: "ru_kz.investment.yearly"
        ))
    return store
}

/// The store engines the store, import, trend, report and export tests run on: SQLite always,
/// PostgreSQL when `ECON_TEST_POSTGRES` holds a server's URI (`.ci/run` starts one; see
/// `scripts/postgres/test-server`). Without it the PostgreSQL cases are left out and
/// `PostgreSQLEngineTests` shows as skipped with the reason.
enum TestEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgresql

    static let postgresURI: String? = ProcessInfo.processInfo.environment["ECON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static let all: [TestEngine] = postgresURI == nil ? [.sqlite] : [.sqlite, .postgresql]

    var testDescription: String { rawValue }

    /// A fresh, empty store: in memory for SQLite, a new schema of its own for PostgreSQL.
    func store(clock: @escaping @Sendable () -> Date = { Date() }) throws -> Store {
        switch self {
        case .sqlite: return try Store.inMemory(clock: clock)
        case .postgresql: return try Store.open(at: try Self.freshLocation(), options: .init(create: true, clock: clock))
        }
    }

    /// The test server's URI with a search path of a new, unique schema.
    static func freshLocation() throws -> String {
        guard let uri = postgresURI else { throw TestEngineError.noServer }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        return uri + (uri.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
    }
}

enum TestEngineError: Error { case noServer }
