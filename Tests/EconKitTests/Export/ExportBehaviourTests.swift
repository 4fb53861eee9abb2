import EconKit
import Foundation
import Testing

struct ExportBehaviourTests {

    @Test(arguments: TestEngine.all) func namedSeriesComeFirstInTheirOrderThenMatchesInCodeOrder(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let selection = SeriesSelection(codes: ["ru_kz.projects", "ru_kz.investment.yearly"], match: "ru_kz.investment.*")
        let text = try exported(store, selection, ExportOptions(layout: .wide))
        let codes = text.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(
            codes == [
                "ru_kz.projects", "ru_kz.investment.yearly", "ru_kz.investment.yearly", "ru_kz.investment.cumulative",
                "ru_kz.investment.cumulative", "ru_kz.investment.cumulative", "ru_kz.investment.cumulative",
            ])
    }

    @Test(arguments: TestEngine.all) func unknownSeriesFailsBeforeAnythingIsWritten(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let folder = try TemporaryFolder()
        let path = folder.file("out.csv")
        do {
            let sink = try OutputSink.atomicFile(path)
            let error = #expect(throws: SeriesError.self) {
                try store.export(SeriesSelection(codes: ["ru_kz.investment.yearly", "nope"]), to: sink)
            }
            #expect(error == .unknown("nope"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: TestEngine.all) func aPatternThatMatchesNothingIsADataError(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let error = #expect(throws: ExportError.self) { try exported(store, SeriesSelection(match: "kz_*")) }
        #expect(error == .noSeriesMatch("kz_*"))
        #expect(error?.category == .dataError)
    }

    @Test(arguments: TestEngine.all) func decimalCommaWithCommaDelimiterIsRefusedByTheLibraryToo(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(dialect: CSVDialect(delimiter: .comma, decimalComma: true))
        #expect(throws: ExportError.decimalCommaWithCommaDelimiter) { try exported(store, .all, options) }
    }

    @Test(arguments: TestEngine.all) func bomIsTheFirstThreeBytesAndNoSepLineFollows(engine: TestEngine) throws {
        let store = try exportStore(engine)
        for dialect in [CSVDialect.excelRU, .excelEN] {
            let bytes = try exportedBytes(store, .all, ExportOptions(dialect: dialect))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix("series\(dialect.delimiter.rawValue)period"))
            #expect(!text.contains("sep="))
            #expect(text.components(separatedBy: "\r\n").count == 9)  // header, 7 rows, "" after the last CRLF
        }
        #expect(try exportedBytes(store).first == UInt8(ascii: "s"))
    }

    @Test(arguments: TestEngine.all) func excelEnglishKeepsThePointAndRussianUsesTheComma(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let selection = SeriesSelection(codes: ["ru_kz.investment.cumulative"])
        let en = try exported(store, selection, ExportOptions(dialect: .excelEN, scale: .billions))
        let ru = try exported(store, selection, ExportOptions(dialect: .excelRU, scale: .billions))
        #expect(en.contains(",2025-11-06,56.6,USD,billions,exact,"))
        #expect(ru.contains(";2025-11-06;56,6;USD;billions;exact;"))
        #expect(ru.contains(";range;56,6;57;'+cmd|' /C calc'!A0;"))
    }

    @Test(arguments: TestEngine.all) func tabDelimiterWithDecimalComma(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(dialect: CSVDialect(delimiter: .tab, decimalComma: true), scale: .billions)
        let text = try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
        #expect(text.contains("\t2025-11-06\t56,6\tUSD\tbillions\texact\t"))
    }

    @Test(arguments: TestEngine.all) func textPeriodsGuardMonthsAndDaysOnly(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(layout: .byPeriod, periodStyle: .text)
        let periods = try exported(store, .all, options).split(separator: "\n").map { $0.prefix { $0 != "," } }
        #expect(periods == ["period", "unit", "2023", "2024", "2025-01/2025-09", "2025", "'2025-10", "'2025-11", "'2025-11-06"])
    }

    @Test(arguments: TestEngine.all) func textStyleKeepsMonthAndDayPublicationTimesAsTextToo(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let options = ExportOptions(periodStyle: .text)
        let text = try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
        #expect(text.contains(",'2025-11-06,56600000000,USD,exact,,,'-2+3,,,'2025-11-07,"))
        #expect(text.contains(",2025,27000000000,USD,approx,,,,,,'2025-11-12,"))
        #expect(text.contains(",2025-01/2025-09,,USD,range,"))
    }

    @Test(arguments: TestEngine.all) func missingValuesAreEmptyNeverZero(engine: TestEngine) throws {
        let store = try exportStore(engine)
        let text = try exported(store, .all, ExportOptions(layout: .byPeriod))
        let row2023 = try #require(text.split(separator: "\n").first { $0.hasPrefix("2023,") })
        #expect(row2023 == "2023,,,,,3000000000,approx,")
        #expect(!text.contains(",0,"))
    }

    @Test(arguments: TestEngine.all) func anEmptyStoreExportsTheHeaderOnly(engine: TestEngine) throws {
        let empty = try engine.store()
        #expect(try exported(empty) == Store.longExportColumns.joined(separator: ",") + "\n")
        #expect(try exported(empty, .all, ExportOptions(layout: .byPeriod)) == "period\nunit\n")
    }
}
