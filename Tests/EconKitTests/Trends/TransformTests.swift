import EconKit
import Testing

struct TransformTests {
    /// Annual (n = 1): 2023 is a gap, 2025 is zero, 2027–2028 are negative.
    static let annual = figures([
        ("2020", 100), ("2021", 110), ("2022", 121), ("2024", 150), ("2025", 0), ("2026", 50), ("2027", -25), ("2028", -50),
    ])
    /// Semiannual (n = 2), complete.
    static let semiannual = figures([("2023-H1", 50), ("2023-H2", 60), ("2024-H1", 55), ("2024-H2", 66)])
    /// Quarterly (n = 4): 2024-Q2 is a gap.
    static let quarterly = figures([
        ("2023-Q1", 100), ("2023-Q2", 102), ("2023-Q3", 104), ("2023-Q4", 106), ("2024-Q1", 110), ("2024-Q3", 112),
    ])
    /// Monthly (n = 12): 2023-01…2024-01 are 100…112, 2024-02 is a gap, 2024-03 is 120.
    static let monthly: [DatedAmount] = {
        var pairs: [(String, Double)] = []
        for i in 0...12 {
            let month = i % 12 + 1
            pairs.append(("\(2023 + i / 12)-\(month < 10 ? "0" : "")\(month)", 100 + Double(i)))
        }
        return figures(pairs + [("2024-03", 120)])
    }()

    @Test(arguments: [
        (Transform.lin, [100, 110, 121, 150, 0, 50, -25, -50] as [Double?]),
        (.chg, [nil, 10, 11, nil, -150, 50, -75, -25]),
        (.ch1, [nil, 10, 11, nil, -150, 50, -75, -25]),
        (.pch, [nil, 10, 10, nil, -100, nil, -150, 100]),
        (.pc1, [nil, 10, 10, nil, -100, nil, -150, 100]),
        (.pca, [nil, 10, 10, nil, nil, nil, nil, nil]),
        (.cch, [nil, 9.531017980432477, 9.531017980432477, nil, nil, nil, nil, nil]),
        (.cca, [nil, 9.531017980432477, 9.531017980432477, nil, nil, nil, nil, nil]),
        (.log, [4.605170185988092, 4.700480365792417, 4.795790545596741, 5.0106352940962555, nil, 3.912023005428146, nil, nil]),
    ])
    func annualTransformsMatchHandComputedValues(transform: Transform, expected: [Double?]) throws {
        let points = try transform.apply(to: Self.annual, frequency: .annual)
        #expect(close(points.map(\.value.value), expected), "\(points.map(\.value.value))")
        #expect(points.map(\.period.description) == Self.annual.map(\.period.description))
    }

    @Test(arguments: [
        (Transform.pc1, [nil, nil, 10.000000000000009, 10.000000000000009] as [Double?]),
        (.ch1, [nil, nil, 5, 6]),
        (.pca, [nil, 43.99999999999999, -15.972222222222232, 43.99999999999999]),
        (.cch, [nil, 18.232155679395447, -8.701137698962924, 18.2321556793954]),
        (.cca, [nil, 36.464311358790894, -17.402275397925848, 36.4643113587908]),
        (.pch, [nil, 19.999999999999996, -8.333333333333337, 19.999999999999996]),
        (.chg, [nil, 10, -5, 11]),
        (.lin, [50, 60, 55, 66]),
    ])
    func semiannualTransformsUseNEqualsTwo(transform: Transform, expected: [Double?]) throws {
        let points = try transform.apply(to: Self.semiannual, frequency: .semiannual)
        #expect(close(points.map(\.value.value), expected), "\(points.map(\.value.value))")
    }

    @Test(arguments: [
        (Transform.pc1, [nil, nil, nil, nil, 10.000000000000009, 7.692307692307687] as [Double?]),
        (.ch1, [nil, nil, nil, nil, 10, 8]),
        (.chg, [nil, 2, 2, 2, 4, nil]),
        (.pca, [nil, 8.243215999999997, 8.076847975396406, 7.917059648646729, 15.970433234678595, nil]),
        (.cca, [nil, 7.9210509184715505, 7.767234342840723, 7.619277988277773, 14.816508672139861, nil]),
        (.pch, [nil, 2.0000000000000018, 1.9607843137254832, 1.9230769230769162, 3.7735849056603765, nil]),
        (.cch, [nil, 1.9802627296178876, 1.9418085857101808, 1.9048194970694432, 3.7041271680349652, nil]),
        (.log, [4.605170185988092, 4.624972813284271, 4.6443908991413725, 4.663439094112067, 4.700480365792417, 4.718498871295094]),
    ])
    func quarterlyTransformsUseNEqualsFourAndKeepTheGap(transform: Transform, expected: [Double?]) throws {
        let points = try transform.apply(to: Self.quarterly, frequency: .quarterly)
        #expect(close(points.map(\.value.value), expected), "\(points.map(\.value.value))")
    }

