import Foundation
import Testing

/// `econ report` run as cron runs it: exit codes, quiet output, atomic and deterministic files.
struct ReportCommandTests {
    let cli = CLIRunner()

    /// A store with `f` (annual flow, 2022: 100, 2023: 80 → pc1 −20 %) and `g` (2023: about 50,
    /// 2024: more than 60).
    func store() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let commands: [[String]] = [
            ["series", "add", "f", "--measure", "flow", "--unit", "USD", "--frequency", "annual"],
            ["series", "add", "g", "--measure", "flow", "--unit", "USD", "--frequency", "annual"],
            ["append", "f", "2022", "100", "--published", "2023-01"], ["append", "f", "2023", "80", "--published", "2024-01"],
            ["append", "g", "2023", "50", "--qualifier", "approx", "--published", "2024-01"],
            ["append", "g", "2024", "60", "--qualifier", "more-than", "--published", "2025-01"],
        ]
        for command in commands {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return folder
    }

    @Test func aFiredRuleExitsOneAndQuietPrintsOnlyTheFinding() throws {
        let folder = try store()
        let result = try cli.run(["report", "--alert", "f pc1 < -10", "--quiet", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 1)
        #expect(result.stdout == "alert: f 2023 pc1 -20: rule 'f pc1 < -10' holds\n")
        #expect(result.stderr == "")
    }

    @Test func noRuleFiringExitsZeroAndQuietPrintsNothing() throws {
        let folder = try store()
        let result = try cli.run(["report", "--alert", "f pc1 < -30", "--quiet", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test func aBoundThatMightBreakTheRuleIsReportedButExitsZero() throws {
        let folder = try store()
        let result = try cli.run(["report", "--alert", "g lin > 70", "--quiet", "--db", folder.file("econ.sqlite")])
        #expect(result.status == 0)
        #expect(result.stdout == "possible: g 2024 lin >60: rule 'g lin > 70' might hold but is not certain (the value is a bound)\n")
        #expect(try cli.run(["report", "--alert", "g lin > 55", "--quiet", "--db", folder.file("econ.sqlite")]).status == 1)
    }

    @Test func anApproximateValueFiresOnlyBeyondTheTolerance() throws {
        let folder = try store()
        let db = folder.file("econ.sqlite")
        let base = ["report", "--series", "g", "--to", "2023", "--quiet", "--db", db]
        #expect(try cli.run(base + ["--alert", "g lin < 52"]).status == 0)  // about 50 may be 52.5
        #expect(try cli.run(base + ["--alert", "g lin < 53"]).status == 1)
        #expect(try cli.run(base + ["--alert", "g lin < 52", "--tolerance", "0"]).status == 1)
    }

    @Test func allPeriodsChecksTheWholeHistory() throws {
        let folder = try store()
        let db = folder.file("econ.sqlite")
        // f's latest level is 80; 2022's 100 breaks the rule only when every period is checked.
        #expect(try cli.run(["report", "--alert", "f lin > 90", "--quiet", "--db", db]).status == 0)
        let all = try cli.run(["report", "--alert", "f lin > 90", "--all-periods", "--quiet", "--db", db])
        #expect(all.status == 1)
        #expect(all.stdout == "alert: f 2022 lin 100: rule 'f lin > 90' holds\n")
    }

    @Test func errorsKeepTheirOwnCodes() throws {
        let folder = try store()
        let db = folder.file("econ.sqlite")
        let badRule = try cli.run(["report", "--alert", "f pc1 =< 3", "--db", db])
        #expect(badRule.status == 64)
        #expect(badRule.stderr.contains("alert rule 'f pc1 =< 3': unknown comparison '=<'"))
        #expect(try cli.run(["report", "--format", "pdf", "--db", db]).status == 64)
        #expect(try cli.run(["report", "--alert", "nope lin > 1", "--db", db]).status == 65)
        #expect(try cli.run(["report", "--config", folder.file("none.json"), "--db", db]).status == 66)
        #expect(try cli.run(["report", "--db", folder.file("none.sqlite")]).status == 66)
    }

    @Test func withOutTheReportGoesToTheFileAndFindingsToStandardOutput() throws {
        let folder = try store()
        let out = folder.file("report.html")
        let result = try cli.run(["report", "--alert", "f pc1 < -10", "--out", out, "--db", folder.file("econ.sqlite")])
        #expect(result.status == 1)
        #expect(result.stdout == "alert: f 2023 pc1 -20: rule 'f pc1 < -10' holds\n")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))  // the format follows the extension
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let folder = try store()
        for format in ["text", "markdown", "json", "csv", "html"] {
            let a = folder.file("a.\(format)")
            let b = folder.file("b.\(format)")
            for out in [a, b] {
                let result = try cli.run(["report", "--format", format, "--out", out, "--lang", "ru", "--db", folder.file("econ.sqlite")])
                #expect(result.status == 0, "\(result.stderr)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)), "\(format)")
        }
    }

    @Test func aReaderPollingDuringRewritesNeverSeesAPartialReport() throws {
        let folder = try store()
        let db = folder.file("econ.sqlite")
        let out = folder.file("report.html")
        // Two different complete reports; the file must always be exactly one of them.
        let variants = [["--series", "f"], ["--series", "g", "--lang", "ru"]]
        var complete: Set<Data> = []
        for v in variants {
            #expect(try cli.run(["report", "--out", out, "--db", db] + v).status == 0)
            complete.insert(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(complete.count == 2)
        let known = complete
        let stop = Stop()
        let reader = Thread {
            while !stop.isSet {
                if let data = FileManager.default.contents(atPath: out) {
                    stop.record(seen: known.contains(data))
                }
            }
        }
        reader.start()
        for i in 0..<40 {
            #expect(try cli.run(["report", "--out", out, "--db", db] + variants[i % 2]).status == 0)
        }
        stop.set()
        while !stop.finished(reader) { usleep(1000) }
        #expect(stop.reads > 0)
        #expect(stop.partialReads == 0)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aFailedRunLeavesTheOldReportInPlace() throws {
        let folder = try store()
        let db = folder.file("econ.sqlite")
        let out = folder.file("report.txt")
        #expect(try cli.run(["report", "--out", out, "--db", db]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(try cli.run(["report", "--out", out, "--alert", "nope lin > 1", "--db", db]).status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == before)
    }

    @Test func aReportFileNamesTheOptionsAndTheCommandLineAddsRules() throws {
        let folder = try store()
        let config = folder.file("r.json")
        try Data(#"{"series": ["f"], "transforms": ["lin"], "alerts": ["f lin < 0"], "format": "markdown"}"#.utf8)
            .write(to: URL(fileURLWithPath: config))
        let plain = try cli.run(["report", "--config", config, "--db", folder.file("econ.sqlite")])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("# Trend report\n"))
        #expect(plain.stdout.contains("| period | level, USD |"))
        #expect(!plain.stdout.contains("`g`"))
        let added = try cli.run(["report", "--config", config, "--alert", "f lin < 90", "--quiet", "--db", folder.file("econ.sqlite")])
        #expect(added.status == 1)
        #expect(added.stdout == "alert: f 2023 lin 80: rule 'f lin < 90' holds\n")
    }
}

extension ReportCommandTests {
    /// The repository's `data/` folder, as shipped.
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data").path

    @Test func demoPrintsTheShippedReportAndWritesItAsMarkdownAndHTML() throws {
        let folder = try TemporaryFolder()
        let out = folder.file("out")
        let demo = try cli.run(["demo", "--data", Self.data, "--out", out])
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("\nRussia–Kazakhstan and Kazakhstan–US: the seed article's series\n"))
        #expect(demo.stdout.contains("ru_kz.investment.yearly  Russian investment in Kazakhstan in the year (gross inflow)\n"))
        #expect(demo.stdout.contains("\n2024    ≈4             ≈33.33\n"))
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# Russia–Kazakhstan and Kazakhstan–US: the seed article's series\n"))
        let page = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(page.components(separatedBy: "<svg").count - 1 == 7)
        // The README's command on the demo store gives the demo's page, byte for byte.
        let shipped = try cli.run([
            "report", "--config", Self.data + "/reports/ru-kz.json", "--db", out + "/econ.sqlite", "--format", "html",
        ])
        #expect(shipped.status == 0, "\(shipped.stdout)")
        #expect(shipped.stdout == page)
    }
}

/// Shared state between the polling reader and the test.
final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private(set) var reads = 0
    private(set) var partialReads = 0

    var isSet: Bool { lock.withLock { stopped } }
    func set() { lock.withLock { stopped = true } }

    func record(seen complete: Bool) {
        lock.withLock {
            reads += 1
            if !complete { partialReads += 1 }
        }
    }

    func finished(_ thread: Thread) -> Bool { thread.isFinished }
}
