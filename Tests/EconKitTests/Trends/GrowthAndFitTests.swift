import EconKit
import Foundation
import Testing

struct GrowthAndFitTests {
    @Test(arguments: [
        ("2020", "2024", 4.0),
        ("2024-Q1", "2024-Q3", 0.5),
        ("2023-H2", "2024-H2", 1),
        ("2023-01", "2024-07", 1.5),
        ("2024-01-01", "2025-01-01", 366 / 365.2425),
        ("2023", "2025-11-06", 676 / 365.2425),  // 2023-12-31 → 2025-11-06 is 366 + 310 days
    ])
    func yearsAreCountedBetweenPeriodEnds(from: String, to: String, years: Double) {
        #expect(close(Growth.years(from: .p(from), to: .p(to)), years))
    }

    @Test func cagrOfKnownGrowthIsTenPercent() throws {
        let value = try Growth.cagr(from: figure("2020", 100), to: figure("2024", 146.41))
        #expect(value.qualifier == .exact)
        #expect(close(value.value, 10))
    }

    @Test func cagrOverHalfAYearAnnualizes() throws {
        let value = try Growth.cagr(from: figure("2024-Q1", 100), to: figure("2024-Q3", 110))
        #expect(close(value.value, (pow(1.1, 2) - 1) * 100))
    }

    @Test func cagrToALowerBoundIsALowerBound() throws {
        let value = try Growth.cagr(from: figure("2022", 20), to: figure("2024", 26, .moreThan))
        #expect(value.qualifier == .moreThan)
        #expect(close(value.value, 14.017542509913806))
    }

    @Test func cagrNeedsPositiveValuesAndAPositiveSpan() throws {
        #expect(try Growth.cagr(from: figure("2022", -5), to: figure("2024", 10)).note?.contains("x(2022) is not") == true)
        #expect(throws: TrendError.emptySpan(from: "2024", to: "2024")) { try Growth.cagr(from: figure("2024", 1), to: figure("2024", 2)) }
    }

    @Test func linearFitOfAStraightLineIsExact() throws {
        let points = try Transform.lin.apply(to: figures([("2020", 3), ("2021", 5), ("2022", 7), ("2023", 9)]), frequency: .annual)
        let fit = try #require(TrendFit(.linear, points: points, frequency: .annual))
        #expect(close(fit.slope, 2))
        #expect(close(fit.intercept, 3))
        #expect(close(fit.rSquared, 1))
        #expect(fit.count == 4)
        let projection = fit.projection(2)
        #expect(projection.map(\.period.description) == ["2024", "2025"])
        #expect(close(projection.map(\.value.value), [11, 13]))
        #expect(projection.allSatisfy { $0.value.qualifier == .approx })
    }

    @Test func linearFitOfNoisyDataHasTheTextbookSlopeAndRSquared() throws {
        // y = 1, 3, 2, 5 at t = 0…3: Stt = 5, Sty = 5.5, Syy = 8.75, so slope 1.1, intercept 1.1, R² = 5.5² / (5 · 8.75).
        let points = try Transform.lin.apply(to: figures([("2020", 1), ("2021", 3), ("2022", 2), ("2023", 5)]), frequency: .annual)
        let fit = try #require(TrendFit(.linear, points: points, frequency: .annual))
        #expect(close(fit.slope, 1.1))
        #expect(close(fit.intercept, 1.1))
        #expect(close(fit.rSquared, 30.25 / 43.75))
    }

    @Test func logFitOfConstantGrowthFindsTheRate() throws {
        let data = figures((0..<5).map { ("\(2020 + $0)", 100 * pow(1.1, Double($0))) })
        let points = try Transform.lin.apply(to: data, frequency: .annual)
        let fit = try #require(TrendFit(.log, points: points, frequency: .annual))
        #expect(close(fit.growthPercentPerPeriod, 10))
        #expect(close(fit.rSquared, 1))
        #expect(close(fit.projection(1).first?.value.value, 100 * pow(1.1, 5)))
    }

    @Test func quarterlyFitSlopeIsPerQuarterAndSkipsGaps() throws {
        let data = figures([("2024-Q1", 10), ("2024-Q2", 12), ("2024-Q4", 16)])
        let fit = try #require(TrendFit(.linear, points: try Transform.lin.apply(to: data, frequency: .quarterly), frequency: .quarterly))
        #expect(close(fit.slope, 2))
        #expect(fit.projection(1).first?.period == .p("2025-Q1"))
    }

    @Test func boundsAreLeftOutOfAFitAndNamed() throws {
        let data = [figure("2020", 1), figure("2021", 2, .approx), figure("2022", 10, .moreThan), figure("2023", 4)]
        let fit = try #require(TrendFit(.linear, points: try Transform.lin.apply(to: data, frequency: .annual), frequency: .annual))
        #expect(fit.count == 3)
        #expect(fit.approximate)
        #expect(fit.note == "left out of the fit: 2022 (a bound or range)")
    }

    @Test func aFitNeedsTwoPoints() throws {
        #expect(
            TrendFit(.linear, points: try Transform.lin.apply(to: figures([("2020", 1)]), frequency: .annual), frequency: .annual) == nil)
    }
}