    @Test func monthlyTransformsUseNEqualsTwelve() throws {
        let pc1 = try Transform.pc1.apply(to: Self.monthly, frequency: .monthly)
        #expect(close(pc1.suffix(2).map(\.value.value), [12.00000000000001, 17.647058823529417]))
        #expect(pc1.prefix(12).allSatisfy { $0.value.isMissing })
        let cca = try Transform.cca.apply(to: Self.monthly, frequency: .monthly)
        #expect(close(cca[12].value.value, 10.762403979312296))
        #expect(cca[13].value.isMissing)
        let pca = try Transform.pca.apply(to: Self.monthly, frequency: .monthly)
        #expect(close(pca[12].value.value, 11.362898648891552))
        #expect(try Transform.ch1.apply(to: Self.monthly, frequency: .monthly).suffix(2).map(\.value.value) == [12, 18])
        #expect(try Transform.chg.apply(to: Self.monthly, frequency: .monthly).suffix(2).map(\.value.value) == [1, nil])
        #expect(close(try Transform.pch.apply(to: Self.monthly, frequency: .monthly)[12].value.value, 0.9009009009008917))
        #expect(close(try Transform.cch.apply(to: Self.monthly, frequency: .monthly)[12].value.value, 0.8968669982760247))
        #expect(try Transform.cch.apply(to: Self.monthly, frequency: .monthly)[13].value.note == "gap: no value for 2024-02")
    }

    @Test func aGapIsNeverBridgedToAnOlderValue() throws {
        let points = try Transform.pch.apply(to: Self.annual, frequency: .annual)
        let at2024 = try #require(points.first { $0.period == .p("2024") })
        #expect(at2024.value.isMissing)
        #expect(at2024.value.note == "gap: no value for 2023")
        let quarterly = try Transform.pca.apply(to: Self.quarterly, frequency: .quarterly)
        #expect(quarterly.last?.value.note == "gap: no value for 2024-Q2")
    }

    @Test func zeroAndNegativeBasesSayWhy() throws {
        let pch = try Transform.pch.apply(to: Self.annual, frequency: .annual)
        #expect(pch[5].value.note == "undefined: x(2025) is 0")
        #expect(pch[7].value.note?.contains("x(2027) is negative") == true)
        let cch = try Transform.cch.apply(to: Self.annual, frequency: .annual)
        #expect(cch[4].value.note?.contains("needs positive values, and x(2025) is not") == true)
        let log = try Transform.log.apply(to: Self.annual, frequency: .annual)
        #expect(log[6].value.note?.contains("not positive") == true)
    }

    @Test func aSignChangeGivesAFiniteChangeButNoLogChange() throws {
        let series = figures([("2020", -10), ("2021", 5)])
        #expect(try Transform.chg.apply(to: series, frequency: .annual)[1].value.value == 15)
        #expect(try Transform.pch.apply(to: series, frequency: .annual)[1].value.value == -150)
        #expect(try Transform.cch.apply(to: series, frequency: .annual)[1].value.isMissing)
        #expect(try Transform.pca.apply(to: series, frequency: .annual)[1].value.isMissing)
    }

    @Test(arguments: [Transform.ch1, .pc1, .pca, .cca])
    func transformsThatNeedNAreRefusedOnIrregularSeries(transform: Transform) {
        let series = figures([("2023-11", 20), ("2024-11-27", 25)])
        #expect(throws: TrendError.needsFixedFrequency(series: "s", operation: transform.rawValue)) {
            try transform.apply(to: series, frequency: .irregular, series: "s")
        }
    }

    @Test func irregularChangesComparePreviousObservationAndSaySo() throws {
        let series = figures([("2023-11", 20), ("2024-11-27", 25), ("2025-10-09", 26)])
        let chg = try Transform.chg.apply(to: series, frequency: .irregular)
        #expect(chg.map(\.value.value) == [nil, 5, 1])
        #expect(chg[0].value.note == "no earlier observation")
        #expect(chg[2].value.note == "compared with the previous observation, 2024-11-27")
        let pch = try Transform.pch.apply(to: series, frequency: .irregular)
        #expect(close(pch.map(\.value.value), [nil, 25, 4.0000000000000036]))
    }

    @Test func qualifiersTravelThroughTransforms() throws {
        let series = [figure("2022", 20), figure("2023", 26, .moreThan), figure("2024", 28, .approx)]
        let pc1 = try Transform.pc1.apply(to: series, frequency: .annual)
        #expect(pc1[1].value.qualifier == .moreThan)
        #expect(close(pc1[1].value.value, 30))
        // From "more than 26" to "about 28": below 7.69 %, and approximate.
        #expect(pc1[2].value.qualifier == .lessThan)
        #expect(pc1[2].value.approximate)
        #expect(close(pc1[2].value.value, (28.0 / 26 - 1) * 100))
    }
}
