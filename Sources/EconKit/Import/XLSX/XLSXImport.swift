import Foundation

/// Imports a sheet of an Excel workbook with the CSV importer's layouts and options (long, wide,
/// panel, series templates, scale …): the sheet's cells, read by ``XLSXWorkbook``, are the records.
///
/// Messages name the workbook and sheet, and the sheet's row numbers as lines.
public struct XLSXImport {
    public var path: String
    /// A sheet's name or number from 1; the first sheet by default.
    public var sheet: String?
    public var options: CSVImportOptions

    public init(path: String, sheet: String? = nil, options: CSVImportOptions = CSVImportOptions()) {
        self.path = path
        self.sheet = sheet
        self.options = options
    }

    public func run(into store: Store) throws -> CSVImportReport {
        let workbook = try XLSXWorkbook(path: path)
        let chosen = try workbook.sheet(sheet)
        let rows = try workbook.rows(chosen)
        var bytes: [UInt8] = []
        for row in rows {
            for (k, cell) in row.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "\""))
                for byte in cell.utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        let name = "\(path) [\(chosen.name)]"
        var csv = CSVImport(path: name, options: options)
        csv.records = { try CSVReader(bytes: bytes, name: name, delimiter: UInt8(ascii: ","), encoding: .utf8) }
        var report = try csv.run(into: store)
        report.source = "Excel sheet"
        return report
    }
}
