import EconKit
import Testing
import Foundation
import Synchronization
@_exported import EconTestSupport

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
