import EconKit
import Testing

struct RevisionTests {
    let yearly = "ru_kz.investment.yearly"

    @Test(arguments: TestEngine.all) func identicalFigureAgainChangesNothing(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let figure = NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4e9, .approx), published: .t("2025-11"))
        #expect(try store.record(figure) == .new)
        #expect(try store.record(figure) == .unchanged)
        #expect(try store.revisions(yearly).count == 1)
    }

    @Test(arguments: TestEngine.all) func identicalAppendWithoutPublicationTimeChangesNothing(engine: TestEngine) throws {
        let clock = TestClock()
        let store = try investmentStore(engine, clock: clock)
        let figure = NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4e9))
        #expect(try store.record(figure) == .new)
        clock.advance(3600)
        #expect(try store.record(figure) == .unchanged)
        #expect(try store.revisions(yearly).count == 1)
    }

    @Test(arguments: TestEngine.all) func differentFigureIsARevisionAndTheOldOneIsKept(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        try store.record(NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4e9, .approx), published: .t("2025-10-09")))
        let outcome = try store.record(
            NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4.2e9), published: .t("2025-11-12")))
        #expect(outcome == .revision)
        let revisions = try store.revisions(yearly)
        #expect(revisions.map(\.amount?.value) == [4e9, 4.2e9])
        #expect(try store.observations(yearly).map(\.amount?.value) == [4.2e9])
    }

    @Test(arguments: TestEngine.all) func olderSourceImportedLaterDoesNotDisplaceTheNewerFigure(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        try store.record(NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4.2e9), published: .t("2025-11-12")))
        let outcome = try store.record(
            NewObservation(series: yearly, period: .p("2024"), amount: try Amount(4e9, .moreThan), published: .t("2025-10-09")))
        #expect(outcome == .olderRevision)
        #expect(try store.observations(yearly).first?.amount == (try Amount(4.2e9)))
        #expect(try store.revisions(yearly).count == 2)
    }

    @Test(arguments: TestEngine.all) func samePublicationTimeTiesGoToTheOneRecordedLast(engine: TestEngine) throws {
        let clock = TestClock()
        let store = try investmentStore(engine, clock: clock)
        try store.record(
            NewObservation(series: yearly, period: .p("2024"), amount: try Amount(27.8e9), published: .t("2025-11-12"), source: "talks"))
        clock.advance(1)
        try store.record(
            NewObservation(
                series: yearly, period: .p("2024"), amount: try Amount(28.7e9), published: .t("2025-11-12"), source: "transcript"))
        #expect(try store.observations(yearly).first?.amount?.value == 28.7e9)
    }

    @Test(arguments: TestEngine.all) func aStoppedClockStillGivesEveryRevisionItsOwnKey(engine: TestEngine) throws {
        let store = try investmentStore(engine)  // the clock never moves
        try store.record(NewObservation(series: yearly, period: .p("2024"), amount: try Amount(1), published: .t("2025")))
        try store.record(NewObservation(series: yearly, period: .p("2024"), amount: try Amount(2), published: .t("2025")))
        let revisions = try store.revisions(yearly)
        #expect(revisions.count == 2)
        #expect(revisions[0].recordedAt < revisions[1].recordedAt)
        #expect(try store.observations(yearly).first?.amount?.value == 2)
    }

    @Test(arguments: TestEngine.all) func retractionHidesTheFigureButKeepsItsHistory(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        try store.record(NewObservation(series: yearly, period: .p("2023"), amount: try Amount(3e9), published: .t("2024-11")))
        try store.retract(series: yearly, period: .p("2023"), published: .t("2025-01"), note: "misprint")
        #expect(try store.observations(yearly).isEmpty)
        let revisions = try store.revisions(yearly)
        #expect(revisions.map(\.isRetraction) == [false, true])
        #expect(revisions[1].note == "misprint")
        // Before the retraction was published, the figure was current.
        #expect(try store.observations(yearly, asOf: .t("2024-12-31")).map(\.amount?.value) == [3e9])
        #expect(throws: ObservationError.nothingToRetract(series: yearly, period: "2023")) {
            try store.retract(series: yearly, period: .p("2023"))
        }
    }

    @Test(arguments: TestEngine.all) func sameFigureAfterARetractionIsStoredAgain(engine: TestEngine) throws {
        let clock = TestClock()
        let store = try investmentStore(engine, clock: clock)
        try store.record(NewObservation(series: yearly, period: .p("2023"), amount: try Amount(3e9)))
        clock.advance(1)
        try store.retract(series: yearly, period: .p("2023"))
        clock.advance(1)
        #expect(try store.record(NewObservation(series: yearly, period: .p("2023"), amount: try Amount(3e9))) == .revision)
        #expect(try store.observations(yearly).count == 1)
    }

    @Test(arguments: TestEngine.all) func asOfShowsOnlyWhatWasPublishedByThen(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let cumulative = "ru_kz.investment.cumulative"
        try store.record(
            NewObservation(series: cumulative, period: .p("2023-11"), amount: try Amount(20e9, .moreThan), published: .t("2023-11-08")))
        try store.record(
            NewObservation(series: cumulative, period: .p("2024-11-27"), amount: try Amount(25e9, .approx), published: .t("2024-11-27")))
        try store.record(
            NewObservation(series: cumulative, period: .p("2025-11"), amount: try Amount(26e9, .moreThan), published: .t("2025-11")))
        #expect(try store.observations(cumulative, asOf: .t("2024-11-26")).map(\.period.description) == ["2023-11"])
        // A bare date means the end of that day.
        #expect(try store.observations(cumulative, asOf: .t("2024-11-27")).count == 2)
        #expect(try store.observations(cumulative, asOf: .t("2024-11-27T00:00:00+05:00")).count == 1)
        #expect(try store.observations(cumulative).count == 3)
    }

    @Test(arguments: TestEngine.all) func boundsAndRangesComeBackWithTheirLimits(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let cumulative = "ru_kz.investment.cumulative"
        try store.record(NewObservation(series: cumulative, period: .p("2025-11"), amount: try Amount(26e9, .moreThan)))
        try store.record(NewObservation(series: cumulative, period: .p("2025-12"), amount: try Amount(rangeFrom: 26e9, to: 28e9)))
        let stored = try store.observations(cumulative)
        #expect(stored[0].amount?.low == 26e9 && stored[0].amount?.high == nil && stored[0].amount?.value == 26e9)
        #expect(stored[1].amount?.value == nil && stored[1].amount?.low == 26e9 && stored[1].amount?.high == 28e9)
    }

    @Test(arguments: TestEngine.all) func irregularSeriesListsPeriodsInTimeOrder(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let cumulative = "ru_kz.investment.cumulative"
        for text in ["2024-02", "2024-Q1", "2023-12-31", "2024"] {
            try store.record(NewObservation(series: cumulative, period: .p(text), amount: try Amount(1)))
        }
        #expect(try store.observations(cumulative).map(\.period.description) == ["2023-12-31", "2024-Q1", "2024", "2024-02"])
    }

    @Test(arguments: TestEngine.all) func periodMustFitTheSeriesFrequency(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        #expect(throws: PeriodError.wrongFrequency(period: "2024-03", series: yearly, frequency: .annual)) {
            try store.record(NewObservation(series: yearly, period: .p("2024-03"), amount: try Amount(1)))
        }
    }

    @Test(arguments: TestEngine.all) func unknownSeriesSaysHowToCreateIt(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let error = #expect(throws: SeriesError.self) {
            try store.record(NewObservation(series: "nope", period: .p("2024"), amount: try Amount(1)))
        }
        #expect(error?.description.contains("econ series add nope") == true)
    }

    @Test(arguments: TestEngine.all) func aFailedBatchWritesNothing(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        let good = NewObservation(series: yearly, period: .p("2024"), amount: try Amount(1))
        let bad = NewObservation(series: "nope", period: .p("2024"), amount: try Amount(1))
        #expect(throws: SeriesError.self) { try store.record([good, bad]) }
        #expect(try store.revisions(yearly).isEmpty)
    }
}

