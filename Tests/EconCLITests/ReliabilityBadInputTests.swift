import Foundation
import GRDB
import Testing

/// Bad and hostile input through the real binary: each gets a clear message and its exit code, and
/// the store is unchanged (same series and every revision, compared before and after).
struct ReliabilityBadInputTests {
    let cli = CLIRunner()

    /// A store with a money series, a count series and a few figures.
    final class Fixture: CLIStore {
        init(_ cli: CLIRunner) throws {
            try super.init(
                cli,
                commands: [
                    ["series", "add", "s.usd", "--measure", "flow", "--unit", "USD", "--frequency", "annual"],
                    ["series", "add", "s.jobs", "--measure", "stock", "--unit", "jobs", "--frequency", "irregular"],
                    ["append", "s.usd", "2023", "3e9", "--qualifier", "approx", "--published", "2024-11"],
                    ["append", "s.usd", "2024", "4e9", "--note", "first"],
                    ["append", "s.jobs", "2025-11", "64000", "--qualifier", "more-than"],
                ])
        }

        /// Everything the store holds, as econ reads it.
        func contents() throws -> String {
            var text = try cli.run(["series", "list", "--format", "csv", "--db", db]).stdout
            for series in ["s.usd", "s.jobs"] {
                text += try cli.run(["show", series, "--revisions", "--format", "csv", "--db", db]).stdout
            }
            return text
        }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = folder.file(name)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// Random bytes from a fixed seed.
    static func garbage(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    static let csvCases: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty", [], "the file is empty"),
        ("only a byte order mark", [0xEF, 0xBB, 0xBF], "the file is empty"),
        ("binary garbage", garbage(4096, seed: 7), "neither UTF-8 nor Windows-1251"),
        ("NUL bytes as a value", Array("series,period,value\ns.usd,2020,\0\0\n".utf8), ":2:"),
        ("NaN", Array("series,period,value\ns.usd,2020,1\ns.usd,2021,NaN\n".utf8), ":3:"),
        ("Infinity", Array("series,period,value\ns.usd,2021,Infinity\n".utf8), ":2:"),
        ("-Infinity", Array("series,period,value\ns.usd,2021,-inf\n".utf8), ":2:"),
        ("1e400", Array("series,period,value\ns.usd,2021,1e400\n".utf8), "out of range"),
        ("a negative count of jobs", Array("series,period,value\ns.jobs,2025-12,-5\n".utf8), "cannot be negative"),
        ("year 0", Array("series,period,value\ns.usd,0000,1\n".utf8), ":2:"),
        ("year 10000", Array("series,period,value\ns.usd,10000,1\n".utf8), ":2:"),
        ("month 13", Array("series,period,value\ns.jobs,2024-13,1\n".utf8), ":2:"),
        ("29 February 2023", Array("series,period,value\ns.jobs,2023-02-29,1\n".utf8), ":2:"),
        ("an unclosed quote", Array("series,period,value,note\ns.usd,2021,1,\"never closed\n".utf8), "not closed"),
        ("one row twice with two values", Array("series,period,value\ns.usd,2020,1\ns.usd,2020,2\n".utf8), "conflicts with line 2"),
        ("a good row, then a bad one: nothing is kept", Array("series,period,value\ns.usd,2030,1\ns.usd,2031,x\n".utf8), ":3:"),
    ]

    @Test(arguments: csvCases.indices)
    func badCSVIs65WithAClearMessageAndTheStoreUnchanged(index: Int) throws {
        let (name, bytes, message) = Self.csvCases[index]
        let fixture = try Fixture(cli)
        let before = try fixture.contents()
        let file = try fixture.write("bad.csv", bytes)
        let result = try cli.run(["import", "csv", file, "--db", fixture.db])
        #expect(result.status == 65, "\(name): \(result.status) \(result.stderr)")
        #expect(result.stderr.hasPrefix("econ: error: "), "\(name)")
        #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
        #expect(!result.stderr.contains("internal error"), "\(name)")
        #expect(try fixture.contents() == before, "\(name)")
    }

