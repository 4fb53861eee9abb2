import Foundation
import Testing

struct ExitCodeTests {
    let cli = CLIRunner()

    /// A store with one annual series, made through the binary.
    final class Fixture: CLIStore {
        init(_ cli: CLIRunner) throws {
            try super.init(
                cli,
                commands: [["series", "add", "ru_kz.investment.yearly", "--measure", "flow", "--unit", "USD", "--frequency", "annual"]])
        }
    }

    @Test func successIsZero() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        let result = try cli.run(["append", "ru_kz.investment.yearly", "2024", "4e9", "--qualifier", "approx", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout == "ru_kz.investment.yearly 2024: new\n")
    }

    @Test func negativeValuesAreValuesNotOptions() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        #expect(try cli.run(["append", "ru_kz.investment.yearly", "2024", "-5", "--db", db]).status == 0)
        #expect(try cli.run(["append", "ru_kz.investment.yearly", "2023", "-2.5e9", "--db", db]).status == 0)
        let shown = try cli.run(["show", "ru_kz.investment.yearly", "--format", "csv", "--db", db])
        #expect(shown.stdout.contains("2023,-2500000000,USD"))
        #expect(shown.stdout.contains("2024,-5,USD"))
    }

    @Test(arguments: [
        (["2024-13", "5"], "'2024-13' is not a real period"),
        (["2024-Q5", "5"], "'2024-Q5' is not a real period"),
        (["20x4", "5"], "'20x4' is not a period"),
        (["2024", "nan"], "'nan' is not a number"),
        (["2024", "inf"], "'inf' is not a number"),
        (["2024", "1e400"], "'1e400' is out of range"),
        (["2024", "12,5"], "'12,5' is not a number"),
        (["2024-03", "5"], "does not fit series 'ru_kz.investment.yearly', which is annual"),
    ])
    func badDataOnTheCommandLineIs65WithAClearMessage(arguments: [String], message: String) throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        let result = try cli.run(["append", "ru_kz.investment.yearly"] + arguments + ["--db", db])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("econ: error: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownSeriesIs65AndSaysHowToCreateIt() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        let result = try cli.run(["append", "nope", "2024", "5", "--db", db])
        #expect(result.status == 65)
        #expect(result.stderr.contains("econ series add nope"))
    }

    @Test func usageErrorsAre64() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        #expect(try cli.run(["append", "ru_kz.investment.yearly", "2024", "5", "--bogus", "--db", db]).status == 64)
        #expect(try cli.run(["append", "ru_kz.investment.yearly", "--db", db]).status == 64)
        #expect(
            try cli.run(["series", "add", "x", "--measure", "level", "--unit", "USD", "--frequency", "annual", "--db", db]).status == 64)
        #expect(try cli.run(["frobnicate"]).status == 64)
    }

    @Test func readingAMissingStoreIs66AndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("missing.sqlite")
        for command in [["show", "x"], ["series", "list"], ["export"]] {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr.contains("no store at \(db)"))
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aFileThatIsNotAStoreIs65AndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("notes.txt")
        let content = Data(String(repeating: "hello world\n", count: 400).utf8)
        try content.write(to: URL(fileURLWithPath: db))
        let result = try cli.run(["append", "x", "2024", "1", "--db", db])
        #expect(result.status == 65)
        #expect(result.stderr.contains("not an SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == content)
    }

    @Test func storeComesFromECON_DBWhenNoFlagIsGiven() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        let result = try cli.run(["series", "list", "--format", "csv"], extraEnvironment: ["ECON_DB": db])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ru_kz.investment.yearly,flow,USD,annual,0"))
    }

    @Test func helpExplainsExitCodesAndGivesExamples() throws {
        let root = try cli.run(["--help"])
        #expect(root.status == 0)
        for text in ["EXIT CODES", "65", "75", "ECON_DB", "EXAMPLES"] { #expect(root.stdout.contains(text), "\(text)") }
        let append = try cli.run(["append", "--help"])
        #expect(append.stdout.contains("EXAMPLES") && append.stdout.contains("--published"))
    }
}
