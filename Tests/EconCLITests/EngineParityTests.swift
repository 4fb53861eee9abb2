import Foundation
import Testing

/// The PostgreSQL server the tests may use (`ECON_TEST_POSTGRES`).
enum TestServer {
    static let uri = ProcessInfo.processInfo.environment["ECON_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
}

/// The same commands, through the real binary, against an SQLite file and a PostgreSQL database:
/// the same exit codes and the same bytes, once the store's own name and the wall-clock recording
/// times are set aside. Runs when `ECON_TEST_POSTGRES` names a server (`.ci/run` starts one).
@Suite(
    .enabled(
        if: TestServer.uri != nil,
        "ECON_TEST_POSTGRES is not set: the SQLite/PostgreSQL comparison of every command is skipped"))
struct EngineParityTests {
    static var server: String? { TestServer.uri }
    let cli = CLIRunner()
    let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    /// The test server with a search path of a schema of its own.
    static func freshDatabase() throws -> String {
        let uri = try #require(server)
        let schema = "cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        return uri + (uri.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
    }

    /// What differs by design: where the store and the output folder are, and when figures were recorded.
    static func normalized(_ text: String, replacing names: [String]) -> String {
        var text = text
        for name in names where !name.isEmpty { text = text.replacingOccurrences(of: name, with: "STORE") }
        return text.replacingOccurrences(
            of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "INSTANT", options: .regularExpression)
    }

    @Test func everyCommandAnswersTheSameOnBothEngines() throws {
        let folder = try TemporaryFolder()
        let sqlite = folder.file("econ.sqlite")
        let postgres = try Self.freshDatabase()
        let history = data + "/history/ru-kz-figures.csv"
        let steps: [[String]] = [
            ["demo", "--data", data, "--out", "OUT"],
            ["demo", "--data", data, "--out", "OUT"],
            ["series", "list"],
            ["export"],
            ["export", "--layout", "wide"],
            ["export", "--layout", "sdmx", "--match", "ru_kz.*"],
            ["show", "ru_kz.investment.yearly", "--revisions", "--format", "json"],
            ["show", "ru_kz.trade_turnover", "--as-of", "2025-06"],
            ["trend", "--all", "--transform", "pc1", "--format", "csv"],
            ["trend", "ru_kz.investment.cumulative", "ru_kz.investment.yearly", "--share"],
            ["check"],
            ["review"],
            ["append", "ru_kz.investment.yearly", "2025", "5e9", "--qualifier", "approx", "--published", "2026-01"],
            ["append", "ru_kz.investment.yearly", "2025", "5e9", "--qualifier", "approx", "--published", "2026-01"],
            ["retract", "ru_kz.investment.yearly", "2025", "--published", "2026-02"],
            ["show", "ru_kz.investment.yearly", "--revisions"],
            ["import", "csv", history, "--dry-run"],
            ["import", "article", data + "/articles/2025-11-tokayev-visit.ru.txt", "--dry-run"],
            ["report", "--config", data + "/reports/ru-kz.json", "--format", "markdown"],
            ["show", "no.such.series"],
            ["append", "ru_kz.investment.yearly", "2025-Q1", "1"],
        ]
        for step in steps {
            var answers: [(Int32, String, String)] = []
            for (store, name) in [(sqlite, "econ.sqlite"), (postgres, "econ_test")] {
                let out = folder.file(name == "econ.sqlite" ? "out-sqlite" : "out-postgres")
                let arguments = step.map { $0 == "OUT" ? out : $0 } + ["--db", store]
                let result = try cli.run(arguments)
                // Markdown escapes the underscore of econ_test.
                let names = [out, store, redacted(store), folder.path, name.replacingOccurrences(of: "_", with: "\\_"), name]
                answers.append(
                    (result.status, Self.normalized(result.stdout, replacing: names), Self.normalized(result.stderr, replacing: names)))
            }
            #expect(answers[0].0 == answers[1].0, "exit codes of \(step.joined(separator: " ")): \(answers[0].2) | \(answers[1].2)")
            #expect(answers[0].1 == answers[1].1, "output of \(step.joined(separator: " "))")
            #expect(answers[0].2 == answers[1].2, "errors of \(step.joined(separator: " "))")
        }
    }

    /// The URI as econ prints it.
    func redacted(_ uri: String) -> String {
        guard let at = uri.range(of: "@"), let scheme = uri.range(of: "://"),
            let colon = uri[scheme.upperBound..<at.lowerBound].firstIndex(of: ":")
        else { return uri }
        return String(uri[..<colon]) + ":***" + String(uri[at.lowerBound...])
    }