    @Test func invalidUTF8PastTheEncodingSampleIsRefusedWithItsLine() throws {
        let fixture = try Fixture(cli)
        let before = try fixture.contents()
        var bytes = Array("series,period,value,note\n".utf8)
        for year in 1001...3000 { bytes += Array("s.usd,\(year),\(year),Инвестиции в \(year) году\n".utf8) }
        #expect(bytes.count > 1 << 16)
        bytes += Array("s.usd,3001,1,".utf8) + [0xD0, 0xFF, 0xC3] + Array("\n".utf8)
        let file = try fixture.write("late.csv", bytes)
        let result = try cli.run(["import", "csv", file, "--db", fixture.db])
        #expect(result.status == 65)
        #expect(result.stderr.contains("late.csv:2002: bytes that are not valid UTF-8"), "\(result.stderr)")
        #expect(try fixture.contents() == before)
    }

    @Test
    func oneRowTwiceWithTwoValuesIsRefusedEvenWhenOtherSeriesComeBetween() throws {
        let fixture = try Fixture(cli)
        let before = try fixture.contents()
        let file = try fixture.write("dup.csv", Array("series,period,value\ns.usd,2020,1\ns.jobs,2025-12,5\ns.usd,2020,2\n".utf8))
        let result = try cli.run(["import", "csv", file, "--db", fixture.db])
        #expect(result.status == 65, "\(result.stdout)")
        #expect(result.stderr.contains("dup.csv:4: conflicts with an earlier line"), "\(result.stderr)")
        #expect(try fixture.contents() == before)
    }

    @Test(arguments: [
        (["s.usd", "2024", "NaN"], "not a number"),
        (["s.usd", "2024", "Infinity"], "not a number"),
        (["s.usd", "2024", "-1e400"], "out of range"),
        (["s.jobs", "2025-12", "-5"], "cannot be negative"),
        (["s.jobs", "2025-12", "--qualifier", "range", "--low=-5", "--high", "5"], "cannot be negative"),
        (["s.usd", "0000", "1"], "not a real period"),
        (["s.usd", "10000", "1"], "not a period"),
        (["s.jobs", "2023-02-29", "1"], "not a real period"),
        (["s.jobs", "2025-09/2025-01", "1"], "not a real period"),
        (["s.usd", "2024", "1", "--published", "2025-13"], "not a date or time"),
        (["x'); DROP TABLE series;--", "2024", "1"], "no series 'x'); DROP TABLE series;--' in the store"),
        (["s.usd", "2024", "-1x"], "'-1x' is not a number"),
    ])
    func badAppendsAre65AndChangeNothing(arguments: [String], message: String) throws {
        let fixture = try Fixture(cli)
        let before = try fixture.contents()
        let result = try cli.run(["append"] + arguments + ["--db", fixture.db])
        #expect(result.status == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(try fixture.contents() == before)
    }

    @Test func anSQLInjectionSeriesCodeIsRefusedAndTheTablesStay() throws {
        let fixture = try Fixture(cli)
        let before = try fixture.contents()
        let code = "x'); DROP TABLE series;--"
        let added = try cli.run(["series", "add", code, "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", fixture.db])
        #expect(added.status == 65)
        #expect(added.stderr.contains("is not valid"))
        let imported = try cli.run([
            "import", "csv", try fixture.write("i.csv", Array("series,period,value\n\"\(code)\",2024,1\n".utf8)), "--measure", "flow",
            "--unit", "USD", "--frequency", "annual", "--db", fixture.db,
        ])
        #expect(imported.status == 65)
        #expect(try cli.run(["export", "--match", "*'*", "--db", fixture.db]).status != 0)
        #expect(try fixture.contents() == before)
    }

    static let hostileText =
        "'); DROP TABLE observation;-- \"quoted\", semi;colon\ttab\nnew line\r\nCRLF =cmd|' /C calc'!A0 @SUM(1) +1 -1 \\ %s %n ${HOME} $(rm -rf /) `id` "
        + "\u{202E}evil\u{202C} \u{FEFF}bom \u{200B}zw e\u{0301} 🇰🇿 中文 Инвестиции ₸ \u{7F}"

