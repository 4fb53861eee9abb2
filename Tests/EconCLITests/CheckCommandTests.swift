import Foundation
import Testing

struct CheckCommandTests {
    let cli = CLIRunner()

    func store(_ appends: [[String]]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let commands: [[String]] =
            [
                ["series", "add", "f", "--measure", "flow", "--unit", "USD", "--frequency", "annual"],
                ["series", "add", "s", "--measure", "stock", "--unit", "USD", "--frequency", "annual", "--accumulates", "f"],
            ] + appends.map { ["append"] + $0 }
        for command in commands {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return folder
    }

    @Test func noFindingsIsExitZero() throws {
        let folder = try store([["s", "2022", "100"], ["s", "2023", "110"], ["f", "2023", "10"]])
        let result = try cli.run(["check", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "no findings in 2 series\n")
    }

    @Test func findingsAreExitOneAndNameSeriesPeriodsValuesAndSources() throws {
        let folder = try store([
            ["s", "2022", "100"], ["s", "2023", "90"], ["f", "2023", "5"],
            ["f", "2021", "7", "--source", "A", "--published", "2022-01"],
            ["f", "2021", "9", "--source", "B", "--published", "2022-02"],
        ])
        let result = try cli.run(["check", "--format", "csv", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "finding,certainty,series,periods,values,sources,message")
        #expect(lines.contains { $0.hasPrefix("stock-flow-mismatch,certain,s f,2022 2023 2023,100 90 5,,") })
        #expect(lines.contains { $0.hasPrefix("stock-falls,certain,s f,") })
        #expect(lines.contains { $0.hasPrefix("conflicting-sources,certain,f,2021,7 9,A B,") })
        #expect(lines.contains { $0.hasPrefix("large-revision,certain,f,2021,7 9,A B,") })
        #expect(lines.contains("gap,certain,f,2022,,,\"f has no figure for 2022, between 2021 and 2023\""))
    }

    @Test func asOfBeforeTheConflictFindsNothing() throws {
        let folder = try store([
            ["f", "2021", "7", "--source", "A", "--published", "2022-01"],
            ["f", "2021", "9", "--source", "B", "--published", "2022-02"],
        ])
        let db = folder.file("econ.sqlite")
        #expect(try cli.run(["check", "f", "--db", db]).status == 1)
        #expect(try cli.run(["check", "f", "--as-of", "2022-01-31", "--db", db]).status == 0)
    }

    @Test func jsonFindingsParse() throws {
        let folder = try store([["f", "2020", "1"], ["f", "2022", "1"]])
        let result = try cli.run(["check", "--format", "json", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        #expect(records.first?["finding"] as? String == "gap")
        #expect(records.first?["periods"] as? String == "2021")
    }

    @Test func aMissingStoreIs66AndBadToleranceIs64() throws {
        let folder = try TemporaryFolder()
        #expect(try cli.run(["check", "--db", folder.file("none.sqlite")]).status == 66)
        #expect(try cli.run(["check", "--tolerance", "-1", "--db", folder.file("none.sqlite")]).status == 64)
    }
}
