import CLibXML2
import Foundation

/// Reads SDMX data messages as the ECB, Eurostat, the IMF, the OECD and the BIS publish them, a
/// series at a time, so that a file of any size passes in flat memory:
///
/// - SDMX-ML 2.1 GenericData and GenericTimeSeriesData (`<generic:Series>` with `<generic:SeriesKey>`,
///   `<generic:Attributes>` and `<generic:Obs>`), streamed with libxml2's reader;
/// - SDMX-ML 2.1 StructureSpecificData and StructureSpecificTimeSeriesData (`<Series FREQ="M" …>`
///   with `<Obs TIME_PERIOD="…" OBS_VALUE="…"/>`), streamed likewise;
/// - SDMX-CSV 1.0 (`DATAFLOW,…,TIME_PERIOD,OBS_VALUE,…`) and 2.0 (`STRUCTURE,STRUCTURE_ID,ACTION,…`);
/// - SDMX-JSON 1.0 and 2.0 data messages (read whole: they are small).
///
/// Without the data structure definition, which columns or attributes are dimensions is told by
/// SDMX's cross-domain concepts: the attributes it names (UNIT_MULT, OBS_STATUS, TITLE …) are
/// attributes, everything else is a dimension, in the order written.
public enum SDMXReader {
    public enum Format: String, Sendable {
        case genericML = "SDMX-ML 2.1 GenericData"
        case structureSpecificML = "SDMX-ML 2.1 StructureSpecificData"
        case csv1 = "SDMX-CSV 1.0"
        case csv2 = "SDMX-CSV 2.0"
        case json1 = "SDMX-JSON 1.0"
        case json2 = "SDMX-JSON 2.0"
    }

    /// What the message says about itself.
    public struct Header: Sendable {
        /// `message:Prepared`.
        public var prepared: PublicationTime?
        /// The maintenance agency and id of the dataflow (or, failing that, of the structure).
        public var agency: String?
        public var flow: String?
    }

    /// One series: its key (dimension, value) in order, and its attributes.
    public struct Series: Sendable {
        public var key: [(id: String, value: String)] = []
        public var attributes: [String: String] = [:]
        /// The dataflow a CSV row names (`ECB:EXR(1.0)`), when it does.
        public var flow: String?
    }

    public struct Observation: Sendable {
        public var period: String
        /// `nil`: missing (an empty value, `NaN`).
        public var value: Double?
        public var attributes: [String: String] = [:]
        /// The file and line it is on.
        public var file: String
        public var line: Int
        /// `file:line`, for messages (made only when one is needed); a JSON observation's `file` is
        /// its path in the document and its line 0.
        public var place: String { line > 0 ? "\(file):\(line)" : file }
    }

    /// Attribute concepts of SDMX's cross-domain list and of the big publishers' structures.
    static let attributeConcepts: Set<String> = [
        "UNIT", "UNIT_MEASURE", "UNIT_MULT", "UNIT_INDEX_BASE", "DECIMALS", "TITLE", "TITLE_COMPL", "TITLE_GRP", "COLLECTION",
        "COMPILATION", "COVERAGE", "SOURCE_AGENCY", "SOURCE_PUB", "TIME_FORMAT", "OBS_STATUS", "OBS_CONF", "OBS_PRE_BREAK", "OBS_COM",
        "OBS_FLAG", "COMMENT", "COMMENT_OBS", "COMMENT_TS", "BREAKS", "NAT_TITLE", "TIME_PER_COLLECT", "BASE_PER", "BASE_YEAR",
        "PRE_BREAK_VALUE", "DOM_SER_IDS", "PUBL_ECB", "PUBL_MU", "PUBL_PUBLIC", "CONF_STATUS", "EMBARGO_DATE", "REFERENCE_PERIOD",
        "CURRENCY_MULT", "DATA_COMP", "UNIT_MULTIPLIER", "OBS_NOTE", "SERIES_NOTE",
    ]

