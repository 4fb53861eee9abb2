import EconKit
import Foundation
import Testing

/// Report files: every key read, bad files refused with the reason, and the shipped file valid.
struct ReportDefinitionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyKeyOfAReportFileIsRead() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "r.json",
            """
            {"title": "T", "series": ["a", "b"], "match": "c.*", "transforms": ["pch", "lin"], "from": "2015", "to": "2024",
             "format": "html", "out": "r.html", "alerts": ["a pc1 < -10"], "all_periods": true, "as_of": "2025-11-30",
             "lang": "ru", "quiet": true, "tolerance": 0.1}
            """)
        let d = try ReportDefinition.load(path: path)
        #expect(d.title == "T")
        #expect(d.series == ["a", "b"])
        #expect(d.match == "c.*")
        #expect(d.effectiveTransforms == [.pch, .lin])
        #expect(d.from == .p("2015"))
        #expect(d.to == .p("2024"))
        #expect(d.format == .html)
        #expect(d.out == URL(fileURLWithPath: folder.path).appendingPathComponent("r.html").path)
        #expect(d.alerts.map(\.description) == ["a pc1 < -10"])
        #expect(d.allPeriods)
        #expect(d.asOf == .t("2025-11-30"))
        #expect(d.language == .ru)
        #expect(d.quiet)
        #expect(d.tolerance == 0.1)
    }

    @Test func withoutTransformsAReportShowsLevelsAndYearOverYear() {
        #expect(ReportDefinition().effectiveTransforms == [.lin, .pc1])
    }

    @Test func badFilesAreRefusedWithTheReason() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ReportError.missingReportFile(folder.file("none.json"))) {
            try ReportDefinition.load(path: folder.file("none.json"))
        }
        let wrongType = try folder.write("a.json", #"{"series": "not-a-list"}"#)
        #expect {
            try ReportDefinition.load(path: wrongType)
        } throws: { ($0 as? ReportError)?.description.contains("at series") == true }
        let badRule = try folder.write("b.json", #"{"alerts": ["x pc1 ~ 3"]}"#)
        #expect {
            try ReportDefinition.load(path: badRule)
        } throws: { ($0 as? ReportError)?.category == .usage }
        let misspelt = try folder.write("d.json", #"{"alert": ["x pc1 < -10"]}"#)
        #expect {
            try ReportDefinition.load(path: misspelt)
        } throws: { ($0 as? ReportError)?.description.contains("unknown key 'alert'") == true }
        let badTolerance = try folder.write("c.json", #"{"tolerance": -1}"#)
        #expect(throws: ReportError.self) { try ReportDefinition.load(path: badTolerance) }
    }

    @Test func theShippedReportFileNamesSeriesThatTheBundledDataDefines() throws {
        let d = try ReportDefinition.load(path: Self.repository.appendingPathComponent("data/reports/ru-kz.json").path)
        let catalog = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.repository.appendingPathComponent("data/series.json")))
        let codes = Set(((catalog as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String })
        #expect(d.series.count >= 6)
        for code in d.series { #expect(codes.contains(code), "\(code)") }
        for rule in d.alerts { #expect(codes.contains(rule.series), "\(rule)") }
        for code in ["ru_kz.investment.cumulative", "ru_kz.investment.yearly", "kz_us.agreements.value", "ru_kz.trade_turnover"] {
            #expect(d.series.contains(code))
        }
    }

    @Test func formatFollowsTheOutputFileName() {
        #expect(ReportFormat(fileName: "r.HTML") == .html)
        #expect(ReportFormat(fileName: "r.md") == .markdown)
        #expect(ReportFormat(fileName: "r.out") == nil)
    }
}
