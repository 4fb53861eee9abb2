import EconKit
import Foundation
import Testing

struct TrendQueryTests {
    let yearly = "ru_kz.investment.yearly"

    func store(_ engine: TestEngine) throws -> Store {
        let store = try investmentStore(engine)
        let figures: [(String, Amount, String)] = [
            ("2022", try Amount(1.5e9), "2023-07-20"),
            ("2023", try Amount(3e9, .approx), "2024-11-27"),
            ("2024", try Amount(4e9, .approx), "2025-10-09"),
            ("2024", try Amount(4.4e9), "2025-11-12"),
        ]
        for (period, amount, published) in figures {
            try store.record(NewObservation(series: yearly, period: .p(period), amount: amount, published: .t(published)))
        }
        try store.record(
            NewObservation(
                series: "ru_kz.investment.cumulative", period: .p("2025-10-09"), amount: try Amount(26e9, .moreThan),
                published: .t("2025-10-09")))
        return store
    }

    func run(_ query: TrendQuery, on store: Store, _ codes: [String]) throws -> [SeriesTrend] {
        let catalog = try store.allSeries()
        var out: [SeriesTrend] = []
        try query.run(on: store, series: codes.compactMap { c in catalog.first { $0.code == c } }) { out.append($0) }
        return out
    }

    @Test(arguments: TestEngine.all) func currentFiguresMatchTheStoresObservationsWithRevisionsAndRetractions(engine: TestEngine) throws {
        let store = try store(engine)
        try store.retract(series: yearly, period: .p("2022"), published: .t("2025-12"))
        let fast = try store.currentFigures(yearly)
        let slow = try store.observations(yearly).compactMap { o in o.amount.map { DatedAmount(period: o.period, amount: $0) } }
        #expect(fast == slow)
        #expect(fast.map(\.period.description) == ["2023", "2024"])
        #expect(try store.currentFigures(yearly, asOf: .t("2025-11")).count == 3)
    }

    @Test(arguments: TestEngine.all) func irregularFiguresComeInTimeOrderAcrossPeriodForms(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let code = "ru_kz.investment.cumulative"
        for (period, value) in [("2025-10-09", 26e9), ("2024", 25e9), ("2023-11", 20e9), ("2024-01/2024-06", 22e9)] {
            try store.record(NewObservation(series: code, period: .p(period), amount: try Amount(value), published: .t("2025-11")))
        }
        #expect(try store.currentFigures(code).map(\.period.description) == ["2023-11", "2024-01/2024-06", "2024", "2025-10-09"])
    }

    @Test(arguments: TestEngine.all) func asOfComputesOnTheFiguresPublishedByThen(engine: TestEngine) throws {
        var query = TrendQuery()
        query.transform = .pc1
        let now = try run(query, on: store(engine), [yearly])
        #expect(now.first?.points.last?.value.qualifier == .approx)  // 4.4e9 over ≈3e9
        #expect(close(now.first?.points.last?.value.value, 46.66666666666667))
        query.asOf = .t("2025-10-31")
        let then = try run(query, on: store(engine), [yearly])
        #expect(close(then.first?.points.last?.value.value, 33.33333333333333))
        query.asOf = .t("2024-01-01")
        #expect(try run(query, on: store(engine), [yearly]).first?.points.count == 1)
    }

    @Test(arguments: TestEngine.all) func theWindowKeepsTheEarlierPeriodForTheFirstChange(engine: TestEngine) throws {
        var query = TrendQuery()
        query.transform = .chg
        query.from = .p("2023")
        let result = try run(query, on: store(engine), [yearly]).first
        #expect(result?.points.map(\.period.description) == ["2023", "2024"])
        #expect(result?.points.first?.value.value == 1.5e9)
    }

    @Test(arguments: TestEngine.all) func shareSetsEachFlowAgainstItsStock(engine: TestEngine) throws {
        var query = TrendQuery()
        query.share = true
        query.asOf = .t("2025-10-31")
        let result = try run(query, on: store(engine), [yearly]).first
        let share2024 = try #require(result?.points.last?.value)
        #expect(share2024.qualifierText == "approx less-than")
        #expect(close(share2024.value, 400 / 26))
    }

    @Test func aShareWithoutAStockIsMissingWithTheReason() throws {
        var query = TrendQuery()
        query.share = true
        let lonely = Series(code: "x", measure: .flow, unit: "USD", frequency: .annual)
        let result = try query.result(for: lonely, figures: [figure("2024", 1)])
        #expect(result.points.first?.value.isMissing == true)
        #expect(result.points.first?.value.note == "no share: no stock series accumulates x")
    }

    @Test func aggregationRunsBeforeTheTransform() throws {
        var query = TrendQuery()
        query.aggregateTo = .annual
        query.transform = .pch
        let quarterly = Series(code: "q", measure: .flow, unit: "USD", frequency: .quarterly)
        let data = figures((0..<8).map { ("\(2023 + $0 / 4)-Q\($0 % 4 + 1)", $0 < 4 ? 25 : 30) } + [("2025-Q1", 1)])
        let result = try query.result(for: quarterly, figures: data)
        #expect(result.label == "annual+pch")
        #expect(result.points.map(\.period.description) == ["2023", "2024", "2025"])
        #expect(close(result.points.map(\.value.value), [nil, 20, nil]))
        #expect(result.points[2].value.note == "incomplete: 1 of 4 periods")
    }

    @Test(arguments: TestEngine.all) func cagrAndFitComeWithTheWindow(engine: TestEngine) throws {
        var query = TrendQuery()
        query.cagr = true
        query.fit = .linear
        query.projection = 1
        let result = try #require(try run(query, on: store(engine), [yearly]).first)
        #expect(result.cagr?.from == .p("2022"))
        #expect(close(result.cagr?.value.value, (pow(4.4 / 1.5, 0.5) - 1) * 100))
        #expect(result.cagr?.value.qualifier == .exact)
        #expect(result.projection.map(\.period.description) == ["2025"])
        #expect(result.records.map(\.transform).contains("lin+fit-linear:slope"))
    }

    @Test(arguments: [
        (
            {
                var q = TrendQuery(); q.projection = 2; return q
            }(), "--project needs --fit linear or --fit log"
        ),
        (
            {
                var q = TrendQuery(); q.movingAverage = 0; return q
            }(), "--ma must be at least 1, got 0"
        ),
    ])
    func optionsThatDoNotGoTogetherAreRefused(query: TrendQuery, message: String) {
        #expect(throws: TrendError.invalidParameter(message)) { try query.validate() }
    }

    @Test(arguments: [
        ("ru_kz.*", true), ("ru_kz.investment.*", true), ("*.yearly", true), ("ru_kz.?nvestment.yearly", true), ("kz_*", false),
        ("ru_kz", false),
    ])
    func globsMatchCodes(pattern: String, matches: Bool) {
        #expect(SeriesSelection.matches("ru_kz.investment.yearly", pattern: pattern) == matches)
    }
}
