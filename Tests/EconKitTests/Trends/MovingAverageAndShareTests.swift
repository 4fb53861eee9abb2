import EconKit
import Testing

struct MovingAverageAndShareTests {
    @Test func trailingAverageSitsAtTheWindowsLastPeriodAndStopsAtGaps() throws {
        let data = figures([("2018", 1), ("2019", 2), ("2020", 3), ("2021", 4), ("2023", 6), ("2024", 7), ("2025", 8)])
        let points = try MovingAverage.trailing(Transform.lin.apply(to: data, frequency: .annual), window: 3, frequency: .annual)
        #expect(points.map(\.value.value) == [nil, nil, 2, 3, nil, nil, 7])
        #expect(points[4].value.note == "gap in the moving-average window 2020–2023")
    }

    @Test func aMissingValueInTheWindowMakesTheAverageMissing() throws {
        let data = figures([("2020", 0), ("2021", 5), ("2022", 10)])
        let pch = try Transform.pch.apply(to: data, frequency: .annual)
        let points = try MovingAverage.trailing(pch, window: 2, frequency: .annual)
        #expect(points[2].value.isMissing)
        #expect(points[2].value.note == "no value for 2021 in the moving-average window")
    }

    @Test func averagesCarryQualifiers() throws {
        let data = [figure("2020", 10), figure("2021", 20, .approx)]
        let points = try MovingAverage.trailing(Transform.lin.apply(to: data, frequency: .annual), window: 2, frequency: .annual)
        #expect(points[1].value.qualifier == .approx)
        #expect(points[1].value.value == 15)
    }

    @Test func windowBelowOneIsRefused() {
        #expect(throws: TrendError.self) { try MovingAverage.trailing([], window: 0, frequency: .annual) }
    }

    @Test func aFlowIsSetAgainstTheStockAtOrAfterItsEnd() throws {
        let flow = [figure("2023", 3e9, .approx), figure("2024", 4e9, .approx), figure("2025", 1e9)]
        let stock = [figure("2023-11-09", 20e9, .moreThan), figure("2024-11-27", 25e9, .approx), figure("2025-10-09", 26e9, .moreThan)]
        let shares = Share.flowInStock(flow: flow, stock: stock)
        #expect(shares[0].value.note == "of the stock at 2024-11-27")
        #expect(shares[0].value.qualifier == .approx)
        #expect(close(shares[0].value.value, 12))
        #expect(shares[1].value.qualifier == .lessThan)
        #expect(shares[1].value.approximate)
        #expect(close(shares[1].value.value, 400 / 26))
        #expect(shares[2].value.isMissing)
    }
}
