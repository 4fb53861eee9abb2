import Foundation

/// A World Bank download, read as the Bank writes it:
///
/// - the bulk CSV (`API_<indicator>_DS2_…csv`): a few lines of "Data Source" and "Last Updated Date",
///   then `Country Name,Country Code,Indicator Name,Indicator Code,1960,…` with a trailing comma;
/// - its companions `Metadata_Country_…csv` (`Country Code,Region,IncomeGroup,SpecialNotes,TableName`:
///   an aggregate has no region) and `Metadata_Indicator_…csv` (`INDICATOR_CODE,INDICATOR_NAME,
///   SOURCE_NOTE,SOURCE_ORGANIZATION`);
/// - API v2 JSON responses: `[{page, pages, per_page, total, lastupdated}, [{indicator: {id, value},
///   country: {id, value}, countryiso3code, date, value, unit, obs_status, decimal}]]`.
public struct WorldBankFile: Sendable {
    public enum Format: String, Sendable {
        case bulkCSV = "World Bank bulk CSV"
        case countryMetadata = "World Bank country metadata CSV"
        case indicatorMetadata = "World Bank indicator metadata CSV"
        case apiJSON = "World Bank API v2 JSON"
    }

    public struct Value: Sendable, Equatable {
        public var indicator: String
        /// ISO 3166 alpha-3 for countries; the Bank's own code for aggregates (WLD, EUU, HIC …).
        public var country: String
        /// The API's two-letter id ("KZ", or "1W" for the world), when the file has it.
        public var countryID: String?
        public var period: Period
        public var value: Double
        public var status: String?
        public var place: String
    }

    public struct Country: Sendable, Equatable {
        public var name: String?
        public var region: String?
        public var incomeGroup: String?
    }

    public var format: Format
    public var values: [Value] = []
    /// Indicator names and source notes, by code.
    public var indicatorNames: [String: String] = [:]
    public var indicatorNotes: [String: String] = [:]
    public var indicatorSources: [String: String] = [:]
    public var countries: [String: Country] = [:]
    public var lastUpdated: PublicationTime?
    /// Cells marked missing (empty, `null`), left out as gaps.
    public var gaps = 0

    /// The format of a file from its content, or `nil`.
    public static func sniff(_ bytes: [UInt8]) -> Format? {
        var head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        let trimmed = head.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("["), trimmed.contains("\"page\""), trimmed.contains("\"per_page\"") { return .apiJSON }
        if head.contains("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"")
            || head.contains("Country Name,Country Code,Indicator Name,Indicator Code")
        {
            return .bulkCSV
        }
        if head.hasPrefix("\"Country Code\",\"Region\",\"IncomeGroup\"") || head.hasPrefix("Country Code,Region,IncomeGroup") {
            return .countryMetadata
        }
        if head.hasPrefix("\"INDICATOR_CODE\",\"INDICATOR_NAME\"") || head.hasPrefix("INDICATOR_CODE,INDICATOR_NAME") {
            return .indicatorMetadata
        }
        return nil
    }

    /// Reads a file.
    ///
    /// - Throws: ``ImportError/invalidFile(_:reason:)`` naming the file and line (or JSON element).
    public static func read(_ bytes: [UInt8], path: String) throws(ImportError) -> WorldBankFile {
        guard let format = sniff(bytes) else {
            throw .invalidFile(path, reason: "not a World Bank file (bulk CSV, its metadata CSVs, or an API v2 JSON response)")
        }
        var file = WorldBankFile(format: format)
        switch format {
        case .apiJSON: try file.readJSON(bytes, path: path)
        case .bulkCSV, .countryMetadata, .indicatorMetadata: try file.readCSV(bytes, path: path)
        }
        return file
    }

    private mutating func readCSV(_ bytes: [UInt8], path: String) throws(ImportError) {
        var reader: CSVReader
        do {
            reader = try CSVReader(bytes: bytes, name: path, delimiter: UInt8(ascii: ","))
        } catch {
            throw .invalidFile(path, reason: error.description)
        }
        func next() throws(ImportError) -> CSVReader.Record? {
            do { return try reader.next() } catch { throw .invalidFile(path, reason: error.description) }
        }
        switch format {
        case .countryMetadata, .indicatorMetadata:
            guard let header = try next() else { return }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            while let record = try next() {
                var row: [String: String] = [:]
                for (name, cell) in zip(names, record.fields) where !cell.isEmpty { row[name] = cell }
                if format == .countryMetadata, let code = row["Country Code"] {
                    countries[code] = Country(name: row["TableName"], region: row["Region"], incomeGroup: row["IncomeGroup"])
                } else if let code = row["INDICATOR_CODE"] {
                    indicatorNames[code] = row["INDICATOR_NAME"]
                    indicatorNotes[code] = row["SOURCE_NOTE"]
                    indicatorSources[code] = row["SOURCE_ORGANIZATION"]
                }
            }
        default:
            var header: CSVReader.Record?
            while let record = try next() {
                if record.fields.first == "Last Updated Date", record.fields.count > 1 {
                    lastUpdated = try? PublicationTime(parsing: record.fields[1])
                }
                if record.fields.starts(with: ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]) {
                    header = record
                    break
                }
            }
            guard let header else {
                throw .invalidFile(path, reason: "no 'Country Name,Country Code,Indicator Name,Indicator Code' header")
            }
            var years: [(Int, Period)] = []
            for (k, cell) in header.fields.enumerated().dropFirst(4) where !cell.isEmpty {
                guard let period = Period(cell.trimmingCharacters(in: .whitespaces)) else {
                    throw .invalidFile("\(path):\(header.line)", reason: "column \(k + 1), '\(cell)', is not a year")
                }
                years.append((k, period))
            }
            while let record = try next() {
                let f = record.fields
                guard f.count >= 4, !f[1].isEmpty, !f[3].isEmpty else {
                    if f.allSatisfy(\.isEmpty) { continue }
                    throw .invalidFile("\(path):\(record.line)", reason: "a row needs a country code and an indicator code")
                }
                countries[f[1], default: Country()].name = f[0]
                indicatorNames[f[3]] = f[2]
                for (k, period) in years where k < f.count {
                    let cell = f[k].trimmingCharacters(in: .whitespaces)
                    if cell.isEmpty {
                        gaps += 1
                        continue
                    }
                    guard let x = Double(cell), x.isFinite else {
                        throw .invalidFile("\(path):\(record.line)", reason: "'\(cell)' for \(period) is not a number")
                    }
                    values.append(
                        Value(indicator: f[3], country: f[1], period: period, value: x, status: nil, place: "line \(record.line)"))
                }
            }
        }
    }

