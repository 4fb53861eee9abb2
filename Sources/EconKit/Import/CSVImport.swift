import Foundation

/// What `econ import csv` is told about a file.
public struct CSVImportOptions: Sendable {
    /// `nil`: detected from the header.
    public var layout: CSVLayout?
    public var seriesColumn = "series"
    /// `nil`: the first of `period`, `year`, `date`, `time`, `TIME_PERIOD` present.
    public var periodColumn: String?
    public var valueColumn = "value"
    /// Panel value columns; `nil`: every column but the period and known metadata columns.
    public var valueColumns: [String]?
    /// Builds series codes from cells (``SeriesTemplate``).
    public var seriesTemplate: String?
    /// Metadata for series that do not exist yet.
    public var measure: Measure?
    public var unit: String?
    public var frequency: Frequency?
    /// Series definitions to create missing series from (same format as `data/series.json`).
    public var catalog: SeriesCatalog?
    /// Values are multiplied by 10^scale (3: the file is in thousands).
    public var scale = 0
    /// When the release was published (rows with a `published` column keep theirs).
    public var published: PublicationTime?
    /// Keep the good rows and report the bad ones instead of refusing the file.
    public var skipInvalid = false
    /// Where to write rejected rows (with a `reason` column) when ``skipInvalid`` is set.
    public var rejectsPath: String?
    /// Do everything but commit.
    public var dryRun = false
    /// Called now and then, from the thread that reads the file, with how far reading has got
    /// (for a progress display).
    public var progress: (@Sendable (CSVImportProgress) -> Void)?

    public init() {}
}

/// How far an import has read its file.
public struct CSVImportProgress: Sendable {
    /// Records read.
    public var records: Int
    public var bytesRead: Int
    /// The file's size, when known.
    public var totalBytes: Int?

    /// The part of the file read, 0 to 1, when its size is known.
    public var fraction: Double? {
        totalBytes.flatMap { $0 > 0 ? min(1, Double(bytesRead) / Double($0)) : nil }
    }
}

/// What an import did (or, in a dry run, would do).
public struct CSVImportReport: Sendable {
    public struct Counts: Sendable, Equatable {
        public var new = 0
        public var unchanged = 0
        public var revised = 0

        public init(new: Int = 0, unchanged: Int = 0, revised: Int = 0) {
            self.new = new
            self.unchanged = unchanged
            self.revised = revised
        }

        mutating func add(_ other: Counts) {
            new += other.new
            unchanged += other.unchanged
            revised += other.revised
        }
    }

    public var file: String
    /// What the table was read from: `CSV`, or `Excel sheet`.
    public var source = "CSV"
    public var layout: CSVLayout
    public var delimiter: UInt8
    public var encoding: TextEncoding
    /// Per series code.
    public var counts: [String: Counts] = [:]
    /// Series created by this import.
    public var createdSeries: [String] = []
    public var rejected: [ImportRowProblem] = []
    public var ignoredColumns: [String] = []
    /// Title and date lines skipped above the header.
    public var linesAboveHeader = 0
    public var dryRun: Bool

    public var total: Counts {
        counts.values.reduce(into: Counts()) { $0.add($1) }
    }
}

/// Imports a CSV file — long, wide or panel — into a store: every row or, by default, none.
///
/// Rows stream through one transaction; the revisions of one series at a time are held in memory
/// to decide new / unchanged / revised, so memory stays flat however large the file.
public struct CSVImport {
    public var path: String
    public var options: CSVImportOptions
    /// Where the records come from when not the file at `path` (a workbook's sheet).
    var records: (() throws -> CSVReader)?

    public init(path: String, options: CSVImportOptions = CSVImportOptions()) {
        self.path = path
        self.options = options
    }

    /// An import of CSV text held in memory (an HTTP request's body); `name` stands for the file in
    /// messages ("request body:3: …").
    public init(bytes: [UInt8], name: String, options: CSVImportOptions = CSVImportOptions()) {
        self.path = name
        self.options = options
        records = { try CSVReader(bytes: bytes, name: name) }
    }

