import EconKit
import Foundation
import Testing
import ZIPFoundation

/// Excel workbooks as Excel writes them (issue 18): the parts written here after the Office Open XML
/// standard (ECMA-376), zipped as an .xlsx is.
struct XLSXImportTests {
    static func workbook(_ folder: TemporaryFolder, date1904: Bool = false, parts extra: [String: String] = [:]) throws -> String {
        let path = folder.file(date1904 ? "book1904.xlsx" : "book.xlsx")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var parts: [String: String] = [
            "[Content_Types].xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
            """,
            "xl/workbook.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets><sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="Data" sheetId="2" r:id="rId2"/></sheets></workbook>
            """,
            "xl/_rels/workbook.xml.rels": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
            </Relationships>
            """,
            "xl/sharedStrings.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
            <si><t>series</t></si><si><t>period</t></si><si><t>value</t></si><si><t>published</t></si>
            <si><r><t>ru_kz.</t></r><r><rPr><b/></rPr><t>trade_turnover</t></r></si><si><t>Figures for 2023–2024</t></si></sst>
            """,
            "xl/styles.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
            """,
            "xl/worksheets/sheet1.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>
            """,
            "xl/worksheets/sheet2.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>2023</v></c><c r="C2"><f>28000000000+500000000</f><v>28500000000</v></c><c r="D2" s="1"><v>45292</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>ru_kz.trade_turnover</t></is></c><c r="B3" t="str"><v>2024</v></c><c r="C3"><v>2.8E10</v></c><c r="D3" s="2"><v>45658</v></c></row>
            </sheetData></worksheet>
            """,
        ]
        parts.merge(extra) { _, new in new }
        for (name, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path
    }

    static func options() -> CSVImportOptions {
        var options = CSVImportOptions()
        options.measure = .flow
        options.unit = "USD"
        options.frequency = .annual
        return options
    }

    @Test(arguments: TestEngine.all)
    func aSheetImportsWithTheCSVLayoutsReadingTypedCells(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let path = try Self.workbook(folder)
        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheets.map(\.name) == ["Notes", "Data"])
        #expect(try workbook.rows(workbook.sheet("Data"))[1] == ["ru_kz.trade_turnover", "2023", "28500000000", "2024-01-01"])
        let report = try XLSXImport(path: path, sheet: "Data", options: Self.options()).run(into: store)
        #expect(report.total == .init(new: 2) && report.layout == .long)
        let revisions = try store.revisions("ru_kz.trade_turnover")
        #expect(
            revisions.map { "\($0.period) \($0.amount?.value.map(DecimalText.format) ?? "") \($0.published)" } == [
                "2023 28500000000 2024-01-01", "2024 28000000000 2025-01-01",
            ])
        // The sheet by its number; again: unchanged.
        #expect(try XLSXImport(path: path, sheet: "2", options: Self.options()).run(into: store).total == .init(unchanged: 2))
    }

    @Test func datesInBothSystems() throws {
        #expect(XLSXWorkbook.date(45292, date1904: false) == "2024-01-01")
        #expect(XLSXWorkbook.date(61, date1904: false) == "1900-03-01")
        #expect(XLSXWorkbook.date(59, date1904: false) == "1900-02-28")
        #expect(XLSXWorkbook.date(45292.5, date1904: false) == "2024-01-01T12:00:00Z")
        #expect(XLSXWorkbook.date(0, date1904: true) == "1904-01-01")
        #expect(XLSXWorkbook.date(43830, date1904: true) == "2024-01-01")
        let folder = try TemporaryFolder()
        let path = try Self.workbook(folder, date1904: true)
        let workbook = try XLSXWorkbook(path: path)
        #expect(try workbook.rows(workbook.sheet("Data"))[1][3] == "2028-01-02")
    }

    @Test func badWorkbooksAreRefusedWithWhatAndWhere() throws {
        let folder = try TemporaryFolder()
        let store = try TestEngine.sqlite.store()
        let path = try Self.workbook(folder)
        let noSheet = #expect(throws: ImportError.self) {
            try XLSXImport(path: path, sheet: "Summary", options: Self.options()).run(into: store)
        }
        #expect("\(noSheet.map { "\($0)" } ?? "")".contains("no sheet 'Summary'; the workbook has 'Notes', 'Data'"))
        let notZip = try folder.write("fake.xlsx", "series,period,value\n")
        #expect(throws: ImportError.self) { try XLSXImport(path: notZip).run(into: store) }
        let cutFolder = try TemporaryFolder()
        let cut = try Self.workbook(
            cutFolder, parts: ["xl/worksheets/sheet2.xml": "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>"])
        let error = #expect(throws: ImportError.self) { try XLSXImport(path: cut, sheet: "Data").run(into: store) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("sheet2.xml"))
        // A bad value names the workbook, the sheet and the row.
        let badFolder = try TemporaryFolder()
        let badValue = try Self.workbook(
            badFolder,
            parts: [
                "xl/worksheets/sheet2.xml": """
                <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4"><v>2023</v></c><c r="C4" t="inlineStr"><is><t>lots</t></is></c></row></sheetData></worksheet>
                """
            ])
        let bad = #expect(throws: ImportError.self) {
            try XLSXImport(path: badValue, sheet: "Data", options: Self.options()).run(into: store)
        }
        #expect("\(bad.map { "\($0)" } ?? "")".contains("[Data]:4"))
        #expect(try store.allSeries().isEmpty)
    }
}
