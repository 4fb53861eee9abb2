import EconKit
import Testing

struct IntervalTests {
    @Test func exactWithExactIsExact() throws {
        let change = TrendValue(interval(26) - interval(20))
        #expect(change.qualifier == .exact)
        #expect(change.value == 6)
        #expect(!change.approximate)
        #expect(change.low == nil && change.high == nil)
    }

    @Test func anApproximateInputMakesTheResultApproximate() throws {
        let sum = TrendValue(interval(4, .approx) + interval(26))
        #expect(sum.qualifier == .approx)
        #expect(sum.value == 30)
        #expect(sum.qualifierText == "approx")
        #expect(sum.mark == "≈")
    }

    @Test func approximatelyFourOfMoreThanTwentySixIsApproximatelyLessThanFifteenPointFour() throws {
        let share = Share.percent(of: interval(4e9, .approx), in: interval(26e9, .moreThan))
        #expect(share.qualifier == .lessThan)
        #expect(share.approximate)
        #expect(close(share.value, 15.384615384615385))
        #expect(share.low == 0)
        #expect(close(share.high, 15.384615384615385))
        #expect(share.qualifierText == "approx less-than")
        #expect(share.mark == "≈<")
        #expect(TrendTable.cell(share) == "≈<15.39")
    }

    @Test func moreThanTwentyThenMoreThanTwentySixIsAChangeOfUnknownSign() throws {
        let change = TrendValue(interval(26, .moreThan) - interval(20, .moreThan))
        #expect(change.value == nil)
        #expect(change.qualifier == nil)
        #expect(!change.isMissing)
        #expect(change.note?.contains("cannot be determined") == true)
        #expect(change.note?.contains("sign is unknown") == true)
        #expect(TrendTable.cell(change) == "?")
    }

    @Test(arguments: [
        // (earlier, later, qualifier of the change, its value)
        (interval(20), interval(26, .moreThan), Qualifier.moreThan, 6.0),
        (interval(20), interval(26, .atLeast), .atLeast, 6),
        (interval(20, .moreThan), interval(26), .lessThan, 6),
        (interval(20, .atLeast), interval(26), .atMost, 6),
        (interval(20, .lessThan), interval(26), .moreThan, 6),
        (interval(20), interval(26, .atMost), .atMost, 6),
    ])
    func aBoundGivesTheBoundThatFollows(earlier: Interval, later: Interval, qualifier: Qualifier, value: Double) {
        let change = TrendValue(later - earlier)
        #expect(change.qualifier == qualifier)
        #expect(change.value == value)
    }

    @Test func aBoundIsNeverShownAsAnExactNumber() {
        let bounded = TrendValue(interval(26, .moreThan).scaled(by: 2))
        #expect(bounded.qualifier == .moreThan)
        #expect(bounded.qualifierText == "more-than")
        #expect(TrendTable.cell(bounded) == ">52")
    }

    @Test(arguments: [
        (interval(6.128, .moreThan), ">6.12"),
        (interval(6.128, .lessThan), "<6.13"),
        (interval(6.128), "6.13"),
        (interval(26e9, .atLeast), "≥26000000000"),
        (figure("2024", from: 0.12344, to: 0.12346).interval, "0.1234…0.1235"),
    ])
    func theTableRoundsBoundsOutwardSoTheyStayTrue(value: Interval, cell: String) {
        #expect(TrendTable.cell(TrendValue(value)) == cell)
    }

    @Test func aResultCanBeBothABoundAndApproximate() {
        let sum = TrendValue(interval(10, .approx) + interval(5, .moreThan))
        #expect(sum.qualifier == .moreThan)
        #expect(sum.approximate)
        #expect(sum.value == 15)
        #expect(sum.qualifierText == "approx more-than")
    }

    @Test func rangesCombineEndByEnd() throws {
        let a = figure("2024", from: 3, to: 5).interval
        let b = figure("2024", from: 1, to: 2).interval
        let difference = TrendValue(a - interval(1))
        #expect(difference.qualifier == .range)
        #expect(difference.value == nil)
        #expect(difference.low == 2 && difference.high == 4)
        let quotient = TrendValue { () throws(UndefinedValue) in try a / b }
        #expect(quotient.low == 1.5 && quotient.high == 5)
        let product = TrendValue(figure("2024", from: -2, to: -1).interval * interval(3))
        #expect(product.low == -6 && product.high == -3)
    }

    @Test func aRangeThatStraddlesZeroStaysARange() throws {
        let change = TrendValue(figure("2024", from: 15, to: 25).interval - figure("2023", from: 10, to: 20).interval)
        #expect(change.qualifier == .range)
        #expect(change.low == -5 && change.high == 15)
    }

    @Test func dividingByAValueThatMayBeZeroIsUndefined() {
        let share = Share.percent(of: interval(4), in: interval(10, .lessThan))
        #expect(share.isMissing)
        #expect(share.note?.contains("divisor may be zero") == true)
        #expect(Share.percent(of: interval(4), in: interval(0)).note == "division by zero")
    }

    @Test func logarithmOfAValueThatMayBeNegativeIsUndefined() {
        let value = TrendValue { () throws(UndefinedValue) in try interval(5, .atMost).logarithm() }
        #expect(value.isMissing)
        #expect(value.note?.contains("may be zero or negative") == true)
    }

    @Test func percentChangeFromALowerBoundIsAnUpperBound() throws {
        let series = [figure("2023", 20, .moreThan), figure("2024", 26)]
        let pc1 = try Transform.pc1.apply(to: series, frequency: .annual)[1].value
        #expect(pc1.qualifier == .lessThan)
        #expect(close(pc1.value, 30))
        // −100 % only restates that the figures are positive: it is reported, but not as a range.
        #expect(close(pc1.low, -100))
    }
}
