import EconKit
import EconTestSupport
import Foundation
import Testing

/// `econ export` through the real binary: options, exit codes, and atomic `--out`.
struct ExportCommandTests {
    let cli = CLIRunner()

    /// A store with two series and a few figures, made through the binary.
    final class Fixture: CLIStore {
        init(_ cli: CLIRunner) throws {
            try super.init(
                cli,
                commands: [
                    [
                        "series", "add", "ru_kz.investment.yearly", "--measure", "flow", "--unit", "USD", "--frequency", "annual",
                        "--title-ru", "Российские инвестиции в Казахстан за год", "--title-en",
                        "Russian investment in Kazakhstan in the year",
                    ],
                    ["series", "add", "ru_kz.projects", "--measure", "stock", "--unit", "projects", "--frequency", "irregular"],
                    ["append", "ru_kz.investment.yearly", "2023", "3e9", "--qualifier", "approx", "--published", "2024-11-27"],
                    [
                        "append", "ru_kz.investment.yearly", "2024", "56.6e9", "--published", "2025-10-11", "--note",
                        "=HYPERLINK(\"http://x\")",
                    ],
                    ["append", "ru_kz.projects", "2025-11-06", "175", "--published", "2025-11-07"],
                ])
        }
    }

    @Test func defaultIsLongCSVOnStandardOutput() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["export", "--db", fixture.db])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at")
        #expect(lines.count == 4)
        #expect(result.stdout.contains("ru_kz.investment.yearly,2024,56600000000,USD,exact,,,\"'=HYPERLINK(\"\"http://x\"\")\","))
    }

    @Test func russianExcelPresetWritesBomSemicolonsDecimalCommaAndCRLF() throws {
        let fixture = try Fixture(cli)
        let out = fixture.folder.file("ru.csv")
        let result = try cli.run([
            "export", "ru_kz.investment.yearly", "--preset", "excel-ru", "--scale", "billions", "--titles", "ru", "--out", out, "--db",
            fixture.db,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("series;title;period;value;unit;scale;qualifier;"))
        #expect(text.contains("ru_kz.investment.yearly;Российские инвестиции в Казахстан за год;2024;56,6;USD;billions;exact;;;"))
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func presetKeepsDayPeriodsAsTextUnlessAskedOtherwise() throws {
        let fixture = try Fixture(cli)
        let preset = try cli.run(["export", "ru_kz.projects", "--preset", "excel-en", "--db", fixture.db])
        #expect(preset.stdout.contains("ru_kz.projects,'2025-11-06,175,projects,"))
        let written = try cli.run(["export", "ru_kz.projects", "--preset", "excel-en", "--period-as", "written", "--db", fixture.db])
        #expect(written.stdout.contains("ru_kz.projects,2025-11-06,175,projects,"))
    }

    @Test(arguments: ["wide", "by-period", "sdmx"])
    func everyLayoutRuns(layout: String) throws {
        let fixture = try Fixture(cli)
        let result = try cli.run([
            "export", "--layout", layout, "--delimiter", "tab", "--decimal-comma", "--scale", "millions", "--db", fixture.db,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("56600\t") || result.stdout.contains("\t56600"))
    }

    @Test func noFormulaGuardWritesPayloadsAsTheyAre() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["export", "--no-formula-guard", "--db", fixture.db])
        #expect(result.stdout.contains(",\"=HYPERLINK(\"\"http://x\"\")\","))
    }

    @Test(arguments: [
        ["--decimal-comma"],
        ["--preset", "excel-en", "--decimal-comma"],
        ["--delimiter", "|"],
        ["--layout", "tall"],
        ["--scale", "crores"],
        ["--period-as", "middle"],
        ["--titles", "de"],
        ["--preset", "excel-de"],
        ["--match", ""],
    ])
    func badOptionsAreUsageErrors(arguments: [String]) throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["export"] + arguments + ["--db", fixture.db])
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func decimalCommaClashSaysWhatToDo() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["export", "--decimal-comma", "--db", fixture.db])
        #expect(result.stderr.contains("--delimiter ';'"))
    }

    @Test func unknownSeriesAndEmptyMatchesAreDataErrors() throws {
        let fixture = try Fixture(cli)
        let unknown = try cli.run(["export", "ru_kz.investment.yearly", "nope", "--db", fixture.db])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no series 'nope'"))
        #expect(unknown.stdout.isEmpty)
        let match = try cli.run(["export", "--match", "kz_us.*", "--db", fixture.db])
        #expect(match.status == 65)
        #expect(match.stderr.contains("no series code matches 'kz_us.*'"))
        let bad = try cli.run(["export", "--as-of", "yesterday", "--db", fixture.db])
        #expect(bad.status == 65)
    }

    @Test func outReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let fixture = try Fixture(cli)
        let out = fixture.folder.file("figures.csv")
        try Data("old content\n".utf8).write(to: URL(fileURLWithPath: out))
        let result = try cli.run(["export", "--match", "ru_kz.*", "--out", out, "--db", fixture.db])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("series,period,value"))
        #expect(text.split(separator: "\n").count == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aFailedExportLeavesTheOldFileAsItWas() throws {
        let fixture = try Fixture(cli)
        let out = fixture.folder.file("figures.csv")
        let old = Data("old content\n".utf8)
        try old.write(to: URL(fileURLWithPath: out))
        let result = try cli.run(["export", "nope", "--out", out, "--db", fixture.db])
        #expect(result.status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func outIntoAMissingFolderIsAnIOError() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run(["export", "--out", fixture.folder.file("no/such/folder/x.csv"), "--db", fixture.db])
        #expect(result.status == 74)
        #expect(result.stderr.contains("does not exist"))
    }

    @Test func helpShowsLayoutsPresetsAndExamples() throws {
        let result = try cli.run(["export", "--help"])
        #expect(result.status == 0)
        for text in ["excel-ru", "by-period", "sdmx", "OBS_STATUS", "EXAMPLES", "--period-as", "--no-formula-guard"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }
}