struct UnitSignTests {
    @Test(arguments: TestEngine.all) func countsCannotBeNegativeButMoneyAndPercentCan(engine: TestEngine) throws {
        let store = try engine.store()
        try store.addSeries(Series(code: "jobs", measure: .stock, unit: "jobs", frequency: .irregular))
        try store.addSeries(Series(code: "balance", measure: .flow, unit: "USD", frequency: .annual))
        try store.addSeries(Series(code: "growth", measure: .flow, unit: "percent", frequency: .annual))
        #expect(throws: ObservationError.negativeCount(series: "jobs", unit: "jobs", value: -5)) {
            try store.record(NewObservation(series: "jobs", period: .p("2025-11"), amount: try Amount(-5)))
        }
        #expect(try store.record(NewObservation(series: "balance", period: .p("2024"), amount: try Amount(-3e9))) == .new)
        #expect(try store.record(NewObservation(series: "growth", period: .p("2024"), amount: try Amount(-9, .atLeast))) == .new)
        #expect(try store.revisions("jobs").isEmpty)
    }

    @Test(arguments: [
        ("USD", UnitKind.money), ("KZT", .money), ("percent", .ratio), ("pp", .ratio), ("jobs", .count), ("t", .count), ("usd", .count),
    ])
    func unitKinds(unit: String, kind: UnitKind) {
        #expect(UnitKind(unit: unit) == kind)
    }
}
