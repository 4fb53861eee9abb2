import EconKit
import Testing

struct CSVDialectTests {
    @Test func presetsMatchWhatSpreadsheetsExpect() {
        #expect(CSVDialect.excelRU == CSVDialect(delimiter: .semicolon, decimalComma: true, byteOrderMark: true, crlf: true))
        #expect(CSVDialect.excelEN == CSVDialect(delimiter: .comma, decimalComma: false, byteOrderMark: true, crlf: true))
        #expect(CSVDialect.standard == CSVDialect(delimiter: .comma, decimalComma: false, byteOrderMark: false, crlf: false))
        #expect(CSVDialect.excelRU.formulaGuard && CSVDialect.excelEN.formulaGuard && CSVDialect.standard.formulaGuard)
    }

    @Test func decimalCommaWithCommaDelimiterIsAUsageError() throws {
        let error = #expect(throws: ExportError.self) { try CSVDialect(delimiter: .comma, decimalComma: true).validate() }
        #expect(error == .decimalCommaWithCommaDelimiter)
        #expect(error?.category == .usage)
        try CSVDialect(delimiter: .semicolon, decimalComma: true).validate()
        try CSVDialect(delimiter: .tab, decimalComma: true).validate()
    }

    @Test func writerFollowsTheDialect() {
        let writer = CSVDialect.excelRU.writer
        #expect(writer.row([.text("a"), .number(1.5)]) == "a;1,5\r\n")
        #expect(CSVDialect(delimiter: .tab).writer.row([.text("a"), .number(1.5)]) == "a\t1.5\n")
    }
}