/// `econ export --format sdmx-ml` read by a real SDMX client (Python's sdmx1) and by econ itself.
struct SDMXMLExportTests {
    let cli = CLIRunner()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 can import sdmx1 (pip install sdmx1); without it the client check is skipped.
    static let hasSDMX1 = Python.canImport("sdmx")

    /// `series period value status` of every row of econ's own SDMX-CSV export.
    func csvRows(_ db: String) throws -> [String] {
        let csv = try cli.run(["export", "--layout", "sdmx-csv", "--db", db]).stdout
        var reader = try CSVReader(bytes: Array(csv.utf8))
        _ = try reader.next()
        var rows: [String] = []
        while let cells = try reader.next()?.fields {
            let value = Double(cells[7]).map(DecimalText.format) ?? "nan"
            rows.append("\(cells[3]) \(cells[6]) \(value) \(cells[8])")
        }
        return rows.sorted()
    }

    @Test(.enabled(if: hasSDMX1, "sdmx1 is not installed (pip install sdmx1)"))
    func sdmx1ReadsTheSameKeysPeriodsValuesAndStatus() throws {
        let folder = try TemporaryFolder()
        #expect(try cli.run(["demo", "--data", Self.root.appendingPathComponent("data").path, "--out", folder.path]).status == 0)
        let db = folder.file("econ.sqlite")
        let xml = folder.file("econ.xml")
        let export = try cli.run(["export", "--format", "sdmx-ml", "--out", xml, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        let (status, output) = try Python.run([Self.root.appendingPathComponent("scripts/sdmx/read.py").path, xml], errors: false)
        #expect(status == 0)
        let read = output.split(separator: "\n").map { line -> String in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let value = Double(cells[2]).flatMap { $0.isNaN ? nil : DecimalText.format($0) } ?? "nan"
            return "\(cells[0]) \(cells[1]) \(value) \(cells[3])"
        }.sorted()
        let expected = try csvRows(db)
        #expect(read.count == expected.count && read.count > 100)
        #expect(read == expected)
    }

    @Test func econReadsItsOwnSDMXMLBack() throws {
        let folder = try TemporaryFolder()
        #expect(try cli.run(["demo", "--data", Self.root.appendingPathComponent("data").path, "--out", folder.path]).status == 0)
        let db = folder.file("econ.sqlite")
        let xml = folder.file("econ.xml")
        #expect(try cli.run(["export", "--format", "sdmx-ml", "--out", xml, "--db", db]).status == 0)
        let copy = folder.file("copy.sqlite")
        let imported = try cli.run(["import", "sdmx", xml, "--prefix", "", "--db", copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        let original = try csvRows(db).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }.filter { !$0.hasSuffix("nan") }
        let back = try csvRows(copy).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(back == original)
        #expect(try cli.run(["export", "--format", "sdmx-ml", "--layout", "wide", "--db", db]).status == 64)
    }
}

/// `econ export --format xlsx` read by openpyxl, the Python reader a spreadsheet user's script uses.
struct XLSXExportTests {
    let cli = CLIRunner()

    static let hasOpenpyxl = Python.canImport("openpyxl")

    @Test(.enabled(if: hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func openpyxlReadsNumbersDatesABoldFrozenHeaderAndCharts() throws {
        let folder = try TemporaryFolder()
        #expect(
            try cli.run(["demo", "--data", SDMXMLExportTests.root.appendingPathComponent("data").path, "--out", folder.path]).status == 0)
        let db = folder.file("econ.sqlite")
        let book = folder.file("econ.xlsx")
        let export = try cli.run(["export", "--format", "xlsx", "--chart", "--out", book, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        let (status, output) = try Python.run(
            [SDMXMLExportTests.root.appendingPathComponent("scripts/xlsx/read.py").path, book], errors: false)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(status == 0)
        #expect(lines.prefix(2) == ["sheets Observations,Series,Charts", "header bold frozen"])
        #expect(lines.dropFirst(2).first.map { $0.hasPrefix("charts ") && $0 != "charts 0" } == true)
        // The same figures as econ's own long CSV: values as numbers, publication days as dates.
        var reader = try CSVReader(bytes: Array(try cli.run(["export", "--db", db]).stdout.utf8))
        _ = try reader.next()
        var expected: [String] = []
        while let cells = try reader.next()?.fields {
            let value = Double(cells[2]).map(DecimalText.format) ?? ""
            expected.append("\(cells[0]) \(cells[1]) \(value) \(cells[10])")
        }
        let read = lines.dropFirst(3).map { line -> String in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let value = Double(cells[2]).map(DecimalText.format) ?? cells[2]
            return "\(cells[0]) \(cells[1]) \(value) \(cells[3])"
        }
        #expect(read.count == expected.count && read.count > 100)
        #expect(read.sorted() == expected.sorted())
        #expect(try cli.run(["export", "--format", "xlsx", "--db", db]).status == 64)
        #expect(try cli.run(["export", "--chart", "--db", db]).status == 64)
    }

    /// The wide, by-period and SDMX-CSV layouts as a sheet: read back cell by cell (by econ's own
    /// workbook reader, which gives a number cell as its shortest text), the same table as the CSV
    /// layout, with numbers as numeric cells.
    @Test(arguments: ["wide", "by-period", "sdmx-csv"])
    func everyCSVLayoutIsASheetOfTypedCells(layout: String) throws {
        let folder = try TemporaryFolder()
        #expect(
            try cli.run(["demo", "--data", SDMXMLExportTests.root.appendingPathComponent("data").path, "--out", folder.path]).status == 0)
        let db = folder.file("econ.sqlite")
        let book = folder.file("\(layout).xlsx")
        let export = try cli.run(["export", "--format", "xlsx", "--layout", layout, "--scale", "billions", "--out", book, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        var reader = try CSVReader(
            bytes: Array(try cli.run(["export", "--layout", layout, "--scale", "billions", "--db", db]).stdout.utf8))
        var expected: [[String]] = []
        while let cells = try reader.next()?.fields { expected.append(cells) }
        let workbook = try XLSXWorkbook(path: book)
        #expect(workbook.sheets.map(\.name) == ["Observations", "Series"])
        let rows = try workbook.rows(try workbook.sheet("Observations"))
        #expect(rows.count == expected.count && rows.count > 3)
        for (got, want) in zip(rows, expected) {
            let padded = got + Array(repeating: "", count: max(0, want.count - got.count))
            let same = zip(padded, want).allSatisfy { a, b in a == b || (Double(a) != nil && Double(a) == Double(b)) }
            #expect(same, "\(got) != \(want)")
        }
        #expect(try cli.run(["export", "--format", "xlsx", "--layout", layout, "--chart", "--out", book, "--db", db]).status == 64)
    }

    /// Whether LibreOffice is installed (apt-get install libreoffice-calc-nogui); without it the check is skipped.
    static let hasLibreOffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    /// Headless LibreOffice opens the workbook: numbers, dates, text and charts as econ wrote them.
    @Test(.enabled(if: hasLibreOffice, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"))
    func libreOfficeOpensTheWorkbook() throws {
        let folder = try TemporaryFolder()
        #expect(
            try cli.run(["demo", "--data", SDMXMLExportTests.root.appendingPathComponent("data").path, "--out", folder.path]).status == 0)
        let (status, output) = try Python.run([
            SDMXMLExportTests.root.appendingPathComponent("scripts/xlsx/libreoffice-check.py").path, "--econ",
            CLIRunner.binary.path, "--db", folder.file("econ.sqlite"), "--work", folder.file("lo"),
        ])
        #expect(status == 0, "\(output)")
        #expect(output.contains("ok   Charts: a native chart per series"), "\(output)")
    }
}
