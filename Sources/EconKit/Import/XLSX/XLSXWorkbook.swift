import CLibXML2
import Foundation
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML) read as a table of text cells per sheet, the way
/// `econ import xlsx` hands it to the CSV importer's layouts:
///
/// - numbers as written in the file (`<v>`), booleans as `TRUE`/`FALSE`;
/// - shared strings (`xl/sharedStrings.xml`, rich text joined) and inline strings;
/// - a formula cell by its cached value (econ never calculates);
/// - a number whose style is a date format as `YYYY-MM-DD` (with a time when it has one), in the
///   workbook's date system: 1900 (Excel's, with its phantom 29 February 1900) or 1904.
///
/// Parts are read from the zip in memory; their XML is parsed with no network and no entities.
public struct XLSXWorkbook {
    public struct Sheet: Sendable {
        public var name: String
        /// The part inside the zip, `xl/worksheets/sheet1.xml`.
        var part: String
    }

    public let path: String
    public private(set) var sheets: [Sheet] = []
    private let archive: Archive
    private var sharedStrings: [String] = []
    /// Per cell style index: whether its number format is a date.
    private var dateStyles: [Bool] = []
    private var date1904 = false

    /// Opens a workbook.
    ///
    /// - Throws: ``ImportError`` when the file is missing, not a zip, or has no workbook part.
    public init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError.invalidFile(path, reason: "not an Excel workbook (.xlsx is a zip archive): \(error)")
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw ImportError.invalidFile(path, reason: "not an Excel workbook: the archive has no xl/workbook.xml")
        }
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels") {
            try XMLStream.elements(relations, in: "\(path):xl/_rels/workbook.xml.rels") { name, attributes in
                if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        try XMLStream.elements(workbook, in: "\(path):xl/workbook.xml") { name, attributes in
            if name == "workbookPr" { date1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true" }
            if name == "sheet", let sheetName = attributes["name"] {
                let id = attributes["r:id"] ?? attributes["id"] ?? ""
                sheets.append(Sheet(name: sheetName, part: targets[id] ?? "xl/worksheets/sheet\(sheets.count + 1).xml"))
            }
        }
        if let strings = try part("xl/sharedStrings.xml") {
            sharedStrings = try Self.sharedStrings(strings, in: "\(path):xl/sharedStrings.xml")
        }
        if let styles = try part("xl/styles.xml") { dateStyles = try Self.dateStyles(styles, in: "\(path):xl/styles.xml") }
    }

    /// The sheet a `--sheet` value names: its name, or its number from 1; the first sheet by default.
    public func sheet(_ named: String?) throws -> Sheet {
        guard let named else {
            guard let first = sheets.first else { throw ImportError.invalidFile(path, reason: "the workbook has no sheets") }
            return first
        }
        if let sheet = sheets.first(where: { $0.name == named }) { return sheet }
        if let n = Int(named), n >= 1, n <= sheets.count { return sheets[n - 1] }
        throw ImportError.invalidFile(
            path, reason: "no sheet '\(named)'; the workbook has \(sheets.map { "'\($0.name)'" }.joined(separator: ", "))")
    }

    /// The sheet's rows, each as many cells as its last filled column; empty rows are kept empty.
    public func rows(_ sheet: Sheet) throws -> [[String]] {
        guard let xml = try part(sheet.part) else {
            throw ImportError.invalidFile(path, reason: "sheet '\(sheet.name)' has no part \(sheet.part)")
        }
        let place = "\(path):\(sheet.part)"
        var rows: [[String]] = []
        var row: [String] = []
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int, text: String)?
        var inValue = false
        var inInline = false
        try XMLStream.walk(xml, in: place) { event in
            switch event {
            case .start("row", let attributes):
                let n = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                while rows.count < n - 1 { rows.append([]) }
                row = []
                rowNumber = n
            case .end("row"):
                rows.append(row)
            case .start("c", let attributes):
                let column = attributes["r"].map(Self.column) ?? row.count
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0, "")
            case .start("v", _): inValue = true
            case .end("v"): inValue = false
            case .start("is", _): inInline = true
            case .end("is"): inInline = false
            case .text(let text):
                if inValue || inInline { cell?.text += text }
            case .end("c"):
                guard let done = cell else { return }
                cell = nil
                while row.count < done.column { row.append("") }
                row.append(try value(done.type, done.style, done.text, at: "\(place) row \(rowNumber)"))
            default: break
            }
        }
        return rows
    }

    private func value(_ type: String, _ style: Int, _ text: String, at place: String) throws -> String {
        switch type {
        case "s":
            guard let index = Int(text), index >= 0, index < sharedStrings.count else {
                throw ImportError.invalidFile(place, reason: "a shared string index '\(text)' out of range")
            }
            return sharedStrings[index]
        case "b": return text == "1" ? "TRUE" : "FALSE"
        case "str", "inlineStr", "e", "d": return text
        default:
            guard style < dateStyles.count, dateStyles[style], let serial = Double(text) else { return text }
            return Self.date(serial, date1904: date1904)
        }
    }

    /// An Excel serial date as ISO text (a time only when it has one).
    public static func date(_ serial: Double, date1904: Bool) -> String {
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        // 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900 that did not exist.
        if !date1904 { days += days >= 60 ? -1 : 0 }
        let epoch = date1904 ? CivilDate(year: 1904, month: 1, day: 1) : CivilDate(year: 1899, month: 12, day: 31)
        let date = CivilDate(daysSinceEpoch: (epoch?.daysSinceEpoch ?? 0) + days)
        guard seconds > 0, seconds < 86_400 else { return date.description }
        // Excel keeps no time zone; econ reads the time as UTC.
        return date.description + String(format: "T%02d:%02d:%02dZ", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// `B12` → 1 (columns from 0).
    static func column(_ reference: String) -> Int {
        var n = 0
        for c in reference.unicodeScalars {
            guard c.value >= 65, c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
        }
        return max(0, n - 1)
    }

    // MARK: Parts

    private func part(_ name: String) throws -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= 1 << 30 else {
            throw ImportError.invalidFile("\(path):\(name)", reason: "a part of \(entry.uncompressedSize) bytes is too large")
        }
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { bytes += $0 }
        } catch {
            throw ImportError.invalidFile("\(path):\(name)", reason: "cannot be extracted: \(error)")
        }
        return bytes
    }

    private static func sharedStrings(_ xml: [UInt8], in place: String) throws -> [String] {
        var strings: [String] = []
        var current: String?
        var inText = false
        var inPhonetic = false
        try XMLStream.walk(xml, in: place) { event in
            switch event {
            case .start("si", _): current = ""
            case .end("si"):
                strings.append(current ?? "")
                current = nil
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let text): if inText && !inPhonetic { current? += text }
            default: break
            }
        }
        return strings
    }

    /// Built-in date formats (14–22, 45–47) and custom ones whose code has d, m, y or h outside quotes.
    private static func dateStyles(_ xml: [UInt8], in place: String) throws -> [Bool] {
        var customDates = Set<Int>()
        var styles: [Bool] = []
        var inCellXfs = false
        try XMLStream.elements(xml, in: place) { name, attributes in
            if name == "numFmt", let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                var quoted = false
                var isDate = false
                for c in code.lowercased() {
                    if c == "\"" { quoted.toggle() } else if !quoted, "dmyh".contains(c) { isDate = true }
                }
                if isDate { customDates.insert(id) }
            }
            if name == "cellXfs" { inCellXfs = true }
            if name == "cellStyleXfs" || name == "cellStyles" { inCellXfs = false }
            if name == "xf", inCellXfs {
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append((14...22).contains(id) || (45...47).contains(id) || customDates.contains(id))
            }
        }
        return styles
    }
}
