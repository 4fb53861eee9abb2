import EconKit
import Foundation
import Testing

struct TrendCSVTests {
    @Test(arguments: [
        0.0, -0.0, 1, 100, -25, 0.1, 1.5e-7, 0.0001, 33.33333333333333, 4.0000000000000036, 56.6e9, 1e15, 1e16, 123456789012345680,
        1e21, 1.5e300, -2.5e-300, .leastNonzeroMagnitude, 9007199254740992,
    ])
    func numbersAreWrittenAsDecimalTextWritesThem(x: Double) throws {
        let series = Series(code: "s", measure: .flow, unit: "USD", frequency: .annual)
        let trend = SeriesTrend(series: series, label: "lin", points: [TrendPoint(period: .p("2024"), value: TrendValue(Interval(x)))])
        #expect(try written(trend) == "s,2024,lin,\(DecimalText.format(x)),exact,,,\n")
    }

    func written(_ trend: SeriesTrend) throws -> String {
        let folder = try TemporaryFolder()
        let path = folder.file("out.csv")
        let sink = try OutputSink.atomicFile(path)
        try TrendCSV().write(trend, to: sink)
        try sink.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func linesMatchTheGeneralCSVWriter() throws {
        let series = Series(code: "-odd,code", measure: .flow, unit: "USD", frequency: .annual)
        let data = [figure("2020", 100), figure("2021", 110, .approx), figure("2023", 26, .moreThan), figure("2024", 20, .moreThan)]
        var query = TrendQuery()
        query.transform = .pch
        query.fit = .linear
        let trend = try query.result(for: series, figures: data)
        let expected = trend.records.map { CSVWriter().row(TrendCSV.cells($0)) }.joined()
        #expect(try written(trend) == expected)
        #expect(expected.hasPrefix("\"'-odd,code\",2020,pch,,,,,gap: no value for 2019\n"))
    }
}
