import Foundation

/// Imports SDMX data messages (see ``SDMXReader``) into a store, a series at a time as the file is
/// read, all files in one transaction.
///
/// - Series codes are the dataflow's agency and id, then the series key: `ECB.EXR.M.USD.EUR.SP00.A`
///   (`prefix` replaces agency and dataflow).
/// - The unit is UNIT, UNIT_MEASURE or CURRENCY; UNIT_MULT is kept in it as a scale (`EUR_millions`),
///   never multiplied into the values. The frequency is FREQ's, else the periods'. TITLE is the title;
///   every dimension and series attribute is in the note.
/// - OBS_STATUS and the other observation attributes are kept as the observation's note
///   (`OBS_STATUS=E`), which `econ show` and exports print.
/// - The message's Prepared time is the figures' publication time unless `published` is given; a
///   value equal to the stored one is unchanged, a different one a revision.
public struct SDMXImport: Sendable {
    public var paths: [String]
    /// Put before the series key instead of the agency and dataflow (`--prefix ecb.exr.`).
    public var prefix: String?
    public var measure: Measure
    public var published: PublicationTime?
    public var dryRun: Bool
    /// The data structure (`--structure`): dimensions told from attributes, and names for series.
    public var structure: SDMXStructure?

    public init(
        paths: [String], prefix: String? = nil, measure: Measure = .flow, published: PublicationTime? = nil, dryRun: Bool = false,
        structure: SDMXStructure? = nil
    ) {
        self.structure = structure
        self.paths = paths
        self.prefix = prefix
        self.measure = measure
        self.published = published
        self.dryRun = dryRun
    }

    public typealias Report = SourceImportReport<SDMXReader.Format>

    public func run(into store: Store) throws -> Report {
        var report = Report(dryRun: dryRun)
        let now = store.clock()
        try store.writeOrRollBack(commit: !dryRun, foreignKeys: false) { db in
            var writer = try BulkWriter(db: db, options: CSVImportOptions(), now: now, recordedAt: RecordingTime.micros(now))
            writer.currentEqualIsUnchanged = true
            // The messages are read on a second thread while this one stores: reading took about
            // two thirds of the time, storing the rest.
            let pipe = read()
            defer { pipe.cancelAndWait() }
            while let pieces = try pipe.next() {
                for piece in pieces {
                    switch piece {
                    case .file(let path, let format):
                        report.files.append((path, format))
                    case .series(let parsed):
                        if writer.definitions[parsed.code] == nil { writer.definitions[parsed.code] = parsed.definition }
                        report.gaps += parsed.gaps
                        for (row, observation) in parsed.rows {
                            try writer.store(row, line: 0, at: observation.place, counts: &report.counts)
                        }
                    }
                }
            }
            try writer.finish()
            report.createdSeries = writer.created
        }
        return report
    }

    /// What the reading thread hands to the storing one: a series with its figures ready to store,
    /// or the end of a file.
    enum Piece: Sendable {
        case series(ParsedSeries)
        case file(path: String, format: SDMXReader.Format)
    }

    struct ParsedSeries: Sendable {
        var code: String
        var definition: Series
        /// Each figure, with the observation it came from (for messages that name its place).
        var rows: [(RowFigure, SDMXReader.Observation)] = []
        /// Observations without a value, left out as gaps.
        var gaps = 0
    }

    /// Reads every file on a second thread, a series at a time; an error arrives after the series
    /// read before it.
    private func read() -> ChunkPipe<Piece> {
        let importer = self
        return ChunkPipe.start(capacity: 8) { send, _ in
            for path in importer.paths {
                let (format, _) = try SDMXReader.read(path: path, structure: importer.structure) { header, series, observations in
                    let code = try importer.code(header, series)
                    var parsed = ParsedSeries(code: code, definition: try importer.series(code, header, series, observations))
                    parsed.rows.reserveCapacity(observations.count)
                    for obs in observations {
                        guard let value = obs.value else {
                            parsed.gaps += 1
                            continue
                        }
                        guard let period = SDMXReader.period(obs.period) else {
                            throw ImportError.invalidFile(obs.place, reason: "'\(obs.period)' is not an SDMX period")
                        }
                        let note =
                            obs.attributes.isEmpty
                            ? nil : obs.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                        let row = RowFigure(
                            series: code, periodText: period.description, amount: try Amount(value), unit: nil, note: note,
                            source: header.agency, published: importer.published ?? header.prepared, period: period)
                        parsed.rows.append((row, obs))
                    }
                    guard send([.series(parsed)]) else { throw StoppedReading() }
                }
                guard send([.file(path: path, format: format)]) else { return }
            }
        }
    }

