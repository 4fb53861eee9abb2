import Foundation
import Testing

struct ImportCSVCommandTests {
    let cli = CLIRunner()

    /// A release of many series is summed up, not listed line by line; what was revised is named.
    @Test func manySeriesAreSummedUpAndRevisionsNamed() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let file = folder.file("many.csv")
        let rows = (0..<30).map { "s.\($0),2024,\($0)" }
        try (["series,period,value"] + rows).joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let first = try cli.run(["import", "csv", file, "--db", db, "--measure", "flow", "--unit", "USD", "--frequency", "annual"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created series: s.0, s.1, s.2, s.3"), "\(first.stdout)")
        #expect(first.stdout.contains("… (30 in all)"))
        #expect(first.stdout.contains("  30 series; --verbose lists each"))
        #expect(!first.stdout.contains("s.5: 1 new"))

        let revision = folder.file("revision.csv")
        try (["series,period,value"] + rows.map { $0 == "s.7,2024,7" ? "s.7,2024,70" : $0 }).joined(separator: "\n")
            .write(toFile: revision, atomically: true, encoding: .utf8)
        let second = try cli.run(["import", "csv", revision, "--db", db])
        #expect(second.stdout.contains("  s.7: 0 new, 0 unchanged, 1 revised"), "\(second.stdout)")
        #expect(!second.stdout.contains("s.8:"))

        let verbose = try cli.run(["import", "csv", revision, "--db", db, "--verbose"])
        #expect(verbose.stdout.components(separatedBy: "0 new, 1 unchanged, 0 revised").count == 31, "\(verbose.stdout)")
    }

    @Test func importsReportsAndRefusesBadFilesWithTheirCodes() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let good = folder.file("good.csv")
        try "series,period,value,published\nkz.gdp,2023,261.4,2024-03\nkz.gdp,2024,..,2025-03\n".write(
            toFile: good, atomically: true, encoding: .utf8)
        let first = try cli.run([
            "import", "csv", good, "--db", db, "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--scale", "billions",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("imported long CSV (UTF-8, ','): 1 new, 0 unchanged, 0 revised"))
        #expect(first.stdout.contains("created series: kz.gdp"))
        #expect(try cli.run(["show", "kz.gdp", "--format", "csv", "--db", db]).stdout.contains("kz.gdp,2023,261400000000,USD"))

        let bad = folder.file("bad.csv")
        try "series,period,value\nkz.gdp,2025,1\nkz.gdp,2026,12;3\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", "csv", bad, "--db", db])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.csv:3: '12;3' is not a number"))
        #expect(!(try cli.run(["show", "kz.gdp", "--format", "csv", "--db", db]).stdout.contains("2025")))

        let missing = try cli.run(["import", "csv", folder.file("nope.csv"), "--db", db])
        #expect(missing.status == 66)

        let dry = try cli.run([
            "import", "csv", good, "--db", folder.file("dry.sqlite"), "--dry-run", "--measure", "flow", "--unit", "USD", "--frequency",
            "annual",
        ])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would import"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("dry.sqlite")))
    }
}

extension ImportCSVCommandTests {
    @Test func aFREDDownloadImportsWithImportFREDAndImportCSVPointsThere() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let file = folder.file("GDPC1.csv")
        try "observation_date,GDPC1\n2023-01-01,22112.329\n2023-04-01,22225.350\n2023-07-01,.\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let wrong = try cli.run(["import", "csv", file, "--db", db])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("econ import fred"))
        let imported = try cli.run(["import", "fred", file, "--prefix", "fred.", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("FRED graph CSV") && imported.stdout.contains("2 new") && imported.stdout.contains("1 missing"))
        let shown = try cli.run(["show", "fred.GDPC1", "--format", "csv", "--db", db])
        #expect(shown.stdout.contains("fred.GDPC1,2023-Q1,22112.329"))
        #expect(try cli.run(["import", "fred", folder.file("missing.csv"), "--db", db]).status == 66)
    }
}

extension ImportCSVCommandTests {
    @Test func importWithNoSourceNamedSniffsEachFileAndSaysWhichReader() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let fred = folder.file("GDPC1.csv")
        try "observation_date,GDPC1\n2022-10-01,21989.981\n2023-01-01,22112.329\n".write(toFile: fred, atomically: true, encoding: .utf8)
        let sdmx = folder.file("cpi.csv")
        try "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,IMF:CPI(3.0.0),I,M,KZ,2024-M01,101.2\n".write(
            toFile: sdmx, atomically: true, encoding: .utf8)
        let table = folder.file("table.csv")
        try "series,period,value\nGDPC1,2023-Q2,22225.35\n".write(toFile: table, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", fred, sdmx, table, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("GDPC1.csv: read by 'econ import fred'"))
        #expect(result.stdout.contains("cpi.csv: read by 'econ import sdmx'"))
        #expect(result.stdout.contains("table.csv: read by 'econ import csv'"))
        let shown = try cli.run(["show", "GDPC1", "--format", "csv", "--db", db])
        #expect(shown.stdout.contains("GDPC1,2023-Q1,22112.329") && shown.stdout.contains("GDPC1,2023-Q2,22225.35"))
        #expect(try cli.run(["show", "IMF.CPI.M.KZ", "--db", db]).status == 0)
    }
}
