import EconKit
import Testing

/// Alert rules: parsing, and when a rule fires, might hold, or says nothing.
struct AlertRuleTests {
    func report(_ engine: TestEngine, _ rules: [String], allPeriods: Bool = false, to: String? = nil) throws -> TrendReport {
        var d = definition(alerts: rules, allPeriods: allPeriods)
        d.to = to.map { .p($0) }
        return try TrendReport.build(from: try reportStore(engine), definition: d)
    }

    @Test func ruleReadsSeriesTransformComparisonAndNumber() throws {
        let rule = try AlertRule(parsing: "ru_kz.investment.yearly  pc1 <= -10")
        #expect(rule == AlertRule(series: "ru_kz.investment.yearly", transform: .pc1, comparison: .lessOrEqual, threshold: -10))
        #expect(try AlertRule(parsing: "x lin > 2.6e10").description == "x lin > 26000000000")
    }

    @Test(arguments: [
        ("x pc1 <", "expected 4 parts"), ("x pc1 < 1 2", "expected 4 parts"), ("x yoy < 1", "unknown transform 'yoy'"),
        ("x pc1 == 1", "unknown comparison '=='"), ("x pc1 < ten", "'ten' is not a number"), ("x pc1 < 1,5", "'1,5' is not a number"),
    ])
    func badRulesAreUsageErrorsThatSayWhichPart(text: String, reason: String) {
        #expect {
            try AlertRule(parsing: text)
        } throws: { error in
            guard let e = error as? ReportError else { return false }
            return e.category == .usage && e.description.contains(reason) && e.description.contains("'\(text)'")
        }
    }

    @Test(arguments: TestEngine.all) func exactValueOverTheThresholdFires(engine: TestEngine) throws {
        let r = try report(engine, ["t.flow pc1 > 9"], to: "2021")
        #expect(r.fires)
        #expect(r.findings.map(\.line) == ["alert: t.flow 2021 pc1 10: rule 't.flow pc1 > 9' holds"])
    }

    @Test(arguments: TestEngine.all) func exactValueUnderTheThresholdIsSilent(engine: TestEngine) throws {
        let r = try report(engine, ["t.flow pc1 > 11"], to: "2021")
        #expect(!r.fires)
        #expect(r.findings.isEmpty)
    }

    @Test(arguments: TestEngine.all) func boundFiresOnlyWhenEveryAllowedValueBreaksTheRule(engine: TestEngine) throws {
        // The latest level is "more than 130 bn".
        #expect(try report(engine, ["t.flow lin > 120e9"]).fires)
        #expect(try report(engine, ["t.flow lin >= 130e9"]).fires)
        let maybe = try report(engine, ["t.flow lin > 140e9"])
        #expect(!maybe.fires)
        #expect(maybe.findings.map(\.certainty) == [.possible])
        #expect(maybe.findings.first?.line.contains("might hold but is not certain (the value is a bound)") == true)
        #expect(try report(engine, ["t.flow lin < 130e9"]).findings.isEmpty)
    }

    @Test(arguments: TestEngine.all) func approximateValueCountsAsAnythingWithinTheTolerance(engine: TestEngine) throws {
        // 2023 is about 121 bn: 114.95 to 127.05 bn at the default 5 %.
        let sure = try report(engine, ["t.flow lin > 114e9"], to: "2023")
        #expect(sure.fires)
        let maybe = try report(engine, ["t.flow lin > 118e9"], to: "2023")
        #expect(!maybe.fires)
        #expect(
            maybe.findings.first?.line
                == "possible: t.flow 2023 lin ≈121000000000: rule 't.flow lin > 118000000000' might hold but is not certain (the value is approximate)"
        )
        var exact = definition(alerts: ["t.flow lin > 118e9"])
        exact.to = .p("2023")
        try exact.setTolerance(0)
        #expect(try TrendReport.build(from: try reportStore(engine), definition: exact).fires)
    }

    @Test(arguments: TestEngine.all) func latestPeriodByDefaultEveryPeriodWithAllPeriods(engine: TestEngine) throws {
        // pc1 was 10 % in 2021; in 2024 (the latest) it is more than about 7.4 %, which may or may not exceed 9.
        let latest = try report(engine, ["t.flow pc1 > 9"])
        #expect(!latest.fires)
        #expect(latest.findings.map(\.period) == [.p("2024")])
        let all = try report(engine, ["t.flow pc1 > 9"], allPeriods: true)
        #expect(all.fires)
        #expect(all.findings.map(\.period) == [.p("2021"), .p("2024")])
        #expect(all.findings.map(\.certainty) == [.certain, .possible])
    }

    @Test(arguments: TestEngine.all) func aGapIsNotCheckedAndDoesNotFire(engine: TestEngine) throws {
        let r = try report(engine, ["t.flow pc1 < 1000"], to: "2023")
        #expect(!r.fires)
        #expect(r.findings.isEmpty)
        #expect(r.unevaluated.map(\.reason) == ["gap: no value for 2022"])
    }

    @Test(arguments: TestEngine.all) func aPatternRuleSkipsSeriesTheTransformCannotRunOn(engine: TestEngine) throws {
        let r = try report(engine, ["t.* pc1 > 0"], allPeriods: true)
        #expect(Set(r.findings.map(\.series)) == ["t.flow"])
    }

    @Test(arguments: TestEngine.all) func aRuleOnAnUnknownOrIrregularSeriesIsADataError(engine: TestEngine) throws {
        #expect(throws: SeriesError.unknown("nope")) { try report(engine, ["nope lin > 1"]) }
        #expect(throws: TrendError.needsFixedFrequency(series: "t.stock", operation: "pc1")) { try report(engine, ["t.stock pc1 > 1"]) }
    }

    @Test func strictAndInclusiveEndsDecideTheEdgeCases() {
        let lessThanFive = Interval(low: .init(-.infinity), high: .init(5, strict: true))
        #expect(AlertRule(series: "s", transform: .lin, comparison: .less, threshold: 5).evaluate(lessThanFive) == .certain)
        #expect(AlertRule(series: "s", transform: .lin, comparison: .less, threshold: 5).evaluate(Interval(5)) == nil)
        #expect(AlertRule(series: "s", transform: .lin, comparison: .lessOrEqual, threshold: 5).evaluate(Interval(5)) == .certain)
        #expect(AlertRule(series: "s", transform: .lin, comparison: .greaterOrEqual, threshold: 5).evaluate(lessThanFive) == nil)
        let atMostFive = Interval(low: .init(-.infinity), high: .init(5))
        #expect(AlertRule(series: "s", transform: .lin, comparison: .greaterOrEqual, threshold: 5).evaluate(atMostFive) == .possible)
    }
}
