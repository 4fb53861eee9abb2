import EconKit
import Testing

struct ConsistencyCheckTests {
    /// An annual flow `f` and the annual stock `s` that accumulates it.
    func stockAndFlow(_ engine: TestEngine) throws -> Store {
        let store = try engine.store(clock: TestClock().now)
        try store.addSeries(Series(code: "f", measure: .flow, unit: "USD", frequency: .annual))
        try store.addSeries(Series(code: "s", measure: .stock, unit: "USD", frequency: .annual, accumulates: "f"))
        return store
    }

    func put(
        _ store: Store, _ series: String, _ period: String, _ amount: Amount, published: String = "2025-01-01", source: String? = nil
    ) throws {
        try store.record(NewObservation(series: series, period: .p(period), amount: amount, published: .t(published), source: source))
    }

    func findings(_ store: Store, _ codes: [String] = ["s"], check: ConsistencyCheck = ConsistencyCheck()) throws -> [Finding] {
        let catalog = try store.allSeries()
        return try check.run(on: store, series: codes.compactMap { code in catalog.first { $0.code == code } })
    }

    @Test(arguments: TestEngine.all) func aStockChangeThatDisagreesWithItsFlowIsCertain(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2022", try Amount(100))
        try put(store, "s", "2023", try Amount(130))
        try put(store, "f", "2023", try Amount(10))
        let found = try findings(store).filter { $0.kind == .stockFlowMismatch }
        #expect(found.count == 1)
        #expect(found.first?.certainty == .certain)
        #expect(found.first?.series == ["s", "f"])
        #expect(found.first?.periods == ["2022", "2023", "2023"])
        #expect(found.first?.values == ["100", "130", "10"])
    }

    @Test(arguments: TestEngine.all) func aStockChangeWithinToleranceIsNoFinding(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2022", try Amount(100))
        try put(store, "s", "2023", try Amount(110))
        try put(store, "f", "2023", try Amount(10.2))
        #expect(try findings(store).isEmpty)
    }

    @Test(arguments: TestEngine.all) func aRangeThatMayDisagreeIsPossible(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2022", try Amount(rangeFrom: 100, to: 110))
        try put(store, "s", "2023", try Amount(130))
        try put(store, "f", "2023", try Amount(22))
        let found = try findings(store).filter { $0.kind == .stockFlowMismatch }
        #expect(found.map(\.certainty) == [.possible])
    }

    @Test(arguments: TestEngine.all) func aLowerBoundGivesAFindingOnlyWhenCertain(engine: TestEngine) throws {
        let certain = try stockAndFlow(engine)
        try put(certain, "s", "2022", try Amount(100))
        try put(certain, "s", "2023", try Amount(130, .moreThan))
        try put(certain, "f", "2023", try Amount(10))
        #expect(try findings(certain).filter { $0.kind == .stockFlowMismatch }.map(\.certainty) == [.certain])

        let open = try stockAndFlow(engine)
        try put(open, "s", "2022", try Amount(100))
        try put(open, "s", "2023", try Amount(100, .moreThan))
        try put(open, "f", "2023", try Amount(10))
        #expect(try findings(open).isEmpty)
    }

    @Test(arguments: TestEngine.all) func aFlowLargerThanItsStockIsFound(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2023", try Amount(5))
        try put(store, "f", "2023", try Amount(10))
        let found = try findings(store, ["f"]).filter { $0.kind == .flowExceedsStock }
        #expect(found.count == 1)
        #expect(found.first?.periods == ["2023", "2023"])
        #expect(found.first?.message.contains("f in 2023 (10) is larger than the stock s at 2023 (5)") == true)
    }

    @Test(arguments: TestEngine.all) func aboutFourOfMoreThanTwentySixIsNotAFlowAboveItsStock(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2024", try Amount(26e9, .moreThan))
        try put(store, "f", "2024", try Amount(4e9, .approx))
        #expect(try findings(store).isEmpty)
    }

    @Test(arguments: TestEngine.all) func aStockFallingWhileItsFlowIsPositiveIsFound(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "s", "2022", try Amount(100))
        try put(store, "s", "2023", try Amount(90))
        try put(store, "f", "2023", try Amount(5))
        let kinds = try findings(store).map(\.kind)
        #expect(kinds.contains(.stockFallsWhileFlowsPositive))
        #expect(kinds.contains(.stockFlowMismatch))
    }

    @Test(arguments: TestEngine.all) func conflictingSourcesForOnePeriodAreFound(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "f", "2023", try Amount(10), published: "2024-01", source: "A")
        try put(store, "f", "2023", try Amount(11), published: "2024-02", source: "B")
        let found = try findings(store, ["f"]).filter { $0.kind == .conflictingSources }
        #expect(found.count == 1)
        #expect(found.first?.sources == ["A", "B"])
        #expect(found.first?.values == ["10", "11"])
    }

    @Test(
        arguments: TestEngine.all,
        [
            (try Amount(17, .approx), try Amount(17, .moreThan)),
            (try Amount(13, .moreThan), try Amount(13)),
            (try Amount(rangeFrom: 3, to: 5), try Amount(4)),
        ])
    func compatibleFiguresFromDifferentSourcesAreNoConflict(engine: TestEngine, pair: (Amount, Amount)) throws {
        let (a, b) = pair
        let store = try stockAndFlow(engine)
        try put(store, "f", "2023", a, published: "2024-01", source: "A")
        try put(store, "f", "2023", b, published: "2024-02", source: "B")
        #expect(try findings(store, ["f"]).filter { $0.kind == .conflictingSources }.isEmpty)
    }

    @Test(arguments: TestEngine.all) func aRevisionBeyondTheThresholdIsFoundAndAsOfHidesIt(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "f", "2023", try Amount(100), published: "2024-01", source: "A")
        try put(store, "f", "2023", try Amount(120), published: "2024-06", source: "A")
        let found = try findings(store, ["f"]).filter { $0.kind == .largeRevision }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("revised by 20 %") == true)
        let before = try findings(store, ["f"], check: ConsistencyCheck(asOf: .t("2024-03")))
        #expect(before.isEmpty)
    }

    @Test(arguments: TestEngine.all) func aSmallRevisionIsNoFinding(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        try put(store, "f", "2023", try Amount(100), published: "2024-01")
        try put(store, "f", "2023", try Amount(105), published: "2024-06")
        #expect(try findings(store, ["f"]).isEmpty)
        #expect(try findings(store, ["f"], check: ConsistencyCheck(revisionThreshold: 4)).map(\.kind) == [.largeRevision])
    }

    @Test(arguments: TestEngine.all) func gapsInAFixedFrequencySeriesAreFoundAsRuns(engine: TestEngine) throws {
        let store = try stockAndFlow(engine)
        for year in ["2020", "2021", "2024", "2026"] { try put(store, "f", year, try Amount(1)) }
        let gaps = try findings(store, ["f"]).filter { $0.kind == .gap }
        #expect(gaps.map(\.periods) == [["2022", "2023"], ["2025"]])
        #expect(gaps.first?.message == "f has no figure for 2022–2023 (2 periods), between 2021 and 2024")
    }

    @Test(arguments: TestEngine.all) func anIrregularSeriesHasNoGaps(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        for day in ["2023-11-09", "2025-10-09"] {
            try put(store, "ru_kz.investment.cumulative", day, try Amount(20e9, .moreThan))
        }
        #expect(try findings(store, ["ru_kz.investment.cumulative"]).isEmpty)
    }
}
