import EconModel
import Testing

@testable import EconKit

/// `forEachCurrentFigures` over many series reads on a second thread: the caller must still get
/// every series once, in order, with the figures a one-series read gives, and errors where they fall.
struct CurrentFiguresTests {
    static let count = 150

    func store(_ engine: TestEngine) throws -> (Store, [Series]) {
        let store = try engine.store()
        var series: [Series] = []
        for i in 0..<Self.count {
            let s = Series(code: "many.s\(i)", measure: .flow, unit: "USD", frequency: .annual)
            try store.addSeries(s)
            series.append(s)
            for year in 2000..<(2000 + i % 7) {
                _ = try store.record(NewObservation(series: s.code, period: .p(String(year)), amount: try Amount(Double(i * 100 + year))))
            }
        }
        // A revision and a retraction: the current figures must reflect both.
        _ = try store.record(NewObservation(series: "many.s3", period: .p("2001"), amount: try Amount(-1, .approx)))
        _ = try store.retract(series: "many.s5", period: .p("2000"))
        return (store, series)
    }

    @Test(arguments: TestEngine.all) func manySeriesArriveInOrderWithTheFiguresOfAOneSeriesRead(engine: TestEngine) throws {
        let (store, series) = try store(engine)
        var seen: [String] = []
        var figures: [String: [DatedAmount]] = [:]
        try store.forEachCurrentFigures(of: series) { s, f in
            seen.append(s.code)
            figures[s.code] = f
        }
        #expect(seen == series.map(\.code))
        for s in series { #expect(figures[s.code] == (try store.currentFigures(s.code)), "\(s.code)") }
        #expect(figures["many.s3"]?.first { $0.period == .p("2001") }?.amount == (try Amount(-1, .approx)))
        #expect(figures["many.s5"]?.first?.period == .p("2001"))
    }

    struct Enough: Error {}

    @Test(arguments: TestEngine.all) func aBodyThatThrowsStopsTheReading(engine: TestEngine) throws {
        let (store, series) = try store(engine)
        var calls = 0
        #expect(throws: Enough.self) {
            try store.forEachCurrentFigures(of: series) { _, _ in
                calls += 1
                if calls == 70 { throw Enough() }
            }
        }
        #expect(calls == 70)
        // The store is free again: the reading thread has finished.
        #expect(try store.currentFigures("many.s6").count == 6)
    }

    @Test(arguments: TestEngine.all) func anUnknownSeriesIsAnErrorAfterTheSeriesBeforeIt(engine: TestEngine) throws {
        let (store, series) = try store(engine)
        var chosen = series
        chosen.insert(Series(code: "not.there", measure: .flow, unit: "USD", frequency: .annual), at: 100)
        var calls = 0
        #expect(throws: SeriesError.unknown("not.there")) {
            try store.forEachCurrentFigures(of: chosen) { _, _ in calls += 1 }
        }
        #expect(calls == 100)
    }
}