    /// The storing thread stopped (it failed): the reading one stops too.
    private struct StoppedReading: Error {}

    private func code(_ header: SDMXReader.Header, _ series: SDMXReader.Series) throws -> String {
        let key = series.key.map(\.value).joined(separator: ".")
        let flow = series.flow.flatMap(SDMXReader.flowReference) ?? header.agency.flatMap { a in header.flow.map { (a, $0) } }
        let code = prefix.map { $0 + key } ?? [flow?.0, flow?.1, key].compactMap { $0 }.joined(separator: ".")
        try SeriesCode.validate(code)
        return code
    }

    private func series(_ code: String, _ header: SDMXReader.Header, _ series: SDMXReader.Series, _ observations: [SDMXReader.Observation])
        throws -> Series
    {
        let a = series.attributes
        let dimensions = Dictionary(series.key.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        var unit = a["UNIT"] ?? a["UNIT_MEASURE"] ?? dimensions["UNIT_MEASURE"] ?? dimensions["UNIT"] ?? dimensions["CURRENCY"] ?? "value"
        unit = unit.split(whereSeparator: { $0 == " " }).joined(separator: "_")
        if let multiplier = (a["UNIT_MULT"] ?? dimensions["UNIT_MULT"]).flatMap({ Int($0) }), multiplier != 0 {
            let name = [3: "thousands", 6: "millions", 9: "billions", 12: "trillions"][multiplier] ?? "e\(multiplier)"
            unit += "_" + name
        }
        unit = String(unit.prefix(40))
        let frequency: Frequency =
            switch dimensions["FREQ"] ?? dimensions["FREQUENCY"] {
            case "A": .annual
            case "S": .semiannual
            case "Q": .quarterly
            case "M": .monthly
            case "D", "B": .daily
            case "W": .irregular
            default: Self.frequency(observations.compactMap { SDMXReader.period($0.period) })
            }
        // With a structure, codes carry their names: "CURRENCY=USD (US dollar)".
        func named(_ id: String, _ value: String) -> String {
            structure?.name(of: value, in: id).map { "\(id)=\(value) (\($0))" } ?? "\(id)=\(value)"
        }
        var note =
            series.key.map { named($0.id, $0.value) }.joined(separator: " ")
            + (a.isEmpty ? "" : "\n" + a.sorted { $0.key < $1.key }.map { named($0.key, $0.value) }.joined(separator: " "))
        if let flow = header.flow, let name = structure?.flowNames[flow] { note = "\(flow): \(name)\n" + note }
        // No title in the data: the names of the key's codes, when the structure gives them.
        let composed = structure.flatMap { s -> String? in
            let parts = series.key.compactMap { s.name(of: $0.value, in: $0.id) }
            return parts.count == series.key.count && !parts.isEmpty ? parts.joined(separator: ", ") : nil
        }
        return Series(
            code: code, measure: measure, unit: unit, frequency: frequency, titleEn: a["TITLE"] ?? a["TITLE_COMPL"] ?? composed,
            indicator: header.flow, source: header.agency, note: note)
    }

    /// The frequency all periods share, else irregular.
    static func frequency(_ periods: [Period]) -> Frequency {
        // A span of months has no fixed frequency: its series is irregular.
        let forms = Set(periods.map(\.frequency))
        guard forms.count == 1, let only = forms.first, let frequency = only else { return .irregular }
        return frequency
    }
}
