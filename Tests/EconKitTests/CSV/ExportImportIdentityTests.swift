import EconKit
import Foundation
import Testing

/// Whatever `econ export` writes, `econ import csv` reads back, with no options, to the same figures.
struct ExportImportIdentityTests {
    static let layouts: [ExportOptions.Layout] = [.long, .wide, .byPeriod, .sdmx]
    static let dialects: [(String, CSVDialect)] = [("standard", .standard), ("excel-ru", .excelRU), ("excel-en", .excelEN)]

    /// A store with the same series as ``exportStore()`` and no figures.
    func emptyTwin(of store: Store) throws -> Store {
        let twin = try Store.inMemory()
        _ = try twin.addMissingSeries(try store.allSeries().sorted { ($0.accumulates == nil ? 0 : 1) < ($1.accumulates == nil ? 0 : 1) })
        return twin
    }

    func figures(_ store: Store) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for s in try store.allSeries() {
            out[s.code] = try store.observations(s.code).map { o in
                let a = o.amount
                return
                    "\(o.period) \(a?.qualifier.rawValue ?? "-") \(a?.value.map(DecimalText.format) ?? "") \(a?.low.map(DecimalText.format) ?? "") \(a?.high.map(DecimalText.format) ?? "")"
            }
        }
        return out
    }

    @Test(arguments: layouts, [0, 1, 2])
    func everyLayoutAndDialectReadsBackToTheSameFigures(layout: ExportOptions.Layout, dialectIndex: Int) throws {
        let (name, dialect) = Self.dialects[dialectIndex]
        let source = try exportStore()
        for scale in [ExportScale.units, .billions] {
            for style in [ExportOptions.PeriodStyle.written, .text] {
                let text = try exported(source, .all, ExportOptions(layout: layout, dialect: dialect, scale: scale, periodStyle: style))
                let folder = try TemporaryFolder()
                let path = folder.file("export.csv")
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                let target = try emptyTwin(of: source)
                let report = try CSVImport(path: path).run(into: target)
                let label = "\(layout.rawValue) \(name) \(scale.rawValue) \(style.rawValue)"
                #expect(report.rejected.isEmpty, "\(label): \(report.rejected)")
                #expect(try figures(target) == figures(source), "\(label)\n\(text)")
                if layout == .long {
                    let notes = try target.observations("ru_kz.investment.yearly").map(\.note)
                    #expect(notes == (try source.observations("ru_kz.investment.yearly").map(\.note)), "\(label)")
                    let sources = try target.observations("ru_kz.investment.yearly").map(\.source)
                    #expect(sources.first == "=HYPERLINK(\"http://evil.example\",\"click\")", "\(label)")
                }
            }
        }
    }

    @Test func secondImportOfAnExportChangesNothing() throws {
        let source = try exportStore()
        let folder = try TemporaryFolder()
        let path = try folder.write("x.csv", try exported(source, .all, ExportOptions(layout: .wide, dialect: .excelRU)))
        let target = try emptyTwin(of: source)
        _ = try CSVImport(path: path).run(into: target)
        let again = try CSVImport(path: path).run(into: target)
        #expect(again.total.new == 0 && again.total.revised == 0)
    }
}