    /// Runs the import.
    ///
    /// - Throws: ``ImportError/invalidRows(file:rows:)`` listing the bad rows (nothing written) unless
    ///   ``CSVImportOptions/skipInvalid``; ``CSVError`` for unreadable files; store errors.
    public func run(into store: Store) throws -> CSVImportReport {
        // A FRED download (dates as the first day of each period, '.' for a gap): say which command
        // reads it, unless a layout was asked for.
        if records == nil, options.layout == nil, let handle = FileHandle(forReadingAtPath: path),
            let head = try? handle.read(upToCount: 4096),
            let format = FREDFile.sniff([UInt8](head))
        {
            throw ImportError.invalidFile(
                path, reason: "looks like a FRED download (\(format.rawValue)); import it with 'econ import fred \(path)'")
        }
        var reader = try records?() ?? CSVReader(path: path)
        let (headerRecord, columns) = try Self.header(&reader, file: path, options: options)
        var report = CSVImportReport(
            file: path, layout: columns.layout, delimiter: reader.delimiter, encoding: reader.encoding, ignoredColumns: columns.ignored,
            dryRun: options.dryRun)
        report.linesAboveHeader = headerRecord.line - 1
        var rejects: [(CSVReader.Record, String)] = []
        let delimiter = reader.delimiter
        let now = store.clock()
        let recordedAt = RecordingTime.micros(now)

        // Series ids are looked up or created in this transaction: no foreign key check per row.
        try store.writeOrRollBack(commit: !options.dryRun, foreignKeys: false) { db in
            var writer = try BulkWriter(db: db, options: options, now: now, recordedAt: recordedAt)
            // Counted per run of rows of one series, added to the report when the series changes.
            var runCode = ""
            var runCounts = CSVImportReport.Counts()
            func addRunCounts() {
                guard !runCode.isEmpty else { return }
                report.counts[runCode, default: .init()].add(runCounts)
                runCounts = .init()
            }
            func store(_ figure: RowFigure, line: Int) throws {
                let (code, outcome) = try writer.add(figure, line: line)
                if code != runCode {
                    addRunCounts()
                    runCode = code
                }
                switch outcome {
                case .new: runCounts.new += 1
                // A table is not a report of a figure another document gave: rows are never another source.
                case .unchanged, .anotherSource: runCounts.unchanged += 1
                case .revision, .olderRevision: runCounts.revised += 1
                }
            }
            func reject(_ error: any Error, record: CSVReader.Record) throws {
                if let lined = error as? CSVRowReader.LineError {
                    try reject(lined.error, record: CSVReader.Record(fields: lined.fields, line: lined.line))
                    return
                }
                guard let problem = error as? any CategorizedError, !(problem is StoreError) else { throw error }
                report.rejected.append(ImportRowProblem(line: record.line, reason: problem.description))
                rejects.append((record, problem.description))
            }
            // The file is parsed on a second thread while this one stores: each is about half the work.
            let pipe = Self.parse(
                reader, into: CSVRowReader(columns: columns, delimiter: delimiter, scale: options.scale),
                keepFields: options.skipInvalid && options.rejectsPath != nil, progress: options.progress)
            defer { pipe.cancelAndWait() }
            // After a figure of a row fails, the row's other figures are left out with it.
            var failedLine = -1
            reading: while let chunk = try pipe.next() {
                for item in chunk {
                    switch item {
                    case .figure(let figure, let line, let fields) where line != failedLine:
                        do {
                            try store(figure, line: line)
                        } catch {
                            failedLine = line
                            try reject(error, record: CSVReader.Record(fields: fields ?? [], line: line))
                        }
                    case .figure: continue
                    case .rejected(let error, let record): try reject(error, record: record)
                    }
                    if !options.skipInvalid && report.rejected.count >= 1000 { break reading }
                }
            }
            try writer.finish()
            addRunCounts()
            report.rejected.sort { $0.line < $1.line }
            report.createdSeries = writer.created
            if !report.rejected.isEmpty && !options.skipInvalid {
                throw ImportError.invalidRows(file: path, rows: report.rejected)
            }
        }
        if options.skipInvalid, let rejectsPath = options.rejectsPath, !options.dryRun {
            try writeRejects(rejects, header: headerRecord.fields, delimiter: delimiter, to: rejectsPath)
        }
        return report
    }

