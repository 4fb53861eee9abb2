import EconKit
import Foundation
import Testing

struct ExportBehaviourTests {
    let store: Store

    init() throws { store = try exportStore() }

    @Test func namedSeriesComeFirstInTheirOrderThenMatchesInCodeOrder() throws {
        let selection = SeriesSelection(codes: ["ru_kz.projects", "ru_kz.investment.yearly"], match: "ru_kz.investment.*")
        let text = try exported(store, selection, ExportOptions(layout: .wide))
        let codes = text.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(
            codes == [
                "ru_kz.projects", "ru_kz.investment.yearly", "ru_kz.investment.yearly", "ru_kz.investment.cumulative",
                "ru_kz.investment.cumulative", "ru_kz.investment.cumulative", "ru_kz.investment.cumulative",
            ])
    }

    @Test func unknownSeriesFailsBeforeAnythingIsWritten() throws {
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

    @Test func aPatternThatMatchesNothingIsADataError() throws {
        let error = #expect(throws: ExportError.self) { try exported(store, SeriesSelection(match: "kz_*")) }
        #expect(error == .noSeriesMatch("kz_*"))
        #expect(error?.category == .dataError)
    }

    @Test func decimalCommaWithCommaDelimiterIsRefusedByTheLibraryToo() {
        let options = ExportOptions(dialect: CSVDialect(delimiter: .comma, decimalComma: true))
        #expect(throws: ExportError.decimalCommaWithCommaDelimiter) { try exported(store, .all, options) }
    }

    @Test func bomIsTheFirstThreeBytesAndNoSepLineFollows() throws {
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

    @Test func excelEnglishKeepsThePointAndRussianUsesTheComma() throws {
        let selection = SeriesSelection(codes: ["ru_kz.investment.cumulative"])
        let en = try exported(store, selection, ExportOptions(dialect: .excelEN, scale: .billions))
        let ru = try exported(store, selection, ExportOptions(dialect: .excelRU, scale: .billions))
        #expect(en.contains(",2025-11-06,56.6,USD,billions,exact,"))
        #expect(ru.contains(";2025-11-06;56,6;USD;billions;exact;"))
        #expect(ru.contains(";range;56,6;57;'+cmd|' /C calc'!A0;"))
    }

    @Test func tabDelimiterWithDecimalComma() throws {
        let options = ExportOptions(dialect: CSVDialect(delimiter: .tab, decimalComma: true), scale: .billions)
        let text = try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
        #expect(text.contains("\t2025-11-06\t56,6\tUSD\tbillions\texact\t"))
    }

    @Test func textPeriodsGuardMonthsAndDaysOnly() throws {
        let options = ExportOptions(layout: .byPeriod, periodStyle: .text)
        let periods = try exported(store, .all, options).split(separator: "\n").map { $0.prefix { $0 != "," } }
        #expect(periods == ["period", "unit", "2023", "2024", "2025-01/2025-09", "2025", "'2025-10", "'2025-11", "'2025-11-06"])
    }

    @Test func textStyleKeepsMonthAndDayPublicationTimesAsTextToo() throws {
        let options = ExportOptions(periodStyle: .text)
        let text = try exported(store, SeriesSelection(codes: ["ru_kz.investment.cumulative"]), options)
        #expect(text.contains(",'2025-11-06,56600000000,USD,exact,,,'-2+3,,,'2025-11-07,"))
        #expect(text.contains(",2025,27000000000,USD,approx,,,,,,'2025-11-12,"))
        #expect(text.contains(",2025-01/2025-09,,USD,range,"))
    }

    @Test func missingValuesAreEmptyNeverZero() throws {
        let text = try exported(store, .all, ExportOptions(layout: .byPeriod))
        let row2023 = try #require(text.split(separator: "\n").first { $0.hasPrefix("2023,") })
        #expect(row2023 == "2023,,,,,3000000000,approx,")
        #expect(!text.contains(",0,"))
    }

    @Test func anEmptyStoreExportsTheHeaderOnly() throws {
        let empty = try Store.inMemory()
        #expect(try exported(empty) == Store.longExportColumns.joined(separator: ",") + "\n")
        #expect(try exported(empty, .all, ExportOptions(layout: .byPeriod)) == "period\nunit\n")
    }
}
