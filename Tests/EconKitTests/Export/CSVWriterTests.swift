import EconKit
import Testing

struct CSVWriterTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("'quoted", "''quoted"),
        ("plain = text", "plain = text"),
        ("Российские инвестиции", "Российские инвестиции"),
    ])
    func formulaGuardPutsAnApostropheBeforeRiskyText(text: String, expected: String) {
        #expect(CSVWriter().row([.text(text)]) == expected + "\n")
    }

    @Test func withoutTheGuardTextIsWrittenAsItIs() {
        let writer = CSVWriter(formulaGuard: false)
        #expect(writer.row([.text("=1+1"), .text("-2+3"), .text("@SUM(A1)")]) == "=1+1,-2+3,@SUM(A1)\n")
    }

    @Test func numbersAreNeverGuardedOrQuoted() {
        let writer = CSVWriter(delimiter: ";", decimalComma: true)
        #expect(writer.row([.number(-5), .number(-0.25), .decimal("-56.6"), .number(nil), .decimal(nil)]) == "-5;-0,25;-56,6;;\n")
    }

    @Test func cellsWithTheDelimiterQuotesOrLineBreaksAreQuoted() {
        let semicolon = CSVWriter(delimiter: ";", lineEnding: "\r\n")
        #expect(
            semicolon.row([.text("a;b"), .text("a,b"), .text("say \"hi\""), .text("two\nlines")])
                == "\"a;b\";a,b;\"say \"\"hi\"\"\";\"two\nlines\"\r\n")
        let tab = CSVWriter(delimiter: "\t")
        #expect(tab.row([.text("a\tb"), .text("c")]) == "\"a\tb\"\tc\n")
    }

    @Test func unguardedCellsKeepTheirApostrophe() {
        #expect(CSVWriter().row([.unguarded("'2024-03"), .text("'2024-03")]) == "'2024-03,''2024-03\n")
    }
}