    /// The header and the columns it names.
    ///
    /// Statistical offices put a few lines of title and dates above the header (the World Bank's
    /// downloads have four: "Data Source", "Last Updated Date" and blank lines). Lines of at most two
    /// cells before a header econ recognizes are skipped; anything else is refused as the first
    /// line's error.
    private static func header(_ reader: inout CSVReader, file: String, options: CSVImportOptions) throws -> (CSVReader.Record, CSVColumns)
    {
        guard var record = try reader.next() else { throw ImportError.invalidFile(file, reason: "the file is empty") }
        let firstError: any Error
        do {
            return (record, try CSVColumns(header: record.fields, file: file, options: options))
        } catch {
            firstError = error
        }
        func isPreamble(_ r: CSVReader.Record) -> Bool { r.fields.filter { !CSVCells.trimmed($0).isEmpty }.count <= 2 }
        var skipped = 0
        while isPreamble(record), skipped < 20, let next = try reader.next() {
            skipped += 1
            record = next
            if let columns = try? CSVColumns(header: record.fields, file: file, options: options) { return (record, columns) }
        }
        throw firstError
    }

    /// What the parsing thread sends: a figure with the line it comes from (and the line's cells
    /// when a rejects file is to be written), or a record that could not be read.
    ///
    /// Figures carry no cells otherwise: retaining and releasing them per row cost the storing
    /// thread a tenth of its time.
    enum Parsed: Sendable {
        case figure(RowFigure, line: Int, fields: [String]?)
        case rejected(any Error, CSVReader.Record)
    }

    /// The reader and row reader, handed over whole to the parsing thread (only it uses them).
    private final class Parser: @unchecked Sendable {
        var reader: CSVReader
        var rows: CSVRowReader

        init(reader: CSVReader, rows: CSVRowReader) {
            self.reader = reader
            self.rows = rows
        }
    }

    /// Starts reading the rest of the file on a second thread, in chunks of parsed rows.
    private static func parse(
        _ reader: CSVReader, into rows: CSVRowReader, keepFields: Bool, progress: (@Sendable (CSVImportProgress) -> Void)?
    ) -> ChunkPipe<Parsed> {
        let parser = Parser(reader: reader, rows: rows)
        return ChunkPipe.start { send, pipe in
            let chunkSize = 512
            var chunk: [Parsed] = []
            chunk.reserveCapacity(chunkSize)
            // What was parsed before a file error still reaches the importer, then the error.
            func nextRecord() throws -> CSVReader.Record? {
                do {
                    return try parser.reader.next()
                } catch {
                    _ = send(chunk)
                    chunk = []
                    throw error
                }
            }
            var count = 0
            while let record = try nextRecord() {
                count += 1
                if count % 50_000 == 0 {
                    progress?(CSVImportProgress(records: count, bytesRead: parser.reader.bytesRead, totalBytes: parser.reader.totalBytes))
                }
                do {
                    try parser.rows.read(record) { chunk.append(.figure($0, line: $1.line, fields: keepFields ? $1.fields : nil)) }
                } catch {
                    chunk.append(.rejected(error, record))
                }
                // Rows that give no figures (empty values) fill no chunk: every 1024 records what
                // there is goes anyway, and a consumer that has stopped is noticed.
                let due = count % 1024 == 0
                if due && chunk.isEmpty && pipe.isCancelled { return }
                if chunk.count >= chunkSize || (due && !chunk.isEmpty) {
                    guard send(chunk) else { return }
                    chunk = []
                    chunk.reserveCapacity(chunkSize)
                }
            }
            do {
                try parser.rows.finish { chunk.append(.figure($0, line: $1.line, fields: keepFields ? $1.fields : nil)) }
            } catch {
                chunk.append(.rejected(error, CSVReader.Record(fields: [], line: 0)))
            }
            _ = send(chunk)
        }
    }

    private func writeRejects(_ rows: [(CSVReader.Record, String)], header: [String], delimiter: UInt8, to path: String) throws {
        let writer = CSVWriter(delimiter: Character(Unicode.Scalar(delimiter)), formulaGuard: false)
        let sink = try OutputSink.atomicFile(path)
        try sink.write(writer.header(header + ["reason"]))
        for (record, reason) in rows {
            try sink.write(
                writer.row(
                    (record.fields + ["\(URL(fileURLWithPath: self.path).lastPathComponent):\(record.line): \(reason)"]).map { .text($0) }))
        }
        try sink.commit()
    }
}

