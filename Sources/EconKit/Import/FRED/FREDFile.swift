import CLibXML2
import Foundation

/// A file from FRED or ALFRED (the St. Louis Fed), read as its publisher writes it:
///
/// - the graph CSV: `observation_date,GDPC1[,UNRATE…]` (older downloads say `DATE`), each period given
///   by its first day, `.` or an empty cell for a missing value;
/// - ALFRED's vintage CSV: `observation_date,GDPC1_20080430,GDPC1_20240201,…`, a column per vintage;
/// - the text download: a `Title:`, `Series ID:`, `Units:`, `Frequency:`, `Last Updated:`, `Notes:` …
///   header, then `DATE  VALUE` rows;
/// - API responses saved as JSON or XML: `series/observations` (with `realtime_start`/`realtime_end`
///   per observation, which are vintages when they differ) and `series` (metadata only).
public struct FREDFile: Sendable {
    public enum Format: String, Sendable {
        case graphCSV = "FRED graph CSV"
        case vintageCSV = "ALFRED vintage CSV"
        case text = "FRED text download"
        case observationsJSON = "FRED API series/observations (JSON)"
        case observationsXML = "FRED API series/observations (XML)"
        case seriesJSON = "FRED API series (JSON)"
        case seriesXML = "FRED API series (XML)"
    }

    /// What FRED says about a series.
    public struct SeriesInfo: Sendable, Equatable {
        public var id: String
        public var title: String?
        /// As FRED writes it: "Billions of Chained 2017 Dollars", "Percent", "Index 2017=100".
        public var units: String?
        public var frequency: Frequency?
        /// FRED's frequency text ("Weekly, Ending Saturday"), kept in the note.
        public var frequencyText: String?
        public var seasonalAdjustment: String?
        public var source: String?
        public var release: String?
        public var notes: String?
        public var lastUpdated: PublicationTime?
    }

    /// One value: a series, the first day of its period, the value (`nil`: FRED's `.`), and the
    /// vintage it was published in (ALFRED), if the file says.
    public struct Value: Sendable, Equatable {
        public var series: String
        public var date: CivilDate
        public var value: Double?
        public var vintage: CivilDate?
        /// Where in the file: `line 12` or `observation 12`.
        public var place: String
    }

    public var format: Format
    /// In the order the file names them.
    public var series: [SeriesInfo]
    public var values: [Value]

