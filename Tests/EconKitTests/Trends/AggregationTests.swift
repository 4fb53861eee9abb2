import EconKit
import Testing

struct AggregationTests {
    static let quarters = figures([
        ("2023-Q1", 1), ("2023-Q2", 2), ("2023-Q3", 3), ("2023-Q4", 4), ("2024-Q1", 5), ("2024-Q2", 6), ("2024-Q3", 7),
    ])

    @Test(arguments: [
        (Aggregation.Method.sum, 10.0),
        (.average, 2.5),
        (.endOfPeriod, 4),
    ])
    func aCompleteYearAggregates(method: Aggregation.Method, expected: Double) throws {
        let points = try Aggregation.aggregate(Self.quarters, from: .quarterly, to: .annual, method: method)
        #expect(points.first?.period == .p("2023"))
        #expect(points.first?.value.value == expected)
    }

    @Test(arguments: Aggregation.Method.allCases)
    func anIncompleteYearIsMissingNotASmallerNumber(method: Aggregation.Method) throws {
        let points = try Aggregation.aggregate(Self.quarters, from: .quarterly, to: .annual, method: method)
        #expect(points.count == 2)
        #expect(points[1].value.isMissing)
        #expect(points[1].value.note == "incomplete: 3 of 4 periods")
    }

    @Test func aYearWithNoFiguresBetweenTwoOthersIsMissing() throws {
        let data = figures([("2022-H1", 1), ("2022-H2", 1), ("2024-H1", 2), ("2024-H2", 3)])
        let points = try Aggregation.aggregate(data, from: .semiannual, to: .annual, method: .sum)
        #expect(points.map(\.period.description) == ["2022", "2023", "2024"])
        #expect(points.map(\.value.value) == [2, nil, 5])
        #expect(points[1].value.note == "incomplete: 0 of 2 periods")
    }

    @Test func monthsMakeQuartersAndDaysMakeMonths() throws {
        let months = figures([("2024-01", 1), ("2024-02", 2), ("2024-03", 3), ("2024-04", 4)])
        let quarters = try Aggregation.aggregate(months, from: .monthly, to: .quarterly, method: .sum)
        #expect(quarters.map(\.value.value) == [6, nil])
        let days = figures((1...29).map { ("2024-02-\($0 < 10 ? "0" : "")\($0)", 1) })
        let february = try Aggregation.aggregate(days, from: .daily, to: .monthly, method: .sum)
        #expect(february.map(\.value.value) == [29])
    }

    @Test func boundsTravelThroughASum() throws {
        let data = [figure("2024-H1", 10), figure("2024-H2", 5, .moreThan)]
        let year = try Aggregation.aggregate(data, from: .semiannual, to: .annual, method: .sum)
        #expect(year.first?.value.qualifier == .moreThan)
        #expect(year.first?.value.value == 15)
    }

    @Test func onlyLowerFrequenciesAreTargets() {
        #expect(throws: TrendError.cannotAggregate(series: "s", from: .annual, to: .quarterly)) {
            try Aggregation.aggregate([], from: .annual, to: .quarterly, method: .sum, series: "s")
        }
        #expect(throws: TrendError.cannotAggregate(series: "s", from: .irregular, to: .annual)) {
            try Aggregation.aggregate([], from: .irregular, to: .annual, method: .sum, series: "s")
        }
    }

    @Test func naturalMethodIsSumForFlowsAndEndOfPeriodForStocks() {
        #expect(Aggregation.Method.natural(for: .flow) == .sum)
        #expect(Aggregation.Method.natural(for: .stock) == .endOfPeriod)
    }
}