/// Stores figures of one import inside its transaction, series by series (CSV and FRED imports).
///
/// The hot path of bulk imports: rows go to SQLite in multi-row statements (``ObservationBatch``),
/// the stored revisions of only the current series are in memory, no time is formatted per row.
struct BulkWriter {
    let db: any StoreConnection
    let options: CSVImportOptions
    let now: Date
    /// `recorded_at` of this import's rows (later only where a stored revision is newer).
    let recordedAt: Int64
    /// The publication key of figures without one: the time of this import.
    let nowKey: Int64
    /// `created_at` of the series this import creates.
    let createdAt: String
    var created: [String] = []
    /// Series to create when the import meets them, by code (importers that learn a series' metadata
    /// as they stream, such as SDMX's), tried before the options' catalog.
    var definitions: [String: Series] = [:]
    /// A figure equal to the current one is unchanged whatever its publication time: for sources
    /// that date a whole download (FRED's "Last Updated"), not each value.
    var currentEqualIsUnchanged = false

    private var currentCode: String?
    private var currentID: Int64 = 0
    private var currentSeries: Series? {
        didSet { allowsNegative = currentSeries.map { UnitKind(unit: $0.unit).allowsNegative } ?? true }
    }
    /// Whether the current series' unit takes negative values (decided once per series, not per row).
    private var allowsNegative = true
    /// Stored revisions of the current series, by period, with the rows of this run of it; empty
    /// for a series this import created while `ascending` holds.
    private var revisions: [String: [Store.RevisionRow]] = [:]
    /// The run of rows of the current series so far: it had no stored revisions and its periods
    /// rose row by row, so no period can have come before. The common case — a new series in
    /// period order — then needs no lookups and no bookkeeping per row; the first row that breaks
    /// it loads what the run wrote (see ``leaveAscendingRun()``).
    private var ascending = false
    private var lastPeriod: Period?
    /// Lines of the rows this run wrote while ``ascending``, by period, for conflict messages.
    private var runLines: [(String, Int)] = []

    private var batch: any ObservationWriter

    init(db: any StoreConnection, options: CSVImportOptions, now: Date, recordedAt: Int64) throws {
        self.db = db
        self.batch = db.observationWriter()
        self.options = options
        self.now = now
        self.recordedAt = recordedAt
        self.nowKey = PublicationTime(now).sortKey
        self.createdAt = RecordingTime.text(micros: recordedAt)
    }

    mutating func add(_ row: RowFigure, line: Int) throws -> (String, RecordOutcome) {
        if currentCode != row.series { try switchSeries(to: row) }
        guard let series = currentSeries else { throw RowError("internal: no series") }
        // Canonical text (the common case) is used as it is; other forms go through PeriodReading.
        let period: Period
        let periodText: String
        if let canonical = row.canonicalPeriod, canonical.fits(series.frequency) {
            (period, periodText) = (canonical, row.periodText)
        } else {
            period = try PeriodReading.period(row.periodText, frequency: series.frequency)
            periodText = period.description
        }
        guard period.fits(series.frequency) else {
            throw PeriodError.wrongFrequency(period: period.description, series: row.series, frequency: series.frequency)
        }
        if let unit = row.unit, unit != series.unit {
            throw RowError("unit '\(unit)' differs from the unit of series '\(row.series)', \(series.unit)")
        }
        if !allowsNegative { try Store.checkSign(row.amount, unit: series.unit, series: row.series) }
        let published = row.published ?? options.published
        if ascending {
            if let lastPeriod, !(lastPeriod < period) { try leaveAscendingRun() }
            lastPeriod = period
        }
        let stored = ascending ? [] : revisions[periodText] ?? []
        // Rows of this file that differ only in their value contradict each other; the same figure
        // from two speakers in one source differs in its note and is kept side by side.
        if let first = stored.first(where: {
            $0.importLine != nil && $0.published == (published?.sortKey ?? $0.published) && $0.source == row.source && $0.note == row.note
        }),
            first.value != row.amount.value || first.qualifier != row.amount.qualifier.rawValue || first.low != row.amount.low
                || first.high != row.amount.high
        {
            let earlier = (first.importLine ?? 0) > 0 ? "line \(first.importLine ?? 0)" : "an earlier line"
            throw RowError("conflicts with \(earlier): same series, period, source, note and publication date, another value")
        }
        let figure = NewObservation(
            series: row.series, period: period, amount: row.amount, published: published, source: row.source, note: row.note)
        if currentEqualIsUnchanged, let current = stored.last, !current.retracted, current.value == row.amount.value,
            current.qualifier == row.amount.qualifier.rawValue, current.low == row.amount.low, current.high == row.amount.high
        {
            return (row.series, .unchanged)
        }
        let decision = Store.decide(figure, revisions: stored, nowKey: nowKey)
        guard let publishedText = decision.published else { return (row.series, decision.outcome) }
        let recorded = stored.isEmpty ? recordedAt : Store.nextRecordingTime(now, after: stored)
        try batch.append(
            seriesID: currentID, period: periodText, published: publishedText, recordedAt: recorded, amount: row.amount,
            source: row.source, note: row.note)
        if ascending {
            runLines.append((periodText, line))
            return (row.series, decision.outcome)
        }
        // Later rows of the same period in this file see this one.
        revisions[periodText, default: []].append(
            Store.RevisionRow(
                published: publishedText, recordedAt: recorded, value: row.amount.value, qualifier: row.amount.qualifier.rawValue,
                low: row.amount.low, high: row.amount.high, retracted: false, source: row.source, documentID: nil, note: row.note,
                importLine: line))
        if !stored.isEmpty { revisions[periodText]?.sort { ($0.published, $0.recordedAt) < ($1.published, $1.recordedAt) } }
        return (row.series, decision.outcome)
    }

