import Foundation
import Testing

struct DemoTests {
    let cli = CLIRunner()
    /// The repository's `data/` folder, as shipped.
    let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    @Test func mainJobLoadsTheBundledDataAndIsIdempotent() throws {
        let folder = try TemporaryFolder()
        let out = folder.file("out")
        let first = try cli.run(
            ["demo", "--data", data, "--out", out], extraEnvironment: ["ECON_DB": folder.file("must-not-be-used.sqlite")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ru_kz.investment.cumulative"))
        #expect(first.stdout.contains("более $26 млрд → ru_kz.investment.cumulative 2025-11 (new)"))
        #expect(first.stdout.contains("annotation 2025 → ru_kz.investment.yearly"))
        #expect(FileManager.default.fileExists(atPath: out + "/econ.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("must-not-be-used.sqlite")))
        let csv = try String(contentsOfFile: out + "/econ-export.csv", encoding: .utf8)
        #expect(csv.hasPrefix("series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at\n"))
        #expect(csv.contains("ru_kz.investment.yearly,2024,4000000000,USD,"))

        let second = try cli.run(["demo", "--data", data, "--out", out])
        #expect(second.status == 0)
        #expect(second.stdout.contains("(0 new,"))
        #expect(second.stdout.contains("0 revisions)"))
        #expect(try String(contentsOfFile: out + "/econ-export.csv", encoding: .utf8) == csv)
    }

    @Test func seedArticleIsShippedByteForByte() throws {
        let shipped = try Data(contentsOf: URL(fileURLWithPath: data + "/articles/2025-11-tokayev-visit.ru.txt"))
        #expect(shipped.count > 3000)
        let text = String(decoding: shipped, as: UTF8.self)
        #expect(text.contains("Российский бизнес инвестировал в Казахстан более $26 млрд"))
        let sidecar =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/articles/2025-11-tokayev-visit.ru.json")))
            as? [String: String]
        #expect(sidecar?["author"] == "Владимир Кузнецов")
        #expect(sidecar?["source"] == "Политическая экспертная группа")
        #expect(sidecar?["published"] == "2025-11")
        #expect(sidecar?["language"] == "ru")
    }
}