    private mutating func readJSON(_ bytes: [UInt8], path: String) throws(ImportError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw .invalidFile(path, reason: "not JSON: \(error.localizedDescription)")
        }
        guard let top = object as? [Any], top.count == 2, let page = top[0] as? [String: Any] else {
            // The API answers an error as [{"message": [{"id": …, "value": …}]}].
            throw .invalidFile(path, reason: "expected [{page …}, [observations]] (an error response or another shape)")
        }
        if let updated = page["lastupdated"] as? String { lastUpdated = try? PublicationTime(parsing: updated) }
        guard let list = top[1] as? [[String: Any]] else {
            if top[1] is NSNull { return }
            throw .invalidFile(path, reason: "[1] is not a list of observations")
        }
        for (k, entry) in list.enumerated() {
            let place = "\(path): [1][\(k)]"
            guard let indicator = entry["indicator"] as? [String: Any], let id = indicator["id"] as? String,
                let country = entry["country"] as? [String: Any], let date = entry["date"] as? String
            else { throw .invalidFile(place, reason: "an observation needs indicator, country and date") }
            let iso3 = (entry["countryiso3code"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? (country["id"] as? String ?? "")
            indicatorNames[id] = indicator["value"] as? String
            countries[iso3, default: Country()].name = country["value"] as? String
            guard let number = entry["value"] as? NSNumber else {
                gaps += 1
                continue
            }
            guard let period = Self.period(date) else { throw .invalidFile(place, reason: "'\(date)' is not a year, quarter or month") }
            let status = (entry["obs_status"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            values.append(
                Value(
                    indicator: id, country: iso3, countryID: country["id"] as? String, period: period, value: number.doubleValue,
                    status: status, place: "[1][\(k)]"))
        }
    }

    /// The API's dates: `2023`, `2023Q1`, `2023M01`.
    static func period(_ text: String) -> Period? {
        if let p = Period(text) { return p }
        let upper = text.uppercased()
        if let q = upper.firstIndex(of: "Q"), let y = Int(upper[..<q]), let n = Int(upper[upper.index(after: q)...]) {
            return Period(.quarter(year: y, quarter: n))
        }
        if let m = upper.firstIndex(of: "M"), let y = Int(upper[..<m]), let n = Int(upper[upper.index(after: m)...]) {
            return Period(.month(year: y, month: n))
        }
        return nil
    }
}