    /// Loads the revisions of the current series, this run's rows with their lines, and leaves the
    /// ascending fast path for the rest of the run.
    private mutating func leaveAscendingRun() throws {
        ascending = false
        try loadRevisions()
        let lines = Dictionary(runLines, uniquingKeysWith: { _, later in later })
        for (period, line) in lines {
            guard var rows = revisions[period] else { continue }
            for i in rows.indices where rows[i].importLine == 0 && rows[i].recordedAt == recordedAt { rows[i].importLine = line }
            revisions[period] = rows
        }
        runLines.removeAll()
    }

    /// Stores a row a reader of a publisher's file made (FRED, World Bank, SDMX), counted per series
    /// in `counts`; a row the store refuses is an ``ImportError`` naming its place in the file.
    mutating func store(
        _ row: RowFigure, line: Int, at place: @autoclosure () -> String, counts: inout [String: CSVImportReport.Counts]
    ) throws {
        let outcome: RecordOutcome
        do {
            outcome = try add(row, line: line).1
        } catch let error as any CategorizedError where !(error is StoreError) {
            throw ImportError.invalidFile(place(), reason: error.description)
        }
        switch outcome {
        case .new: counts[row.series, default: .init()].new += 1
        case .unchanged, .anotherSource: counts[row.series, default: .init()].unchanged += 1
        case .revision, .olderRevision: counts[row.series, default: .init()].revised += 1
        }
    }

    /// Writes the rows still waiting in the batch; the import calls it before it commits.
    mutating func finish() throws {
        try batch.finish()
    }

    private mutating func loadRevisions() throws {
        try batch.flush(before: currentID)
        revisions.removeAll(keepingCapacity: true)
        for (period, var revision) in try Store.allRevisionRows(db, seriesID: currentID) {
            // Rows recorded by this import (it holds the write lock) came from earlier lines of
            // this file: they still count for conflicts.
            if revision.recordedAt >= recordedAt { revision.importLine = 0 }
            revisions[period, default: []].append(revision)
        }
    }

    private mutating func switchSeries(to row: RowFigure) throws {
        currentCode = nil
        currentSeries = nil
        revisions.removeAll(keepingCapacity: true)
        runLines.removeAll(keepingCapacity: true)
        lastPeriod = nil
        try SeriesCode.validate(row.series)
        if let (id, existing) = try Store.fetchSeriesAndID(db, code: row.series) {
            currentID = id
            currentSeries = existing
            try loadRevisions()
            ascending = revisions.isEmpty
        } else {
            let series = try newSeries(row)
            if let flow = series.accumulates { try Store.checkAccumulates(db, stock: series, flow: flow) }
            currentID = try Store.insertSeries(db, series, now: createdAt)
            created.append(series.code)
            currentSeries = series
            ascending = true
        }
        currentCode = row.series
    }

    private func newSeries(_ row: RowFigure) throws -> Series {
        if let defined = definitions[row.series] { return defined }
        if let defined = options.catalog?.series.first(where: { $0.code == row.series }) { return defined }
        guard let measure = options.measure, let frequency = options.frequency, let unit = options.unit ?? row.unit else {
            throw SeriesError.unknownNeedsMetadata(row.series)
        }
        try Store.validateUnit(unit)
        return Series(code: row.series, measure: measure, unit: unit, frequency: frequency, source: row.source)
    }
}
