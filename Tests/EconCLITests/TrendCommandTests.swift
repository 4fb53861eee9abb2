import Foundation
import Testing

struct TrendCommandTests {
    let cli = CLIRunner()

    /// A store with the article's investment series, made through the binary.
    final class Fixture: CLIStore {
        init(_ cli: CLIRunner) throws {
            try super.init(
                cli,
                commands: [
                    ["series", "add", "ru_kz.investment.yearly", "--measure", "flow", "--unit", "USD", "--frequency", "annual"],
                    [
                        "series", "add", "ru_kz.investment.cumulative", "--measure", "stock", "--unit", "USD", "--frequency", "irregular",
                        "--accumulates", "ru_kz.investment.yearly",
                    ],
                    ["append", "ru_kz.investment.yearly", "2021", "1e9", "--published", "2022-06"],
                    ["append", "ru_kz.investment.yearly", "2023", "3e9", "--qualifier", "approx", "--published", "2024-11-27"],
                    ["append", "ru_kz.investment.yearly", "2024", "4e9", "--qualifier", "approx", "--published", "2025-11"],
                    [
                        "append", "ru_kz.investment.cumulative", "2025-10-09", "26e9", "--qualifier", "more-than", "--published",
                        "2025-10-09",
                    ],
                ])
        }
    }

    @Test func csvIsLongWithEmptyValuesAndReasonsForGaps() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["trend", "ru_kz.investment.yearly", "--transform", "pch", "--format", "csv", "--db", fixture.db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                series,period,transform,value,qualifier,low,high,note
                ru_kz.investment.yearly,2021,pch,,,,,gap: no value for 2020
                ru_kz.investment.yearly,2023,pch,,,,,gap: no value for 2022
                ru_kz.investment.yearly,2024,pch,33.33333333333333,approx,,,

                """)
    }

    @Test func shareOfAFlowInItsStockIsApproximatelyLessThan() throws {
        let fixture = try Fixture(cli)
        let csv = try cli.run(["trend", "ru_kz.investment.yearly", "--share", "--from", "2024", "--format", "csv", "--db", fixture.db])
        #expect(
            csv.stdout.split(separator: "\n").last
                == "ru_kz.investment.yearly,2024,share,15.384615384615385,approx less-than,0,15.384615384615385,of the stock at 2025-10-09")
        let table = try cli.run(["trend", "ru_kz.investment.yearly", "--share", "--db", fixture.db])
        #expect(table.stdout.contains("2024    ≈<15.39"), "\(table.stdout)")
    }

    @Test func jsonIsAnArrayOfRecordsWithTheLongColumns() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["trend", "--match", "ru_kz.investment.y*", "--transform", "pc1", "--format", "json", "--db", fixture.db])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let records = try #require(parsed as? [[String: Any]])
        #expect(records.count == 3)
        #expect(Set(records[0].keys) == ["series", "period", "transform", "value", "qualifier", "low", "high", "note"])
        #expect(records[2]["value"] as? Double == 33.33333333333333)
        #expect(records[2]["qualifier"] as? String == "approx")
        #expect(records[0]["value"] is NSNull)
        #expect(records[0]["note"] as? String == "gap: no value for 2020")
        #expect(result.stdout.hasPrefix("[\n  {\"series\":\"ru_kz.investment.yearly\",\"period\":\"2021\",\"transform\":\"pc1\""))
    }

    @Test func anNBasedTransformOnANamedIrregularSeriesIs65WithAClearMessage() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["trend", "ru_kz.investment.cumulative", "--transform", "pc1", "--db", fixture.db])
        #expect(result.status == 65)
        #expect(result.stderr.contains("pc1 needs observations per year, and series 'ru_kz.investment.cumulative' is irregular"))
    }

    @Test func aPatternSkipsIrregularSeriesWithAWarning() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["trend", "--all", "--transform", "pc1", "--format", "csv", "--db", fixture.db])
        #expect(result.status == 0)
        #expect(result.stderr.contains("skipped 1 series that are irregular"))
        #expect(!result.stdout.contains("cumulative"))
    }

    @Test(arguments: [
        ["trend", "--transform", "pc1"],
        ["trend", "ru_kz.investment.yearly", "--project", "3"],
        ["trend", "ru_kz.investment.yearly", "--transform", "yoy"],
        ["trend", "ru_kz.investment.yearly", "--ma", "0"],
    ])
    func badOptionsAreUsageErrors(arguments: [String]) throws {
        let fixture = try Fixture(cli)
        #expect(try cli.run(arguments + ["--db", fixture.db]).status == 64)
    }

    @Test func unknownSeriesAndEmptyPatternsAre65() throws {
        let fixture = try Fixture(cli)
        #expect(try cli.run(["trend", "nope", "--db", fixture.db]).status == 65)
        let none = try cli.run(["trend", "--match", "kz_us.*", "--db", fixture.db])
        #expect(none.status == 65)
        #expect(none.stderr.contains("no series matches 'kz_us.*'"))
    }

    @Test func asOfUsesTheFiguresPublishedByThen() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["trend", "ru_kz.investment.yearly", "--as-of", "2024-12-31", "--format", "csv", "--db", fixture.db])
        #expect(!result.stdout.contains(",2024,"))
        #expect(result.stdout.contains(",2023,lin,3000000000,approx,"))
    }
}
