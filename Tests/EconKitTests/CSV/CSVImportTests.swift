import GRDB
@testable import EconKit
import Foundation
import Testing

struct CSVImportTests {
    func options(_ configure: (inout CSVImportOptions) -> Void = { _ in }) -> CSVImportOptions {
        var options = CSVImportOptions()
        configure(&options)
        return options
    }

    /// A World Bank file imported as the README shows, into a new store.
    func importWorldBank(_ engine: TestEngine, _ path: String, skipInvalid: Bool = false) throws -> (Store, CSVImportReport) {
        let store = try engine.store()
        let report = try CSVImport(
            path: path,
            options: options {
                $0.seriesTemplate = "{Indicator Code}.{Country Code}"
                $0.measure = .flow
                $0.unit = "USD"
                $0.frequency = .annual
                $0.skipInvalid = skipInvalid
            }
        ).run(into: store)
        return (store, report)
    }

    @Test(arguments: TestEngine.all) func importsAWorldBankWideFile(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "wdi.csv",
            "\u{FEFF}Country Name,Country Code,Indicator Name,Indicator Code,2021 [YR2021],2022 [YR2022],2023 [YR2023]\n"
                + "Kazakhstan,KAZ,GDP (current US$),NY.GDP.MKTP.CD,197112255360.9,225496328742.1,..\n"
                + "Russian Federation,RUS,GDP (current US$),NY.GDP.MKTP.CD,1836892075547.3,,2021421000000\n")
        let (store, report) = try importWorldBank(engine, path)
        #expect(report.layout == .wide)
        #expect(report.total.new == 4)
        #expect(report.ignoredColumns == ["Country Name", "Indicator Name"])
        #expect(try store.observations("NY.GDP.MKTP.CD.KAZ").map(\.period.description) == ["2021", "2022"])
        #expect(try store.observations("NY.GDP.MKTP.CD.RUS").last?.amount?.value == 2021421000000)
    }

    /// The World Bank's own download: four lines of source and date above the header, a comma
    /// after every row.
    @Test(arguments: TestEngine.all) func importsAWorldBankDownloadWithItsLinesAboveTheHeader(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "API_NY.GDP.MKTP.CD.csv",
            "\u{FEFF}\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-10-15\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2022\",\"2023\",\"2024\",\n"
                + "\"Kazakhstan\",\"KAZ\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"225496033467.2\",\"261421108034.9\",\"\",\n"
                + "\"Russian Federation\",\"RUS\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"2266029240645.9\",\"bad\",\"\",\n")
        let (store, report) = try importWorldBank(engine, path, skipInvalid: true)
        #expect(report.layout == .wide)
        #expect(report.linesAboveHeader == 4)
        #expect(report.ignoredColumns == ["Country Name", "Indicator Name"])
        // Lines keep their numbers in the file.
        #expect(report.rejected.map(\.line) == [7])
        #expect(try store.observations("NY.GDP.MKTP.CD.KAZ").map { $0.amount?.value } == [225496033467.2, 261421108034.9])
    }

    /// Only short lines (a title, a date) are skipped looking for the header: a file whose first
    /// line is a wrong header is refused with that line's error.
    @Test(arguments: TestEngine.all) func aWrongHeaderIsNotSkipped(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("x.csv", "code,when,amount\nseries,period,value\ns,2024,1\n")
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: try engine.store()) }
        #expect(error?.description.contains("cannot tell the layout") == true)
    }

    @Test(arguments: TestEngine.all) func importsAPanelWithATemplateAndScale(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "grunfeld.csv", "firm,year,invest,value,capital\nGeneral Motors,1935,317.6,3078.5,2.8\nUS Steel,1935,209.9,1362.4,53.8\n")
        let store = try engine.store()
        let report = try CSVImport(
            path: path,
            options: options {
                $0.layout = .panel
                $0.periodColumn = "year"
                $0.valueColumns = ["invest", "value", "capital"]
                $0.seriesTemplate = "grunfeld.{firm}.{column}"
                $0.measure = .flow
                $0.unit = "USD"
                $0.frequency = .annual
                $0.scale = 6
            }
        ).run(into: store)
        #expect(report.total.new == 6)
        #expect(try store.observations("grunfeld.General_Motors.invest").first?.amount?.value == 317_600_000)
        #expect(try store.observations("grunfeld.US_Steel.capital").first?.amount?.value == 53_800_000)
    }

    @Test(arguments: TestEngine.all) func importsAByPeriodFileAsAPanelWithoutIds(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "by-period.csv", "period;ru_kz.investment.yearly;ru_kz.trade\n2023;3000000000;28500000000\n2024;4000000000;\n")
        let store = try investmentStore(engine)
        try store.addSeries(Series(code: "ru_kz.trade", measure: .flow, unit: "USD", frequency: .annual))
        let report = try CSVImport(path: path).run(into: store)
        #expect(report.layout == .panel)
        #expect(report.total.new == 3)
    }

    @Test(arguments: [
        ("2024", Frequency.annual, "2024"), ("2024-Q1", .quarterly, "2024-Q1"), ("2024Q1", .quarterly, "2024-Q1"),
        ("2024q3", .quarterly, "2024-Q3"), ("2024-H1", .semiannual, "2024-H1"), ("2024H2", .semiannual, "2024-H2"),
        ("2024-03", .monthly, "2024-03"), ("03.2024", .monthly, "2024-03"), ("2024-03-01", .monthly, "2024-03"),
        ("2024M11", .monthly, "2024-11"), ("2025-11-06", .daily, "2025-11-06"),
    ])
    func readsPeriodsAsUsersWriteThem(text: String, frequency: Frequency, canonical: String) throws {
        #expect(try PeriodReading.period(text, frequency: frequency).description == canonical)
    }

    @Test func aDayIsNotAMonthInADailySeries() throws {
        #expect(try PeriodReading.period("2024-03-01", frequency: .daily).description == "2024-03-01")
    }

    @Test(arguments: TestEngine.all) func readsEconsRussianExcelPresetWithoutOptions(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let text =
            "\u{FEFF}series;period;value;unit;qualifier;low;high;note;source\r\n"
            + "ru_kz.investment.yearly;2024;4000000000;USD;approx;;;'=cmd|x;src\r\n"
            + "ru_kz.investment.cumulative;2025-11;56,6;USD;more-than;56,6;;;\r\n"
        let path = try folder.write("ru.csv", text)
        let store = try investmentStore(engine)
        _ = try CSVImport(path: path).run(into: store)
        let yearly = try store.observations("ru_kz.investment.yearly")
        #expect(yearly.first?.note == "=cmd|x")
        #expect(try store.observations("ru_kz.investment.cumulative").first?.amount == (try Amount(56.6, .moreThan)))
    }

    @Test(arguments: TestEngine.all) func missingValuesAreSkippedNeverZero(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "m.csv",
            "series,period,value\nru_kz.investment.yearly,2020,\nru_kz.investment.yearly,2021,..\nru_kz.investment.yearly,2022,NA\nru_kz.investment.yearly,2023,—\nru_kz.investment.yearly,2024,7\n"
        )
        let store = try investmentStore(engine)
        let report = try CSVImport(path: path).run(into: store)
        #expect(report.total.new == 1)
        #expect(try store.observations("ru_kz.investment.yearly").map(\.period.description) == ["2024"])
    }

    @Test(arguments: TestEngine.all) func secondImportChangesNothing(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "a.csv",
            "series,period,value,published\nru_kz.investment.yearly,2023,3e9,2024-11-27\nru_kz.investment.yearly,2024,4e9,2025-10-09\n")
        let store = try investmentStore(engine)
        #expect(try CSVImport(path: path).run(into: store).total.new == 2)
        let again = try CSVImport(path: path).run(into: store)
        #expect(again.total == CSVImportReport.Counts(new: 0, unchanged: 2, revised: 0))
        #expect(try store.revisions("ru_kz.investment.yearly").count == 2)
    }

    @Test(arguments: TestEngine.all) func dryRunCountsAndWritesNothing(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try investmentStore(engine)
        try store.record(
            NewObservation(series: "ru_kz.investment.yearly", period: .p("2023"), amount: try Amount(1), published: .t("2024")))
        let path = try folder.write(
            "a.csv", "series,period,value,published\nru_kz.investment.yearly,2023,2,2025\nru_kz.investment.yearly,2024,4e9,2025\n")
        let report = try CSVImport(path: path, options: options { $0.dryRun = true }).run(into: store)
        #expect(report.counts["ru_kz.investment.yearly"] == CSVImportReport.Counts(new: 1, unchanged: 0, revised: 1))
        #expect(try store.revisions("ru_kz.investment.yearly").count == 1)
    }

    @Test(arguments: TestEngine.all) func badRowsRefuseTheFileAndNameEachLine(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "data.csv",
            "series,period,value\nru_kz.investment.yearly,2023,1\nru_kz.investment.yearly,2024,\"12,3,4\"\nnope,2024,1\nru_kz.investment.yearly,2024-03,1\n"
        )
        let store = try investmentStore(engine)
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: store) }
        let message = error?.description ?? ""
        #expect(message.contains("data.csv:3: '12,3,4' is not a number"))
        #expect(message.contains("data.csv:4: no series 'nope'"))
        #expect(message.contains("data.csv:5: period '2024-03' does not fit series"))
        #expect(message.contains("nothing was imported"))
        #expect(try store.revisions("ru_kz.investment.yearly").isEmpty)
    }

    @Test(arguments: TestEngine.all) func skipInvalidKeepsGoodRowsAndWritesRejectsThatReimport(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("data.csv", "series,period,value\nru_kz.investment.yearly,2023,1\nru_kz.investment.yearly,2024,x\n")
        let rejects = folder.file("rejects.csv")
        let store = try investmentStore(engine)
        let report = try CSVImport(
            path: path,
            options: options {
                $0.skipInvalid = true; $0.rejectsPath = rejects
            }
        ).run(into: store)
        #expect(report.total.new == 1)
        #expect(report.rejected.map(\.line) == [3])
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.hasPrefix("series,period,value,reason\nru_kz.investment.yearly,2024,x,"))
        #expect(text.contains("data.csv:3: 'x' is not a number"))
        // Fixed, the rejects file imports; its reason column is ignored.
        try text.replacingOccurrences(of: "2024,x,", with: "2024,5,").write(toFile: rejects, atomically: true, encoding: .utf8)
        let fixed = try CSVImport(path: rejects).run(into: store)
        #expect(fixed.total.new == 1)
        #expect(fixed.ignoredColumns == ["reason"])
    }

    @Test(arguments: TestEngine.all) func rowsThatDifferOnlyInValueConflict(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("dup.csv", "series,period,value\nru_kz.investment.yearly,2024,1\nru_kz.investment.yearly,2024,2\n")
        let store = try investmentStore(engine)
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: store) }
        #expect(error?.description.contains("dup.csv:3: conflicts with line 2") == true)
        #expect(try store.revisions("ru_kz.investment.yearly").isEmpty)
    }

    /// A new series read in period order needs no lookups; a row that steps back must still see
    /// the rows before it: the same figure again is unchanged, another value is a conflict.
    @Test(arguments: TestEngine.all) func aNewSeriesOutOfOrderStillSeesItsEarlierRows(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let flow = options {
            $0.measure = .flow
            $0.unit = "USD"
            $0.frequency = .annual
        }
        let same = try folder.write(
            "same.csv", "series,period,value\nnew.s,2020,1\nnew.s,2021,2\nnew.s,2022,3\nnew.s,2021,2\nnew.s,2023,4\n")
        let store = try engine.store()
        let report = try CSVImport(path: same, options: flow).run(into: store)
        #expect(report.total == CSVImportReport.Counts(new: 4, unchanged: 1))
        #expect(try store.revisions("new.s").count == 4)

        let conflict = try folder.write(
            "conflict.csv", "series,period,value\nother.s,2020,1\nother.s,2021,2\nother.s,2022,3\nother.s,2021,5\n")
        let error = #expect(throws: ImportError.self) { try CSVImport(path: conflict, options: flow).run(into: store) }
        #expect(error?.description.contains("conflict.csv:5: conflicts with line 3") == true, "\(String(describing: error))")
        #expect(try store.series("other.s") == nil)
    }

    /// The bulk writer turns SQLite's foreign key checks off for its own transaction only.
    @Test func foreignKeysAreCheckedAgainAfterAnImport() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("f.csv", "series,period,value\nru_kz.investment.yearly,2024,1\n")
        let store = try investmentStore()
        _ = try CSVImport(path: path).run(into: store)
        let orphan =
            "INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier) VALUES (999, '2024', 0, 0, 1, 'exact')"
        let database = try #require(store.database)
        #expect(throws: DatabaseError.self) { try database.write { try $0.execute(sql: orphan) } }
    }

    /// Rows go to SQLite in statements of many rows: every row arrives once, with its own texts,
    /// whether it filled a statement or was left over at the end or before a series came back.
    @Test(arguments: TestEngine.all) func everyRowOfAManyRowFileIsStoredWithItsOwnCells(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        var lines = ["series,period,value,qualifier,low,high,source,note"]
        var expected: [String: [(Int, Double, String?)]] = [:]
        for i in 0..<157 {
            let code = ["b.one", "b.two", "b.three"][i / 20 % 3]
            let year = 1900 + i
            let note = i % 5 == 0 ? "note \(i)" : nil
            lines.append("\(code),\(year),\(Double(i) + 0.5),,,,src \(i % 4),\(note ?? "")")
            expected[code, default: []].append((year, Double(i) + 0.5, note))
        }
        lines.append("b.one,2100,,range,1,3,,")
        let path = try folder.write("many.csv", lines.joined(separator: "\n") + "\n")
        let store = try engine.store()
        let report = try CSVImport(
            path: path,
            options: options {
                $0.measure = .flow
                $0.unit = "USD"
                $0.frequency = .annual
            }
        ).run(into: store)
        #expect(report.total.new == 158)
        for (code, rows) in expected {
            let stored = try store.revisions(code).filter { $0.period.description != "2100" }
            #expect(stored.map { Int($0.period.description) ?? 0 } == rows.map(\.0))
            #expect(stored.map { $0.amount?.value } == rows.map(\.1))
            #expect(stored.map(\.note) == rows.map(\.2))
            #expect(stored.map(\.source) == rows.map { "src \(Int($0.1) % 4)" })
        }
        let range = try store.revisions("b.one").last?.amount
        #expect(range?.qualifier == .range && range?.low == 1 && range?.high == 3)
    }

    /// A row that parses but that the store refuses (its period does not fit the series) goes to
    /// the rejects file with its own cells, even when it is read on the parsing thread.
    @Test(arguments: TestEngine.all) func rowsTheStoreRefusesGoToTheRejectsFileWithTheirCells(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        var lines = ["series,period,value"]
        for year in 1000..<3000 { lines.append("ru_kz.investment.yearly,\(year),\(year)") }
        lines.insert("ru_kz.investment.yearly,2024-03,7", at: 1500)
        let path = try folder.write("data.csv", lines.joined(separator: "\n") + "\n")
        let rejects = folder.file("rejects.csv")
        let report = try CSVImport(
            path: path,
            options: options {
                $0.skipInvalid = true
                $0.rejectsPath = rejects
            }
        ).run(into: try investmentStore(engine))
        #expect(report.total.new == 2000)
        #expect(report.rejected.map(\.line) == [1501])
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(
            text.hasPrefix("series,period,value,reason\nru_kz.investment.yearly,2024-03,7,\"data.csv:1501: period '2024-03'"), "\(text)")
    }

    /// Without --skip-invalid an import gives up after 1000 bad rows, however long the file: the
    /// parsing thread is stopped, not left reading.
    @Test(arguments: TestEngine.all) func aFileOfBadRowsStopsAfterAThousandAndSaysWhere(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        var text = "series,period,value\n"
        for i in 0..<50_000 { text += "ru_kz.investment.yearly,\(2000 + i % 20),bad\(i)\n" }
        let path = try folder.write("bad.csv", text)
        let store = try investmentStore(engine)
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: store) }
        guard case .invalidRows(_, let rows) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(rows.count == 1000)
        #expect(rows.first?.line == 2 && rows.last?.line == 1001)
        #expect(try store.revisions("ru_kz.investment.yearly").isEmpty)
    }

    /// After the 1000th bad row the parsing thread stops, even where rows give no figures (empty
    /// values) and so never fill a chunk to send.
    @Test(arguments: TestEngine.all) func parsingStopsSoonAfterTheImportGivesUp(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        var text = "series,period,value\n" + String(repeating: "ru_kz.investment.yearly,2020,abc\n", count: 1000)
        text += String(repeating: "ru_kz.investment.yearly,2021,\n", count: 1_000_000)
        let path = try folder.write("tail.csv", text)
        let progress = Counter()
        let error = #expect(throws: ImportError.self) {
            try CSVImport(path: path, options: options { $0.progress = { _ in progress.add() } }).run(into: try investmentStore(engine))
        }
        #expect(error != nil)
        // Reading the whole file would report progress 20 times.
        #expect(progress.value < 20)
    }

    /// Progress says how many records and how much of the file have been read, for a display.
    @Test(arguments: TestEngine.all) func progressCountsRecordsAndTheShareOfTheFile(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let big = try folder.write(
            "big.csv",
            "series,period,value\n" + (0..<120_000).map { "s.\($0 / 100),\(1900 + $0 % 100),\($0)" }.joined(separator: "\n") + "\n")
        let seen = Reports()
        _ = try CSVImport(
            path: big,
            options: options {
                $0.measure = .flow
                $0.unit = "USD"
                $0.frequency = .annual
                $0.progress = { seen.add($0) }
            }
        ).run(into: try engine.store())
        let reports = seen.all
        #expect(reports.map(\.records) == [50_000, 100_000])
        let fractions = reports.compactMap(\.fraction)
        #expect(
            fractions.count == 2 && fractions[0] > 0.3 && fractions[0] < 0.5 && fractions[1] > 0.7 && fractions[1] < 0.95, "\(fractions)")
    }

    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [CSVImportProgress] = []
        func add(_ p: CSVImportProgress) { lock.withLock { reports.append(p) } }
        var all: [CSVImportProgress] { lock.withLock { reports } }
    }

    /// In a wide file with a `field` column, a series whose cells are bad is rejected alone: the
    /// series after it is still read.
    @Test(arguments: TestEngine.all) func aBadWideSeriesDoesNotTakeTheNextOneWithIt(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("w.csv", "series,field,2020,2021\nx,value,1,abc\ny,value,3,4\n")
        let store = try engine.store()
        let report = try CSVImport(
            path: path,
            options: options {
                $0.skipInvalid = true
                $0.measure = .flow
                $0.unit = "USD"
                $0.frequency = .annual
            }
        ).run(into: store)
        #expect(report.rejected.map(\.line) == [2])
        #expect(try store.observations("y").map { $0.amount?.value } == [3, 4])
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    @Test(arguments: TestEngine.all) func newSeriesNeedMetadata(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("n.csv", "series,period,value\nbrand.new,2024,1\n")
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: try engine.store()) }
        #expect(error?.description.contains("--measure, --unit and --frequency") == true)
    }

    @Test(arguments: TestEngine.all) func aWrongLayoutNameSaysWhichLayoutFits(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("l.csv", "series,period,value\nru_kz.investment.yearly,2024,1\n")
        let error = #expect(throws: ImportError.self) {
            try CSVImport(path: path, options: options { $0.layout = .wide }).run(into: try investmentStore(engine))
        }
        #expect(error?.description.contains("--layout long") == true)
    }

    @Test(arguments: TestEngine.all) func aUnitThatDisagreesWithTheSeriesIsABadRow(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("u.csv", "series,period,value,unit\nru_kz.investment.yearly,2024,1,RUB\n")
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: try investmentStore(engine)) }
        #expect(error?.description.contains("u.csv:2: unit 'RUB' differs") == true)
    }
}