    /// The format of a file from its first bytes, or `nil`.
    public static func sniff(_ bytes: [UInt8]) -> Format? {
        var head = String(decoding: bytes.prefix(8192), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        if head.hasPrefix("STRUCTURE,STRUCTURE_ID,") || head.hasPrefix("STRUCTURE;STRUCTURE_ID;") { return .csv2 }
        if head.hasPrefix("DATAFLOW,") || head.hasPrefix("DATAFLOW;") { return .csv1 }
        if head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"), head.contains("\"dataSets\"") || head.contains("\"meta\"") {
            return head.contains("\"meta\"") || head.contains("\"structures\"") ? .json2 : .json1
        }
        guard head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<") else { return nil }
        if head.contains("GenericData") || head.contains("GenericTimeSeriesData") { return .genericML }
        if head.contains("StructureSpecificData") || head.contains("StructureSpecificTimeSeriesData") { return .structureSpecificML }
        return nil
    }

    /// Reads the file at `path`, handing each series and its observations to `each` as it ends.
    ///
    /// - Throws: ``ImportError/invalidFile(_:reason:)`` naming the file and line or element; what
    ///   `each` throws.
    ///
    /// - Parameter structure: the data structure, which tells dimensions from attributes (and their
    ///   order) where the file does not.
    public static func read(
        path: String, structure: SDMXStructure? = nil, each: (Header, Series, [Observation]) throws -> Void
    ) throws -> (Format, Header) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.missingFile(path) }
        let head = (try? handle.read(upToCount: 8192)) ?? Data()
        try? handle.close()
        guard let format = sniff([UInt8](head)) else {
            throw ImportError.invalidFile(
                path, reason: "not an SDMX data message (SDMX-ML 2.1 Generic or StructureSpecific data, SDMX-CSV 1.0 or 2.0)")
        }
        let isAttribute: (String) -> Bool =
            structure.map { s in { !s.dimensions.contains($0) } } ?? { attributeConcepts.contains($0) }
        // Keys in the structure's dimension order when there is one.
        let ordered: (Header, Series, [Observation]) throws -> Void = { header, series, observations in
            guard let order = structure?.dimensions else { return try each(header, series, observations) }
            var sorted = series
            sorted.key.sort { (order.firstIndex(of: $0.id) ?? Int.max) < (order.firstIndex(of: $1.id) ?? Int.max) }
            try each(header, sorted, observations)
        }
        switch format {
        case .json1, .json2: return (format, try readJSON(path: path, each: ordered))
        case .csv1, .csv2: return (format, try readCSV(path: path, format: format, isAttribute: isAttribute, each: ordered))
        case .genericML, .structureSpecificML:
            return (format, try readML(path: path, generic: format == .genericML, isAttribute: isAttribute, each: ordered))
        }
    }

    // MARK: SDMX-ML

    private static func readML(
        path: String, generic: Bool, isAttribute: (String) -> Bool, each: (Header, Series, [Observation]) throws -> Void
    ) throws -> Header {
        // No network, no entity substitution, no DTD: an external entity is never read.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else { throw ImportError.missingFile(path) }
        defer { xmlFreeTextReader(reader) }
        var header = Header()
        var series: Series?
        var observations: [Observation] = []
        var observation: Observation?
        var seriesCount = 0
        // Where Generic's <Value> elements go.
        enum Values { case none, seriesKey, seriesAttributes, obsAttributes }
        var values = Values.none
        var inStructureUsage = false
        func attributes() -> [(String, String)] {
            var out: [(String, String)] = []
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                out.append((text(xmlTextReaderConstLocalName(reader)), text(xmlTextReaderConstValue(reader))))
            }
            _ = xmlTextReaderMoveToElement(reader)
            return out
        }
        func attribute(_ name: String) -> String? {
            guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
            defer { econ_xmlFree(value) }
            return String(cString: value)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else {
                throw ImportError.invalidFile(
                    "\(path):\(xmlTextReaderGetParserLineNumber(reader))", reason: "not well-formed XML (cut short, or broken markup)")
            }
            let type = xmlTextReaderNodeType(reader)
            // Only elements matter here: text and whitespace between them are passed over unread.
            guard type == 1 || type == 15 else { continue }
            let name = text(xmlTextReaderConstLocalName(reader))
            if type == 1 {
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                switch name {
                case "Prepared":
                    if let value = xmlTextReaderReadString(reader) {
                        header.prepared = try? PublicationTime(parsing: String(cString: value))
                        econ_xmlFree(value)
                    }
                case "StructureUsage": inStructureUsage = !empty
                case "Ref":
                    if header.flow == nil || inStructureUsage {
                        header.flow = attribute("id") ?? header.flow
                        header.agency = attribute("agencyID") ?? header.agency
                    }
                case "Sender": if header.agency == nil { header.agency = attribute("id") }
                case "Series":
                    series = Series()
                    observations.removeAll(keepingCapacity: true)
                    seriesCount += 1
                    if !generic {
                        for (id, value) in attributes() {
                            if isAttribute(id) { series?.attributes[id] = value } else { series?.key.append((id, value)) }
                        }
                        if empty { try finishSeries() }
                    }
                case "SeriesKey": values = .seriesKey
                case "Attributes": values = observation == nil ? .seriesAttributes : .obsAttributes
                case "Value" where generic:
                    guard let id = attribute("id"), let value = attribute("value") else { break }
                    switch values {
                    case .seriesKey: series?.key.append((id, value))
                    case .seriesAttributes: series?.attributes[id] = value
                    case .obsAttributes: observation?.attributes[id] = value
                    case .none: break
                    }
                case "Obs":
                    let line = Int(xmlTextReaderGetParserLineNumber(reader))
                    observation = Observation(period: "", value: nil, file: path, line: line)
                    if !generic {
                        for (id, value) in attributes() {
                            switch id {
                            case "TIME_PERIOD": observation?.period = value
                            case "OBS_VALUE": observation?.value = try number(value, at: "\(path):\(line)")
                            default: observation?.attributes[id] = value
                            }
                        }
                    }
                    if empty { try finishObservation() }
                case "ObsDimension" where generic: observation?.period = attribute("value") ?? ""
                case "ObsValue" where generic:
                    let place = observation?.place ?? path
                    let parsed = try number(attribute("value") ?? "", at: place)
                    observation?.value = parsed
                default: break
                }
            } else if type == 15 {
                switch name {
                case "SeriesKey", "Attributes": values = .none
                case "StructureUsage": inStructureUsage = false
                case "Obs": try finishObservation()
                case "Series": try finishSeries()
                default: break
                }
            }
        }
        func finishObservation() throws {
            guard let done = observation else { return }
            observation = nil
            values = .none
            guard !done.period.isEmpty else { throw ImportError.invalidFile(done.place, reason: "an observation has no TIME_PERIOD") }
            observations.append(done)
        }
        func finishSeries() throws {
            guard let done = series else { return }
            series = nil
            try each(header, done, observations)
            observations.removeAll(keepingCapacity: true)
        }
        return header
    }

    private static func text(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func number(_ text: String, at place: @autoclosure () -> String) throws -> Double? {
        // The common case first: Foundation's trimming cost a sixth of an import.
        if let x = Double(text), x.isFinite { return x }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t == "NaN" || t == "NA" || t == "." { return nil }
        guard let x = Double(t), x.isFinite else { throw ImportError.invalidFile(place(), reason: "'\(text)' is not a number") }
        return x
    }

    // MARK: SDMX-JSON

    /// SDMX-JSON 1.0 (`header`, `dataSets`, `structure`) and 2.0 (`meta`, `data: {dataSets, structures}`):
    /// series keyed `0:1:0` by positions in the structure's dimension values, observations keyed by
    /// positions in the time dimension, `[value, attribute positions…]`.
    private static func readJSON(path: String, each: (Header, Series, [Observation]) throws -> Void) throws -> Header {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ImportError.invalidFile(path, reason: "expected a JSON object")
            }
            root = object
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError.invalidFile(path, reason: "not JSON: \(error.localizedDescription)")
        }
        let meta = (root["meta"] ?? root["header"]) as? [String: Any] ?? [:]
        let body = root["data"] as? [String: Any] ?? root
        guard let dataSets = body["dataSets"] as? [[String: Any]] else {
            throw ImportError.invalidFile(path, reason: "no 'dataSets' list")
        }
        let structures = (body["structures"] as? [[String: Any]]) ?? (root["structure"] as? [String: Any]).map { [$0] } ?? []
        var header = Header()
        header.prepared = (meta["prepared"] as? String).flatMap { try? PublicationTime(parsing: $0) }
        header.agency = (meta["sender"] as? [String: Any])?["id"] as? String
        func list(_ object: Any?, _ key: String) -> [[String: Any]] { (object as? [String: Any])?[key] as? [[String: Any]] ?? [] }
        for (n, dataSet) in dataSets.enumerated() {
            let structure = structures.isEmpty ? [:] : structures[min((dataSet["structure"] as? Int) ?? 0, structures.count - 1)]
            for link in structure["links"] as? [[String: Any]] ?? [] where (link["rel"] as? String) == "dataflow" {
                let urn = (link["urn"] ?? link["href"]) as? String ?? ""
                // "…Dataflow=ECB:EXR(1.0)" (a URN) or "…/dataflow/ECB/EXR/1.0" (a REST address).
                if let equals = urn.range(of: "Dataflow="), let (agency, id) = Self.flowReference(String(urn[equals.upperBound...])) {
                    (header.agency, header.flow) = (agency, id)
                } else if let rest = urn.range(of: "dataflow/") {
                    let parts = urn[rest.upperBound...].split(separator: "/")
                    if parts.count >= 2 { (header.agency, header.flow) = (String(parts[0]), String(parts[1])) }
                }
            }
            let dimensions = list(structure["dimensions"], "series")
            let timeDimension = list(structure["dimensions"], "observation").first?["values"] as? [[String: Any]] ?? []
            let seriesAttributes = list(structure["attributes"], "series")
            let observationAttributes = list(structure["attributes"], "observation")
            func valueID(_ values: Any?, _ position: Int) -> String? {
                guard let values = values as? [[String: Any]], position >= 0, position < values.count else { return nil }
                return (values[position]["id"] ?? values[position]["name"] ?? values[position]["value"]).map { "\($0)" }
            }
            let seriesMap = dataSet["series"] as? [String: Any] ?? [:]
            for key in seriesMap.keys.sorted() {
                let place = "\(path): dataSets[\(n)].series[\"\(key)\"]"
                guard let entry = seriesMap[key] as? [String: Any] else { throw ImportError.invalidFile(place, reason: "not an object") }
                var series = Series()
                for (k, position) in key.split(separator: ":").enumerated() {
                    guard k < dimensions.count, let p = Int(position), let id = dimensions[k]["id"] as? String,
                        let value = valueID(dimensions[k]["values"], p)
                    else { throw ImportError.invalidFile(place, reason: "the key does not match the structure's dimensions") }
                    series.key.append((id, value))
                }
                for (k, position) in (entry["attributes"] as? [Any] ?? []).enumerated() where k < seriesAttributes.count {
                    if let p = position as? Int, let id = seriesAttributes[k]["id"] as? String,
                        let value = valueID(seriesAttributes[k]["values"], p)
                    {
                        series.attributes[id] = value
                    }
                }
                var observations: [Observation] = []
                let entries = entry["observations"] as? [String: Any] ?? [:]
                for obsKey in entries.keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) {
                    let obsPlace = "\(place).observations[\"\(obsKey)\"]"
                    guard let cells = entries[obsKey] as? [Any], let p = Int(obsKey), let period = valueID(timeDimension, p) else {
                        throw ImportError.invalidFile(obsPlace, reason: "an observation needs a time position and a value list")
                    }
                    var value: Double? = nil
                    if let number = cells.first as? NSNumber, !(cells.first is Bool) {
                        value = number.doubleValue.isFinite ? number.doubleValue : nil
                    } else if let text = cells.first as? String {
                        value = try number(text, at: obsPlace)
                    }
                    var observation = Observation(period: period, value: value, file: obsPlace, line: 0)
                    for (k, position) in cells.dropFirst().enumerated() where k < observationAttributes.count {
                        if let p = position as? Int, let id = observationAttributes[k]["id"] as? String,
                            let attribute = valueID(observationAttributes[k]["values"], p)
                        {
                            observation.attributes[id] = attribute
                        }
                    }
                    observations.append(observation)
                }
                try each(header, series, observations)
            }
        }
        return header
    }

    // MARK: SDMX-CSV

    private static func readCSV(
        path: String, format: Format, isAttribute: (String) -> Bool, each: (Header, Series, [Observation]) throws -> Void
    ) throws -> Header {
        var reader = try CSVReader(path: path)
        guard let header = try reader.next() else { throw ImportError.invalidFile(path, reason: "the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let time = names.firstIndex(of: "TIME_PERIOD"), let value = names.firstIndex(of: "OBS_VALUE") else {
            throw ImportError.invalidFile("\(path):1", reason: "an SDMX-CSV file needs TIME_PERIOD and OBS_VALUE columns")
        }
        let skipped: Set<String> = format == .csv2 ? ["STRUCTURE", "STRUCTURE_ID", "ACTION", "STRUCTURE_NAME"] : ["DATAFLOW"]
        let flowColumn = names.firstIndex(of: format == .csv2 ? "STRUCTURE_ID" : "DATAFLOW")
        var fileHeader = Header()
        var current: Series?
        var currentKey: [String] = []
        var observations: [Observation] = []
        while let record = try reader.next() {
            let f = record.fields
            if f.allSatisfy({ $0.isEmpty }) { continue }
            guard f.count == names.count else {
                throw ImportError.invalidFile("\(path):\(record.line)", reason: "\(f.count) cells, the header has \(names.count)")
            }
            var series = Series()
            var attributes: [String: String] = [:]
            for (k, name) in names.enumerated() where k != time && k != value && !skipped.contains(name) {
                if isAttribute(name) {
                    if !f[k].isEmpty { attributes[name] = f[k] }
                } else {
                    series.key.append((name, f[k]))
                }
            }
            series.flow = flowColumn.map { f[$0] }
            let key = series.key.map(\.value) + [series.flow ?? ""]
            if key != currentKey, let done = current {
                try each(fileHeader, done, observations)
                observations.removeAll(keepingCapacity: true)
            }
            if key != currentKey {
                currentKey = key
                // Series attributes are those of the first row; the rest stay per observation.
                series.attributes = attributes.filter { !$0.key.hasPrefix("OBS_") }
                current = series
                if let flow = series.flow, let (agency, id) = Self.flowReference(flow) {
                    (fileHeader.agency, fileHeader.flow) = (agency, id)
                }
            }
            observations.append(
                Observation(
                    period: f[time], value: try number(f[value], at: "\(path):\(record.line)"),
                    attributes: attributes.filter { $0.key.hasPrefix("OBS_") }, file: path, line: record.line))
        }
        if let done = current { try each(fileHeader, done, observations) }
        return fileHeader
    }

    /// `ECB:EXR(1.0)` → (`ECB`, `EXR`).
    static func flowReference(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let agency = String(text[..<colon])
        var id = String(text[text.index(after: colon)...])
        if let paren = id.firstIndex(of: "(") { id = String(id[..<paren]) }
        return agency.isEmpty || id.isEmpty ? nil : (agency, id)
    }

    /// Every SDMX period form: `2024`, `2024-A1`, `2024-S1`, `2024-Q1`, `2024-M01`, `2024-01`, days,
    /// `2024-W05` (the Monday of ISO week 5, as a day), and ranges of months (`2025-01-01/P9M`).
    public static func period(_ text: String) -> Period? {
        if let p = Period(text) { return p }
        // A time range: a start and a duration in months or years, "2025-01-01/P9M".
        if let slash = text.firstIndex(of: "/") {
            let start = text[..<slash].split(separator: "-")
            let duration = text[text.index(after: slash)...]
            guard start.count >= 2, let y = Int(start[0]), let m = Int(start[1]), start.count == 2 || start[2] == "01",
                duration.first == "P", let unit = duration.last, let n = Int(duration.dropFirst().dropLast()), n > 0
            else { return nil }
            let months = unit == "Y" ? 12 * n : unit == "M" ? n : 0
            guard months > 0 else { return nil }
            let end = y * 12 + (m - 1) + months - 1
            return Period(.monthSpan(fromYear: y, fromMonth: m, toYear: end / 12, toMonth: end % 12 + 1))
        }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let kind = parts[1].first, let n = Int(parts[1].dropFirst()) else { return nil }
        switch kind {
        case "A": return n == 1 ? Period(.year(year)) : nil
        case "S": return Period(.half(year: year, half: n))
        case "Q": return Period(.quarter(year: year, quarter: n))
        case "M": return Period(.month(year: year, month: n))
        case "W":
            // ISO week 1 holds 4 January; weeks start on Monday.
            guard (1...53).contains(n), let jan4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
            let weekday = ((jan4.daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
            return Period(.day(CivilDate(daysSinceEpoch: jan4.daysSinceEpoch - weekday + 7 * (n - 1))))
        default: return nil
        }
    }
}