    @Test func aPasswordNeverReachesTheTerminalAndBackupPointsToPgDump() throws {
        let store = try Self.freshDatabase()
        let password = try #require(Self.server?.split(separator: "@").first?.split(separator: ":").last)
        let created = try cli.run(["series", "add", "x", "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db", store])
        #expect(created.status == 0, "\(created.stderr)")
        let backup = try cli.run(["backup", "/tmp/never-written.sqlite", "--db", store])
        #expect(backup.status == 64)
        #expect(backup.stderr.contains("pg_dump"))
        let missing = try cli.run(["series", "list", "--db", try Self.freshDatabase()])
        #expect(missing.status == 66)
        for result in [created, backup, missing] {
            #expect(!result.stdout.contains(String(password)) && !result.stderr.contains(String(password)))
        }
        let wrong = try cli.run(["series", "list", "--db", store.replacingOccurrences(of: ":\(password)@", with: ":not-the-password@")])
        #expect(wrong.status == 77, "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("not-the-password"))
    }

    @Test func copyRoundTripsTheDemoStoreThroughPostgreSQLByteForByte() throws {
        let folder = try TemporaryFolder()
        let out = folder.file("out")
        #expect(try cli.run(["demo", "--data", data, "--out", out]).status == 0)
        let original = out + "/econ.sqlite"
        let postgres = try Self.freshDatabase()
        let back = folder.file("back.sqlite")
        let there = try cli.run(["copy", original, postgres])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains(try Regex(#"\bobservation +147\b"#)), "\(there.stdout)")
        let home = try cli.run(["copy", postgres, back])
        #expect(home.status == 0, "\(home.stderr)")

        let codes = try cli.run(["series", "list", "--format", "csv", "--db", original]).stdout.split(separator: "\n").dropFirst()
            .map { String($0.prefix { $0 != "," }) }
        #expect(codes.count == 45)
        for store in [postgres, back] {
            #expect(try cli.run(["export", "--db", store]).stdout == cli.run(["export", "--db", original]).stdout)
            for code in codes {
                let arguments = ["show", code, "--revisions", "--format", "json", "--db"]
                #expect(try cli.run(arguments + [store]).stdout == cli.run(arguments + [original]).stdout, "\(code)")
            }
        }

        // A destination that holds data is refused and left as it was.
        let again = try cli.run(["copy", original, postgres])
        #expect(again.status == 65)
        #expect(again.stderr.contains("--merge"))
        let merged = try cli.run(["copy", original, postgres, "--merge", "--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("\"copied\": 0"))
        #expect(try cli.run(["export", "--db", postgres]).stdout == cli.run(["export", "--db", original]).stdout)
    }

    /// libpq reads what the URI leaves out as psql does: a password file, PG* variables, a unix socket.
    @Test func libpqFillsInWhatTheURILeavesOut() throws {
        let uri = try #require(Self.server)
        let server = try #require(URLComponents(string: uri))
        let host = try #require(server.host), port = try #require(server.port), user = try #require(server.user)
        let password = try #require(server.password)
        let database = String(server.path.dropFirst())
        let folder = try TemporaryFolder()
        let schema = "?options=-csearch_path%3Dlibpq_" + UUID().uuidString.prefix(8).lowercased()
        let add = ["series", "add", "x", "--measure", "flow", "--unit", "USD", "--frequency", "annual", "--db"]

        // The password from a password file.
        let passfile = folder.file("pgpass")
        try "\(host):\(port):\(database):\(user):\(password)\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile)
        let bare = "postgresql://\(user)@\(host):\(port)/\(database)" + schema
        let fromFile = try cli.run(add + [bare], extraEnvironment: ["PGPASSFILE": passfile])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let withoutFile = try cli.run(["series", "list", "--db", bare], extraEnvironment: ["PGPASSFILE": "/nonexistent"])
        #expect(withoutFile.status == 77, "\(withoutFile.stderr)")

        // Everything from PG* variables.
        let variables = ["PGHOST": host, "PGPORT": String(port), "PGUSER": user, "PGPASSWORD": password, "PGDATABASE": database]
        let fromVariables = try cli.run(["series", "list", "--db", "postgresql://" + schema], extraEnvironment: variables)
        #expect(fromVariables.status == 0, "\(fromVariables.stderr)")
        #expect(fromVariables.stdout.contains("x "))

        // A unix socket (the test server's folder; .ci/run sets ECON_TEST_PG_DIR).
        if let socketFolder = ProcessInfo.processInfo.environment["ECON_TEST_PG_DIR"] {
            let socket = "postgresql:///\(database)" + schema + "&host=\(socketFolder)&port=\(port)&user=\(user)"
            let overSocket = try cli.run(["series", "list", "--db", socket])
            #expect(overSocket.status == 0, "\(overSocket.stderr)")
            #expect(overSocket.stdout.contains("x "))
        }
    }
}