    /// The format of a file, from its content, or `nil` when it is none of FRED's.
    public static func sniff(_ bytes: [UInt8]) -> Format? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let firstLine = String(head.prefix { $0 != "\n" && $0 != "\r" })
        // "observation_date," (FRED since 2024) or "DATE," (older), then FRED ids: upper-case letters,
        // digits and '_' ("date,price" is some other table).
        if firstLine.hasPrefix("observation_date,") || firstLine.hasPrefix("DATE,") {
            let names = firstLine.split(separator: ",").dropFirst().map { String($0).trimmingCharacters(in: .whitespaces) }
            let fredIDs = names.allSatisfy { name in
                !name.isEmpty && name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            }
            guard !names.isEmpty, fredIDs || firstLine.hasPrefix("observation_date,") else { return nil }
            return names.allSatisfy { vintageColumn($0) != nil } ? .vintageCSV : .graphCSV
        }
        if firstLine.lowercased().hasPrefix("title:"), head.contains("Series ID:") { return .text }
        if head.hasPrefix("{") {
            if head.contains("\"observations\"") { return .observationsJSON }
            if head.contains("\"seriess\"") { return .seriesJSON }
        }
        if head.hasPrefix("<") {
            if head.contains("<observations") { return .observationsXML }
            if head.contains("<seriess") { return .seriesXML }
        }
        return nil
    }

    /// Reads a FRED file.
    ///
    /// - Parameter seriesID: the series an API observations response is for (the response does not
    ///   say); by default the file's name without its extension.
    /// - Throws: ``ImportError/invalidFile(_:reason:)`` naming the file and line (or observation).
    public static func read(_ bytes: [UInt8], path: String, seriesID: String? = nil) throws(ImportError) -> FREDFile {
        guard let format = sniff(bytes) else {
            throw .invalidFile(
                path, reason: "not a FRED file (a graph or vintage CSV, a text download, or an API response in JSON or XML)")
        }
        let id = seriesID ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var file = FREDFile(format: format, series: [], values: [])
        switch format {
        case .graphCSV, .vintageCSV: try file.readCSV(bytes, path: path)
        case .text: try file.readText(bytes, path: path)
        case .observationsJSON, .seriesJSON: try file.readJSON(bytes, path: path, seriesID: id)
        case .observationsXML, .seriesXML: try file.readXML(bytes, path: path, seriesID: id)
        }
        return file
    }

    // MARK: CSV

    /// `GDPC1_20080430` → (`GDPC1`, 2008-04-30).
    static func vintageColumn(_ name: String) -> (String, CivilDate)? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let digits = name[name.index(after: underscore)...]
        guard digits.count == 8, digits.allSatisfy(\.isASCII), let n = Int(digits), underscore > name.startIndex,
            let date = CivilDate(year: n / 10000, month: n / 100 % 100, day: n % 100)
        else { return nil }
        return (String(name[..<underscore]), date)
    }

    private mutating func readCSV(_ bytes: [UInt8], path: String) throws(ImportError) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw .invalidFile(path, reason: "the file is empty") }
        let names = header.split(separator: ",", omittingEmptySubsequences: false).dropFirst().map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        var columns: [(series: String, vintage: CivilDate?)] = []
        for name in names {
            guard !name.isEmpty else { throw .invalidFile("\(path):1", reason: "a column has no series id") }
            if format == .vintageCSV, let (id, vintage) = Self.vintageColumn(name) {
                columns.append((id, vintage))
            } else {
                columns.append((name, nil))
            }
        }
        var seen = Set<String>()
        for column in columns where seen.insert(column.series).inserted { series.append(SeriesInfo(id: column.series)) }
        for (n, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == columns.count + 1 else {
                throw .invalidFile("\(path):\(n + 1)", reason: "\(cells.count) cells, the header has \(columns.count + 1)")
            }
            let date = try Self.date(cells[0], at: "\(path):\(n + 1)")
            for (k, column) in columns.enumerated() {
                let value = try Self.value(cells[k + 1], at: "\(path):\(n + 1)")
                values.append(Value(series: column.series, date: date, value: value, vintage: column.vintage, place: "line \(n + 1)"))
            }
        }
    }

    // MARK: Text download

    private mutating func readText(_ bytes: [UInt8], path: String) throws(ImportError) {
        let lines = String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var info = SeriesInfo(id: "")
        var lastKey = ""
        var n = 0
        while n < lines.count {
            let line = lines[n]
            n += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.uppercased().hasPrefix("DATE") && trimmed.uppercased().contains("VALUE") { break }
            if line.first == " " || line.first == "\t" {
                // A continued "Notes:" line.
                if lastKey == "notes" { info.notes = (info.notes.map { $0 + " " } ?? "") + trimmed }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw .invalidFile("\(path):\(n)", reason: "expected a 'Name: value' header line or the DATE VALUE header")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            lastKey = key
            switch key {
            case "title": info.title = value
            case "series id": info.id = value
            case "source": info.source = value
            case "release": info.release = value
            case "seasonal adjustment": info.seasonalAdjustment = value
            case "frequency":
                info.frequencyText = value
                info.frequency = Self.frequency(value)
            case "units": info.units = value
            case "last updated": info.lastUpdated = try? PublicationTime(parsing: String(value.prefix(10)))
            case "notes": info.notes = value.isEmpty ? nil : value
            default: break
            }
        }
        guard !info.id.isEmpty else { throw .invalidFile(path, reason: "the header has no 'Series ID:' line") }
        series.append(info)
        while n < lines.count {
            let line = lines[n]
            n += 1
            let cells = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if cells.isEmpty { continue }
            guard cells.count == 2 else { throw .invalidFile("\(path):\(n)", reason: "expected a date and a value") }
            let date = try Self.date(String(cells[0]), at: "\(path):\(n)")
            values.append(
                Value(
                    series: info.id, date: date, value: try Self.value(String(cells[1]), at: "\(path):\(n)"), vintage: nil,
                    place: "line \(n)"))
        }
    }

    // MARK: API responses

    private mutating func readJSON(_ bytes: [UInt8], path: String, seriesID: String) throws(ImportError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw .invalidFile(path, reason: "not JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else { throw .invalidFile(path, reason: "expected a JSON object") }
        if let list = root["seriess"] {
            guard let entries = list as? [[String: Any]] else { throw .invalidFile(path, reason: "'seriess' is not a list of objects") }
            for (k, entry) in entries.enumerated() {
                series.append(try Self.seriesInfo({ entry[$0].map { "\($0)" } }, at: "\(path): seriess[\(k)]"))
            }
            return
        }
        guard let entries = root["observations"] as? [[String: Any]] else {
            throw .invalidFile(path, reason: "'observations' is not a list of objects")
        }
        series.append(SeriesInfo(id: seriesID))
        let snapshot = (root["realtime_start"] as? String) == (root["realtime_end"] as? String)
        for (k, entry) in entries.enumerated() {
            try addObservation({ entry[$0] as? String }, series: seriesID, snapshot: snapshot, at: "\(path): observations[\(k)]", k)
        }
    }

    private mutating func readXML(_ bytes: [UInt8], path: String, seriesID: String) throws(ImportError) {
        // No network, no entities substituted, no DTD loaded.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let document = parsed, let root = xmlDocGetRootElement(document) else {
            throw .invalidFile(path, reason: "not XML libxml2 can read (cut short, or not well-formed)")
        }
        defer { xmlFreeDoc(document) }
        let children = HTMLArticle.children(of: root).filter { $0.pointee.type == XML_ELEMENT_NODE }
        if HTMLArticle.name(root) == "seriess" {
            for (k, node) in children.enumerated() where HTMLArticle.name(node) == "series" {
                series.append(try Self.seriesInfo({ HTMLArticle.attribute(node, $0) }, at: "\(path): <series> \(k + 1)"))
            }
            return
        }
        guard HTMLArticle.name(root) == "observations" else {
            throw .invalidFile(path, reason: "expected <observations> or <seriess>, found <\(HTMLArticle.name(root))>")
        }
        series.append(SeriesInfo(id: seriesID))
        let snapshot = HTMLArticle.attribute(root, "realtime_start") == HTMLArticle.attribute(root, "realtime_end")
        var k = 0
        for node in children where HTMLArticle.name(node) == "observation" {
            try addObservation(
                { HTMLArticle.attribute(node, $0) }, series: seriesID, snapshot: snapshot, at: "\(path): <observation> \(k + 1)", k)
            k += 1
        }
    }

    /// An observation of an API response; its `realtime_start` is its vintage unless the response
    /// is one day's snapshot (then every observation has that day, and none is a vintage).
    private mutating func addObservation(
        _ field: (String) -> String?, series id: String, snapshot: Bool, at place: String, _ k: Int
    ) throws(ImportError) {
        guard let dateText = field("date"), let valueText = field("value") else {
            throw .invalidFile(place, reason: "an observation needs a date and a value")
        }
        let date = try Self.date(dateText, at: place)
        var vintage: CivilDate? = nil
        if !snapshot, let start = field("realtime_start") { vintage = try Self.date(start, at: place) }
        values.append(
            Value(series: id, date: date, value: try Self.value(valueText, at: place), vintage: vintage, place: "observation \(k + 1)"))
    }

    private static func seriesInfo(_ field: (String) -> String?, at place: String) throws(ImportError) -> SeriesInfo {
        guard let id = field("id"), !id.isEmpty else { throw .invalidFile(place, reason: "a series needs an id") }
        var info = SeriesInfo(id: id)
        info.title = field("title")
        info.units = field("units")
        info.frequencyText = field("frequency")
        info.frequency = field("frequency_short").flatMap(Self.frequency) ?? field("frequency").flatMap(Self.frequency)
        info.seasonalAdjustment = field("seasonal_adjustment")
        info.notes = field("notes")
        info.lastUpdated = field("last_updated").flatMap { try? PublicationTime(parsing: String($0.prefix(10))) }
        return info
    }

    // MARK: Cells

    static func date(_ text: String, at place: String) throws(ImportError) -> CivilDate {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let date = CivilDate(year: y, month: m, day: d)
        else { throw .invalidFile(place, reason: "'\(text)' is not a date (YYYY-MM-DD)") }
        return date
    }

    /// A value; `.` and an empty cell are FRED's missing value.
    static func value(_ text: String, at place: String) throws(ImportError) -> Double? {
        if text.isEmpty || text == "." || text == "#N/A" { return nil }
        guard let value = Double(text), value.isFinite else { throw .invalidFile(place, reason: "'\(text)' is not a number") }
        return value
    }

    /// FRED's frequency words and codes; weekly and biweekly series have no fixed period form in
    /// econ and are irregular (their periods are days).
    static func frequency(_ text: String) -> Frequency? {
        let t = text.lowercased()
        switch t {
        case "a": return .annual
        case "sa": return .semiannual
        case "q": return .quarterly
        case "m": return .monthly
        case "d": return .daily
        case "w", "bw": return .irregular
        default: break
        }
        if t.hasPrefix("annual") { return .annual }
        if t.hasPrefix("semiannual") { return .semiannual }
        if t.hasPrefix("quarterly") { return .quarterly }
        if t.hasPrefix("monthly") { return .monthly }
        if t.hasPrefix("daily") { return .daily }
        if t.hasPrefix("weekly") || t.hasPrefix("biweekly") { return .irregular }
        return nil
    }

    /// The frequency the dates are spaced at: the commonest gap in days between neighbours.
    static func frequency(spacing dates: [CivilDate]) -> Frequency? {
        let sorted = Set(dates).sorted()
        guard sorted.count >= 2 else {
            guard let only = sorted.first else { return nil }
            return only.month == 1 && only.day == 1 ? .annual : (only.day == 1 ? .monthly : .daily)
        }
        var gaps: [Int: Int] = [:]
        for (a, b) in zip(sorted, sorted.dropFirst()) { gaps[b.daysSinceEpoch - a.daysSinceEpoch, default: 0] += 1 }
        guard let gap = gaps.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        switch gap {
        case 365...366: return .annual
        case 181...184: return .semiannual
        case 89...92: return .quarterly
        case 28...31: return .monthly
        case 1...4: return .daily
        default: return .irregular
        }
    }

    /// The period that starts on `date` at `frequency`.
    static func period(_ date: CivilDate, _ frequency: Frequency) -> Period? {
        switch frequency {
        case .annual: date.month == 1 && date.day == 1 ? Period(.year(date.year)) : nil
        case .semiannual:
            date.day == 1 && (date.month == 1 || date.month == 7) ? Period(.half(year: date.year, half: date.month == 1 ? 1 : 2)) : nil
        case .quarterly:
            date.day == 1 && (date.month - 1) % 3 == 0 ? Period(.quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)) : nil
        case .monthly: date.day == 1 ? Period(.month(year: date.year, month: date.month)) : nil
        case .daily, .irregular: Period(.day(date))
        }
    }
}
