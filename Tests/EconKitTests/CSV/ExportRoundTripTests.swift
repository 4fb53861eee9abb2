import EconKit
import Foundation
import Testing

struct ExportRoundTripTests {
    @Test(arguments: TestEngine.all) func longExportImportsBackToTheSameFigures(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let source = try investmentStore(engine)
        try source.record(
            NewObservation(
                series: "ru_kz.investment.yearly", period: .p("2024"), amount: try Amount(4e9, .approx), published: .t("2025-11"),
                source: "=HYPERLINK(\"x\")", note: "a, \"quoted\"\nnote"))
        try source.record(
            NewObservation(series: "ru_kz.investment.yearly", period: .p("2023"), amount: try Amount(-0.1), published: .t("2024-11-27")))
        try source.record(
            NewObservation(
                series: "ru_kz.investment.cumulative", period: .p("2025-11"), amount: try Amount(26e9, .moreThan), published: .t("2025-11"))
        )
        try source.record(
            NewObservation(
                series: "ru_kz.investment.cumulative", period: .p("2025-01/2025-09"), amount: try Amount(rangeFrom: 56.6e9, to: 57e9),
                published: .t("2025-10")))
        let csvPath = folder.file("export.csv")
        let sink = try OutputSink.atomicFile(csvPath)
        try source.exportLong(to: sink)
        try sink.commit()

        let target = try investmentStore(engine)
        let report = try CSVImport(path: csvPath).run(into: target)
        #expect(report.total.new == 4)
        #expect(report.layout == .long)
        for code in ["ru_kz.investment.yearly", "ru_kz.investment.cumulative"] {
            let a = try source.observations(code).map { [$0.period, $0.amount, $0.published, $0.note] as [AnyHashable?] }
            let b = try target.observations(code).map { [$0.period, $0.amount, $0.published, $0.note] as [AnyHashable?] }
            #expect(a == b)
        }
        // The formula guard is on by default, in the file.
        let text = try String(contentsOfFile: csvPath, encoding: .utf8)
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("56600000000"))
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.contains(".tmp-") })
    }

    @Test(arguments: TestEngine.all) func aBadRowRefusesTheWholeFileWithItsLine(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "bad.csv",
            "series,period,value\nru_kz.investment.yearly,2023,1\nru_kz.investment.yearly,2024-13,2\nru_kz.investment.yearly,2022,\"12,3,4\"\n"
        )
        let store = try investmentStore(engine)
        let error = #expect(throws: ImportError.self) { try CSVImport(path: path).run(into: store) }
        #expect(error?.description.contains("bad.csv:3: '2024-13' is not a real period") == true)
        #expect(error?.description.contains("bad.csv:4: '12,3,4' is not a number") == true)
        #expect(try store.revisions("ru_kz.investment.yearly").isEmpty)
    }
}
