import Foundation
import ZIPFoundation

/// Imports World Bank files (see ``WorldBankFile``) into a store, all in one transaction.
///
/// Series are `{prefix}{indicator}.{country}` (`NY.GDP.MKTP.CD.KAZ`), created with the indicator's
/// name and source note, the unit read from the name ("(current US$)" is USD, "(% of GDP)" percent),
/// and for a country its ISO alpha-2 area. Aggregates — the world, regions, income groups — are told
/// from countries by the country metadata (no region) or, without it, by not being an ISO country:
/// they get no area and a note saying what they are, and `skipAggregates` leaves them out.
public struct WorldBankImport {
    public var paths: [String]
    public var prefix: String
    public var measure: Measure
    public var skipAggregates: Bool
    public var dryRun: Bool

    public init(paths: [String], prefix: String = "", measure: Measure = .flow, skipAggregates: Bool = false, dryRun: Bool = false) {
        self.paths = paths
        self.prefix = prefix
        self.measure = measure
        self.skipAggregates = skipAggregates
        self.dryRun = dryRun
    }

    public typealias Report = SourceImportReport<WorldBankFile.Format>

    public func run(into store: Store) throws -> Report {
        var files: [(String, WorldBankFile)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                files += try Self.zipped(data, path: path)
            } else {
                files.append((path, try WorldBankFile.read([UInt8](data), path: path)))
            }
        }
        var report = Report(files: files.map { ($0.0, $0.1.format) }, dryRun: dryRun)
        var names: [String: String] = [:]
        var notes: [String: String] = [:]
        var sources: [String: String] = [:]
        var countries: [String: WorldBankFile.Country] = [:]
        var hasCountryMetadata = false
        for (_, file) in files {
            names.merge(file.indicatorNames) { old, _ in old }
            notes.merge(file.indicatorNotes) { old, _ in old }
            sources.merge(file.indicatorSources) { old, _ in old }
            for (code, country) in file.countries {
                var merged = countries[code] ?? .init()
                merged.name = merged.name ?? country.name
                merged.region = merged.region ?? country.region
                merged.incomeGroup = merged.incomeGroup ?? country.incomeGroup
                countries[code] = merged
            }
            if file.format == .countryMetadata { hasCountryMetadata = true }
            report.gaps += file.gaps
        }
        let gazetteer = try Gazetteer.bundled()
        var alpha2: [String: String] = [:]
        for area in gazetteer.areas where area.kind != .group {
            if let iso3 = area.names["iso3"] { alpha2[iso3] = area.code }
        }
        func isAggregate(_ code: String) -> Bool {
            if hasCountryMetadata, let country = countries[code] { return country.region == nil }
            return alpha2[code] == nil
        }

        var series: [String: Series] = [:]
        var rows: [(RowFigure, String)] = []
        for (path, file) in files {
            for value in file.values {
                let aggregate = isAggregate(value.country)
                if aggregate && skipAggregates {
                    report.aggregatesSkipped += 1
                    continue
                }
                let code = prefix + value.indicator + "." + value.country
                if series[code] == nil {
                    series[code] = try self.series(
                        code: code, value: value, name: names[value.indicator], note: notes[value.indicator],
                        source: sources[value.indicator], country: countries[value.country], area: aggregate ? nil : alpha2[value.country])
                }
                let row = RowFigure(
                    series: code, periodText: value.period.description, amount: try Amount(value.value), unit: nil,
                    note: value.status.map { "obs_status: \($0)" }, source: "World Bank", published: file.lastUpdated,
                    period: value.period)
                rows.append((row, "\(path): \(value.place)"))
            }
        }
        func key(_ row: RowFigure) -> (String, Int) { (row.series, row.canonicalPeriod?.start.daysSinceEpoch ?? 0) }
        rows.sort { key($0.0) < key($1.0) }

        var options = CSVImportOptions()
        options.catalog = SeriesCatalog(series: Array(series.values))
        let now = store.clock()
        try store.writeOrRollBack(commit: !dryRun, foreignKeys: false) { db in
            var writer = try BulkWriter(db: db, options: options, now: now, recordedAt: RecordingTime.micros(now))
            // A download dates the whole release: a value equal to the stored one is unchanged.
            writer.currentEqualIsUnchanged = true
            for (n, (row, place)) in rows.enumerated() {
                try writer.store(row, line: n + 1, at: place, counts: &report.counts)
            }
            try writer.finish()
            report.createdSeries = writer.created
        }
        return report
    }

    /// The World Bank files inside a bulk download's zip (the data and its metadata), named
    /// `zip:entry` in messages.
    static func zipped(_ data: Data, path: String) throws -> [(String, WorldBankFile)] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError.invalidFile(path, reason: "not a zip archive econ can read: \(error)")
        }
        var found: [(String, WorldBankFile)] = []
        for entry in archive where entry.type == .file && entry.path.lowercased().hasSuffix(".csv") {
            // The Bank's files are a few MB; a zip bomb's entry is refused by its declared size.
            guard entry.uncompressedSize <= 512 * 1024 * 1024 else {
                throw ImportError.invalidFile("\(path):\(entry.path)", reason: "an entry of \(entry.uncompressedSize) bytes is too large")
            }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw ImportError.invalidFile("\(path):\(entry.path)", reason: "cannot be extracted: \(error)")
            }
            let name = "\(path):\(entry.path)"
            guard WorldBankFile.sniff([UInt8](bytes.prefix(4096))) != nil else { continue }
            found.append((name, try WorldBankFile.read([UInt8](bytes), path: name)))
        }
        guard found.contains(where: { $0.1.format == .bulkCSV }) else {
            throw ImportError.invalidFile(path, reason: "the zip holds no World Bank data file (API_…csv)")
        }
        return found
    }

    private func series(
        code: String, value: WorldBankFile.Value, name: String?, note: String?, source: String?, country: WorldBankFile.Country?,
        area: String?
    ) throws -> Series {
        try SeriesCode.validate(code)
        var lines: [String] = []
        if area == nil { lines.append("Aggregate (a region, income group or the world), not a country: \(country?.name ?? value.country)") }
        if let region = country?.region { lines.append("Region: \(region)") }
        if let income = country?.incomeGroup { lines.append("Income group: \(income)") }
        if let note { lines.append(note) }
        let frequency: Frequency =
            switch value.period.kind {
            case .quarter: .quarterly
            case .month: .monthly
            default: .annual
            }
        return Series(
            code: code, measure: measure, unit: Self.unit(name), frequency: frequency,
            titleEn: [name, country?.name].compactMap { $0 }.joined(separator: ": "), indicator: value.indicator, area: area,
            source: source ?? "World Bank", note: lines.isEmpty ? nil : lines.joined(separator: "\n"))
    }

    /// The unit an indicator's name gives in its last brackets: "(current US$)" USD, "(constant 2015
    /// US$)" USD_2015, "(current LCU)" LCU, anything with % percent, else the words joined by `_`.
    static func unit(_ name: String?) -> String {
        guard let name, let open = name.lastIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else { return "value" }
        let inner = String(name[name.index(after: open)..<close])
        if inner.contains("%") { return "percent" }
        if inner.contains("US$") {
            let year = inner.split(separator: " ").first { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            return year.map { "USD_\($0)" } ?? "USD"
        }
        if inner.contains("LCU") { return inner.contains("constant") ? "LCU_constant" : "LCU" }
        let token = inner.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
        return token.isEmpty ? "value" : String(token.prefix(40))
    }
}
