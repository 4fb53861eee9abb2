import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Light versions of scripts/reliability/{concurrency,crash,backup}.sh: real processes of the binary
/// on one store. No timing is asserted; the scripts run the heavy versions.
struct ReliabilityConcurrencyTests {
    let cli = CLIRunner()

    private func addSeries(_ codes: [String], db: String) throws {
        for code in codes {
            let result = try cli.run(["series", "add", code, "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// Every stored (series, period) pair, with its number of revisions.
    private func stored(_ db: String) throws -> [String: Int] {
        try DatabaseQueue(path: db).read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT s.code || ' ' || o.period, count(*) FROM observation o JOIN series s ON s.id = o.series_id GROUP BY 1")
            {
                out[row[0]] = row[1]
            }
            return out
        }
    }

    @Test func writersAndReadersAtOnceLoseNothingAndNeverSeeLocked() async throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let base = folder.path
        let writers = 4, appends = 20
        try addSeries((0..<writers).map { "w\($0)" }, db: db)
        let cli = self.cli
        let (writes, reads) = try await withThrowingTaskGroup(of: ([(String, CLIRunner.Result)], [CLIRunner.Result]).self) { group in
            for w in 0..<writers {
                group.addTask {
                    var results: [(String, CLIRunner.Result)] = []
                    for j in 0..<appends {
                        let period = "\(2000 + j)"
                        results.append(("w\(w) \(period)", try cli.run(["append", "w\(w)", period, "\(w).\(j)", "--db", db])))
                    }
                    return (results, [])
                }
            }
            for r in 0..<2 {
                group.addTask {
                    var results: [CLIRunner.Result] = []
                    for i in 0..<10 {
                        results.append(
                            try i % 2 == 0
                                ? cli.run(["show", "w\(r)", "--format", "csv", "--db", db])
                                : cli.run(["export", "--out", base + "/export-\(r).csv", "--db", db]))
                    }
                    return ([], results)
                }
            }
            return try await group.reduce(into: ([(String, CLIRunner.Result)](), [CLIRunner.Result]())) {
                $0.0 += $1.0
                $0.1 += $1.1
            }
        }
        #expect(writes.count == writers * appends)
        let held = try stored(db)
        for (key, result) in writes {
            #expect(result.status == 0, "\(key): \(result.stderr)")
            if result.status == 0 { #expect(held[key] == 1, "\(key) stored \(held[key] ?? 0) times") }
            #expect(!result.stderr.contains("locked"))
        }
        #expect(held.count == writes.filter { $0.1.status == 0 }.count)
        for result in reads {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
    }

    @Test func aWriterPastTheBusyTimeoutExits75WithAClearMessageAndStoresNothing() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        try addSeries(["x"], db: db)
        let holder = try DatabaseQueue(path: db)
        var result: CLIRunner.Result?
        // Hold the write lock while the binary tries to write with a short timeout.
        try holder.inTransaction(.immediate) { _ in
            result = try cli.run(["append", "x", "2024", "1", "--busy-timeout", "0.2", "--db", db])
            return .rollback
        }
        #expect(result?.status == 75)
        #expect(
            result?.stderr.contains("is busy: another process held it longer than the busy timeout (0.2 s)") == true,
            "\(result?.stderr ?? "")")
        #expect(result?.stderr.contains("database is locked") == false)
        #expect(try stored(db).isEmpty)
        #expect(try cli.run(["append", "x", "2024", "1", "--busy-timeout", "0.2", "--db", db]).status == 0)
    }

    @Test func importsKilledAtRandomMomentsLeaveNoneOrAllOfTheirRows() throws {
        let folder = try TemporaryFolder()
        var csv = "series,period,value\n"
        for s in 0..<40 { for year in 1901...2000 { csv += "k\(s),\(year),\(s * 1000 + year).5\n" } }
        let file = folder.file("big.csv")
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        var random = SystemRandomNumberGenerator()
        for trial in 0..<4 {
            let db = folder.file("trial-\(trial).sqlite")
            try addSeries(["keep"], db: db)
            #expect(try cli.run(["append", "keep", "2024", "7", "--db", db]).status == 0)
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = [
                "import", "csv", file, "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--quiet", "--db", db,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...400_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let (integrity, count, keep) = try DatabaseQueue(path: db).read { db in
                (
                    try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT count(*) FROM observation"),
                    try Double.fetchOne(db, sql: "SELECT value FROM observation WHERE period = '2024'")
                )
            }
            #expect(integrity == ["ok"])
            // None (killed before the commit) or all (after): which one depends on the machine's speed.
            #expect(count == 1 || count == 4001, "trial \(trial): \(count ?? -1) observations")
            #expect(keep == 7)
            #expect(try cli.run(["show", "keep", "--db", db]).status == 0)
        }
    }

    @Test func backupWhileWritersAppendIsAConsistentCopy() async throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        try addSeries(["b0", "b1"], db: db)
        let cli = self.cli
        let base = folder.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<2 {
                group.addTask {
                    for j in 0..<15 { _ = try cli.run(["append", "b\(w)", "\(2000 + j)", "\(j)", "--db", db]) }
                }
            }
            group.addTask {
                for b in 0..<4 {
                    let copy = base + "/backup-\(b).sqlite"
                    let result = try cli.run(["backup", copy, "--db", db])
                    #expect(result.status == 0, "\(result.stderr)")
                    let (integrity, gaps) = try DatabaseQueue(path: copy).read { db in
                        (
                            try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                            // Each writer appends 2000, 2001, … in order: a snapshot holds a prefix.
                            try Int.fetchOne(
                                db,
                                sql: """
                                    SELECT count(*) FROM (SELECT count(*) AS n, min(period) AS lo, max(period) AS hi FROM observation
                                    GROUP BY series_id) WHERE lo != '2000' OR CAST(hi AS INTEGER) - 2000 + 1 != n
                                    """)
                        )
                    }
                    #expect(integrity == ["ok"])
                    #expect(gaps == 0)
                    #expect(try cli.run(["series", "list", "--db", copy]).status == 0)
                }
            }
            try await group.waitForAll()
        }
    }
}