    @Test func hostileNotesAndSourcesRoundTripThroughAppend() throws {
        let fixture = try Fixture(cli)
        let result = try cli.run([
            "append", "s.usd", "2025", "1", "--note", Self.hostileText, "--source", Self.hostileText, "--db", fixture.db,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let shown = try cli.run(["show", "s.usd", "--format", "json", "--db", fixture.db])
        let rows = try #require(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["period"] as? String == "2025" })
        #expect(row["note"] as? String == Self.hostileText)
        #expect(row["source"] as? String == Self.hostileText)
        #expect(try cli.run(["series", "list", "--db", fixture.db]).status == 0)
    }

    @Test func hostileNotesRoundTripThroughCSVExportAndImport() throws {
        let fixture = try Fixture(cli)
        #expect(try cli.run(["append", "s.usd", "2025", "1", "--note", Self.hostileText, "--db", fixture.db]).status == 0)
        let out = fixture.folder.file("out.csv")
        let exported = try cli.run(["export", "s.usd", "--out", out, "--db", fixture.db])
        #expect(exported.status == 0, "\(exported.stderr)")
        let fresh = fixture.folder.file("fresh.sqlite")
        #expect(
            try cli.run(["series", "add", "s.usd", "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", fresh]).status
                == 0)
        let imported = try cli.run(["import", "csv", out, "--db", fresh])
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try cli.run(["show", "s.usd", "--format", "json", "--db", fresh])
        let rows = try #require(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first { $0["period"] as? String == "2025" }?["note"] as? String == Self.hostileText)
    }

    // MARK: - Hostile store files

    /// Runs a write and a read command against `db`; both must exit `status` with `message`, and
    /// the file's bytes must not change.
    private func expectRefused(_ db: String, status: Int32, message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for command in [["append", "s.usd", "2030", "1"], ["show", "s.usd"], ["import", "csv", "/dev/null"], ["backup", db + ".copy"]] {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == status, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: db + ".copy"), sourceLocation: sourceLocation)
    }

    /// The fixture's store with every page in the main file (no WAL), 3000 figures long.
    private func checkpointedStore(_ fixture: Fixture) throws -> String {
        var csv = "series,period,value,note\n"
        for year in 1001...3000 { csv += "s.usd,\(year),\(year),\(String(repeating: "n", count: 40))\n" }
        #expect(try cli.run(["import", "csv", try fixture.write("many.csv", Array(csv.utf8)), "--db", fixture.db]).status == 0)
        try DatabaseQueue(path: fixture.db).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return fixture.db
    }

    @Test func binaryGarbageAsTheStoreIs65AndLeftAlone() throws {
        let fixture = try Fixture(cli)
        let db = try fixture.write("garbage.sqlite", Self.garbage(8192, seed: 11))
        try expectRefused(db, status: 65, message: "not an SQLite database")
    }

    @Test func anotherApplicationsDatabaseIs65AndLeftAlone() throws {
        let fixture = try Fixture(cli)
        let db = fixture.folder.file("other.sqlite")
        try DatabaseQueue(path: db).write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try expectRefused(db, status: 65, message: "not an econ store")
    }

    @Test func aStoreFromANewerEconIs65AndLeftAlone() throws {
        let fixture = try Fixture(cli)
        let db = fixture.db
        let raw = try DatabaseQueue(path: db)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
        try raw.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try raw.close()
        try expectRefused(db, status: 65, message: "newer version of econ")
    }

    @Test func aTruncatedStoreIs65AndLeftAlone() throws {
        let fixture = try Fixture(cli)
        let db = try checkpointedStore(fixture)
        let size = try #require(FileManager.default.attributesOfItem(atPath: db)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: db))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        try expectRefused(db, status: 65, message: "damaged")
    }

    @Test func aStoreWithAPageOverwrittenIs65() throws {
        let fixture = try Fixture(cli)
        let db = try checkpointedStore(fixture)
        let size = try #require(FileManager.default.attributesOfItem(atPath: db)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: db))
        try handle.seek(toOffset: UInt64(size / 2))
        try handle.write(contentsOf: Data(Self.garbage(3 * 4096, seed: 3)))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let shown = try cli.run(["show", "s.usd", "--db", db])
        #expect(shown.status == 65, "\(shown.stderr)")
        #expect(shown.stderr.contains("damaged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aStorePathThatCannotBeCreatedIs74() throws {
        // /dev/null is a file, so nothing can be created under it: an I/O error even for root.
        let result = try cli.run([
            "series", "add", "x", "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", "/dev/null/econ.sqlite",
        ])
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("cannot read or write /dev/null/econ.sqlite"))
    }
}
