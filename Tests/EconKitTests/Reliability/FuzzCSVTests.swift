import EconTestSupport
import EconKit
import Foundation
import Testing

/// The CSV reader under random bytes, and the CSV paths as round trips: what the writer writes the
/// reader reads back, and what `export` writes `import` stores back as the same figures.
struct FuzzCSVTests {
    static let byteAlphabet: [[UInt8]] = [
        [0x2C], [0x3B], [0x09], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x61], [0x31], [0x20], [0xEF, 0xBB, 0xBF],
        Array("я".utf8), Array("₸".utf8), [0xD0], [0xFF], [0x00], [0xC0], [0xE0, 0xA0], [0x98],
    ]

    @Test func randomBytesGiveRecordsOrACleanError() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(3_000) {
            let count = Int.random(in: 0..<60, using: &random)
            let bytes = (0..<count).flatMap { _ in Self.byteAlphabet.randomElement(using: &random) ?? [] }
            do {
                var reader = try CSVReader(bytes: bytes)
                var lastLine = 0
                var records = 0
                while let record = try reader.next() {
                    #expect(record.line > lastLine, "\(bytes)")
                    #expect(!record.fields.isEmpty)
                    lastLine = record.line
                    records += 1
                    if records > bytes.count + 1 { Issue.record("more records than bytes: \(bytes)"); break }
                }
            } catch {
                // A CSVError is a clean refusal.
            }
        }
    }

    static let textPieces = [
        "a", "б", "1", ",", ";", "\t", "\"", "\"\"", "\n", "\r", "\r\n", " ", "=", "-", "+", "@", "'", "₸", "🇰🇿", "e\u{0301}", "\u{00A0}",
        "",
    ]

    @Test func whatTheWriterWritesTheReaderReadsBack() throws {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(500) {
            let delimiter: Character = [",", ";", "\t"].randomElement(using: &random) ?? ","
            let writer = CSVWriter(
                delimiter: delimiter, lineEnding: Bool.random(using: &random) ? "\n" : "\r\n", formulaGuard: false)
            let columns = Int.random(in: 2...5, using: &random)
            let rows = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<columns).map { _ in random.string(from: Self.textPieces, maxLength: 6) }
            }
            let text = rows.map { writer.row($0.map { .text($0) }) }.joined()
            var reader = try CSVReader(bytes: Array(text.utf8), delimiter: delimiter.asciiValue, encoding: .utf8)
            var read: [[String]] = []
            while let record = try reader.next() { read.append(record.fields) }
            #expect(read == rows, "\(text.debugDescription)")
        }
    }

    /// A random store: series of every frequency, figures of every qualifier, hostile notes and sources.
    static func randomStore(_ random: inout FuzzRandom) throws -> (Store, [Series]) {
        let store = try Store.inMemory()
        let frequencies: [Frequency] = [.annual, .semiannual, .quarterly, .monthly, .daily, .irregular]
        var series: [Series] = []
        for (i, frequency) in frequencies.enumerated() where Bool.random(using: &random) || i == 0 {
            let s = Series(
                code: "fuzz.s\(i).\(["Инвест", "x", "ü"].randomElement(using: &random) ?? "x")",
                measure: Bool.random(using: &random) ? .stock : .flow,
                unit: ["USD", "KZT", "jobs", "percent"].randomElement(using: &random) ?? "USD", frequency: frequency)
            try store.addSeries(s)
            series.append(s)
        }
        for _ in 0..<Int.random(in: 1...25, using: &random) {
            guard let s = series.randomElement(using: &random) else { continue }
            let y = Int.random(in: 1...9999, using: &random), m = Int.random(in: 1...12, using: &random)
            let kind: Period.Kind
            switch s.frequency {
            case .annual: kind = .year(y)
            case .semiannual: kind = .half(year: y, half: Int.random(in: 1...2, using: &random))
            case .quarterly: kind = .quarter(year: y, quarter: Int.random(in: 1...4, using: &random))
            case .monthly: kind = .month(year: y, month: m)
            case .daily:
                kind = .day(
                    CivilDate(year: y, month: m, day: Int.random(in: 1...28, using: &random)) ?? CivilDate(year: 2000, month: 1, day: 1)!)
            case .irregular:
                kind =
                    Bool.random(using: &random)
                    ? .month(year: y, month: m) : .monthSpan(fromYear: y, fromMonth: 1, toYear: y, toMonth: max(2, m))
            }
            guard let period = Period(kind) else { continue }
            let counted = s.unit == "jobs"
            func number() -> Double {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: Double(Int.random(in: 0...1_000_000, using: &random))
                case 1: Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)  // any positive finite
                case 2: Double(Int.random(in: 1...999_999, using: &random)) / 10 * 1e9
                default: Double.random(in: 0..<1, using: &random)
                }
            }
            let sign: Double = counted || Bool.random(using: &random) ? 1 : -1
            let amount: Amount
            switch Int.random(in: 0..<4, using: &random) {
            case 0: amount = try Amount(sign * number())
            case 1:
                amount = try Amount(
                    sign * number(), [.approx, .moreThan, .atLeast, .lessThan, .atMost].randomElement(using: &random) ?? .approx)
            default:
                let a = number(), b = number()
                amount = a == b ? try Amount(a) : try Amount(rangeFrom: min(a, b), to: max(a, b))
            }
            let published = try PublicationTime(
                parsing: ["2024", "2025-11", "2025-11-06", "2025-11-06T09:30:00Z"].randomElement(using: &random) ?? "2025")
            // Import trims spaces around cells (by design: spreadsheets pad them), so texts here have
            // none; a leading apostrophe is textStartingWithAnApostropheSurvivesTheFormulaGuard's (disabled) case.
            let hostile = ["=1+2", "a,b;\"c\"\n\rd", "x'); DROP TABLE series;--", "Инвестиции ₸ 🇰🇿", "in side", "-5", "@x", "+7", nil]
            try store.record(
                NewObservation(
                    series: s.code, period: period, amount: amount, published: published,
                    source: hostile.randomElement(using: &random) ?? nil, note: hostile.randomElement(using: &random) ?? nil))
        }
        return (store, series)
    }

    /// Every dialect, formula guard on (the default) or off: a guarded cell gets a leading
    /// apostrophe that import takes off again.
    @Test func exportThenImportIsTheIdentity() throws {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        let folder = try TemporaryFolder()
        let dialects: [CSVDialect] = [
            .standard, CSVDialect(formulaGuard: false), .excelRU, .excelEN, CSVDialect(delimiter: .tab, formulaGuard: false),
        ]
        for round in 0..<FuzzRandom.budget(40) {
            let (source, series) = try Self.randomStore(&random)
            let dialect = dialects[round % dialects.count]
            let path = folder.file("export-\(round).csv")
            let sink = try OutputSink.atomicFile(path)
            try source.export(.all, options: ExportOptions(layout: .long, dialect: dialect), to: sink)
            try sink.commit()
            let target = try Store.inMemory()
            for s in series { try target.addSeries(s) }
            _ = try CSVImport(path: path).run(into: target)
            for s in series {
                let a = try source.observations(s.code).map { [$0.period, $0.amount, $0.published, $0.note, $0.source] as [AnyHashable?] }
                let b = try target.observations(s.code).map { [$0.period, $0.amount, $0.published, $0.note, $0.source] as [AnyHashable?] }
                #expect(a.count == b.count, "round \(round), \(s.code)")
                for (x, y) in zip(a, b) where x != y {
                    Issue.record("round \(round), \(s.code), dialect \(dialect): \(x) became \(y)")
                    break
                }
            }
            // Importing the same file again changes nothing.
            let again = try CSVImport(path: path).run(into: target)
            #expect(again.total.new == 0 && again.total.revised == 0, "round \(round)")
        }
    }

    @Test
    func textStartingWithAnApostropheSurvivesTheFormulaGuard() throws {
        let folder = try TemporaryFolder()
        let source = try Store.inMemory()
        let series = Series(code: "x", measure: .flow, unit: "USD", frequency: .annual)
        try source.addSeries(series)
        try source.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(1), note: "'quoted'"))
        try source.record(NewObservation(series: "x", period: .p("2025"), amount: try Amount(2), note: "'=not a formula"))
        let path = folder.file("export.csv")
        let sink = try OutputSink.atomicFile(path)
        try source.exportLong(to: sink)
        try sink.commit()
        let target = try Store.inMemory()
        try target.addSeries(series)
        _ = try CSVImport(path: path).run(into: target)
        #expect(try target.observations("x").map(\.note) == ["'quoted'", "'=not a formula"])
    }
}
