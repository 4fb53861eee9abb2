import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real `econ serve` binary on a free loopback port, stopped with SIGTERM when done.
final class RunningServer {
    let process = Process()
    private let errors = Pipe()
    private var stderrSoFar = Data()
    /// `http://127.0.0.1:PORT`.
    private(set) var base = ""

    init(_ cli: CLIRunner, arguments: [String]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--listen", "127.0.0.1:0"] + arguments
        process.environment = cli.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while base.isEmpty, Date() < deadline, process.isRunning {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderrSoFar.append(chunk)
            let text = String(decoding: stderrSoFar, as: UTF8.self)
            if let range = text.range(of: #"on http://[0-9.]+:[0-9]+"#, options: .regularExpression) {
                base = String(text[range].dropFirst(3))
            }
        }
    }

    /// Sends SIGTERM and waits; returns the exit status and everything written to standard error.
    func stop() -> (status: Int32, stderr: String) {
        if process.isRunning { process.terminate() }
        let rest = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderrSoFar + rest, as: UTF8.self))
    }

    deinit { if process.isRunning { process.terminate() } }

    /// GETs `path`; returns the status and body.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, body: String) {
        try await send(path, method: "GET", headers: headers, body: nil)
    }

    func send(_ path: String, method: String, headers: [String: String] = [:], body: Data?) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: try #require(URL(string: base + path)))
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}

@Suite struct ServeCommandTests {
    let cli = CLIRunner()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 has the FRED clients (pip install fredapi full_fred); without them the client check is skipped.
    static let hasFREDClients: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import fredapi, full_fred"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Whether headless Chromium is installed (apt-get install chromium); without it the browser check is skipped.
    static let hasChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    func demoStore() throws -> (folder: TemporaryFolder, db: String) {
        let folder = try TemporaryFolder()
        let demo = try cli.run(["demo", "--data", Self.root.appendingPathComponent("data").path, "--out", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        return (folder, folder.file("econ.sqlite"))
    }

    @Test(.enabled(if: hasFREDClients, "fredapi or full_fred is not installed (pip install fredapi full_fred)"))
    func fredapiAndFullFredReadWhatEconShowPrints() throws {
        let (folder, db) = try demoStore()
        _ = folder
        let key = try cli.run(["keys", "add", "python", "--db", db]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try RunningServer(cli, arguments: ["--db", db])
        #expect(!server.base.isEmpty)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.root.appendingPathComponent("scripts/serve/fred-clients.py").path, "--econ", CLIRunner.binary.path, "--db", db,
            "--url", server.base + "/fred", "--key", key,
            "ru_kz.investment.yearly", "ru_kz.investment.cumulative", "ru_kz.trade_turnover", "ru_kz.joint_projects.count",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.components(separatedBy: "\nok   ").count > 30, "\(output)")
        let (status, log) = server.stop()
        #expect(status == 0)
        #expect(log.contains("GET /fred/series/observations?series_id=ru_kz.investment.yearly"))
        #expect(!log.contains(key), "the access log must never hold a key")
    }

    @Test(.enabled(if: hasChromium, "chromium is not installed (apt-get install chromium)"))
    func theWebViewWorksInHeadlessChromium() throws {
        let (folder, db) = try demoStore()
        let server = try RunningServer(cli, arguments: ["--db", db, "--public-read"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.root.appendingPathComponent("scripts/serve/web-check.py").path, "--url", server.base,
            "--series", "ru_kz.investment.yearly", "--out", folder.file("screenshots"),
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(!output.contains("FAIL"), "\(output)")
        #expect(FileManager.default.fileExists(atPath: folder.file("screenshots/series.png")))
        #expect(server.stop().status == 0)
    }

    @Test func sigtermStopsTheServerCleanly() async throws {
        let (folder, db) = try demoStore()
        _ = folder
        let server = try RunningServer(cli, arguments: ["--db", db, "--public-read"])
        let health = try await server.get("/healthz")
        #expect(health.status == 200 && health.body == "ok\n")
        let observations = try await server.get("/fred/series/observations?series_id=ru_kz.investment.yearly&file_type=json")
        #expect(observations.status == 200)
        #expect(observations.body.contains(#""date":"2024-01-01","value":"4000000000""#))
        let (status, log) = server.stop()
        #expect(status == 0, "\(log)")
        #expect(log.contains("GET /healthz 200"))
    }

    /// SIGTERM while a large import is being answered: the import finishes, its answer arrives, and
    /// the server exits 0 with every row stored.
    @Test func sigtermLetsARequestInFlightFinish() async throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let key = try cli.run(["keys", "add", "writer", "--scope", "write", "--db", db]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        var csv = "series,period,value\n"
        for series in 0..<25 {
            for month in 0..<8_000 { csv += "x.s\(series),\(1000 + month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1),\(month)\n" }
        }
        let server = try RunningServer(cli, arguments: ["--db", db])
        let body = Data(csv.utf8)
        let url = try #require(URL(string: server.base + "/api/v1/import/csv?measure=flow&unit=USD&frequency=monthly"))
        async let answer: (Int, String) = {
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.httpBody = body
            request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }()
        // The import is in flight once the server counts two requests being answered: it and the
        // metrics request asking.
        var waited = 0
        while waited < 600 {
            let metrics = try await server.get("/metrics").body
            if metrics.contains("econ_http_requests_in_flight 2") { break }
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        #expect(waited < 600, "the import never showed as in flight")
        server.process.terminate()
        let (status, text) = try await answer
        #expect(status == 200, "\(text)")
        #expect(text.contains(#""new":200000"#), "\(text)")
        let (exit, log) = server.stop()
        #expect(exit == 0, "\(log)")
        let exported = try cli.run(["export", "--match", "x.s*", "--db", db])
        #expect(exported.stdout.split(separator: "\n").count == 200_001)
    }

    @Test func badListenAddressesAndMissingStoresAreRefused() throws {
        let folder = try TemporaryFolder()
        let bad = try cli.run(["serve", "--listen", "localhost", "--db", folder.file("x.sqlite")])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--listen must be HOST:PORT"))
        let missing = try cli.run(["serve", "--db", folder.file("missing.sqlite")])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.sqlite")))
    }

    @Test func aServerThatCannotListenExitsWith69() throws {
        let (folder, db) = try demoStore()
        _ = folder
        let first = try RunningServer(cli, arguments: ["--db", db])
        let address = String(first.base.dropFirst("http://".count))
        let second = try cli.run(["serve", "--db", db, "--listen", address])
        #expect(second.status == 69, "\(second.stderr)")
        #expect(second.stderr.contains("the server stopped"))
        #expect(first.stop().status == 0)
    }

    @Test func keysAreShownOnceAndListedWithoutThem() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let add = try cli.run(["keys", "add", "cron-import", "--scope", "write", "--db", db])
        #expect(add.status == 0)
        let key = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.count == 32 && key.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(try cli.run(["keys", "add", "cron-import", "--db", db]).status == 65)
        #expect(try cli.run(["keys", "add", "bad name", "--db", db]).status == 65)
        let list = try cli.run(["keys", "list", "--db", db])
        #expect(list.stdout.contains("cron-import  write"))
        #expect(!list.stdout.contains(key))
        #expect(try cli.run(["keys", "revoke", "cron-import", "--db", db]).status == 0)
        #expect(try cli.run(["keys", "revoke", "cron-import", "--db", db]).status == 65)
        #expect(!(try cli.run(["keys", "list", "--db", db]).stdout.contains("cron-import")))
        let sqlite = try String(contentsOfFile: db, encoding: .isoLatin1)
        #expect(!sqlite.contains(key), "the store keeps only the key's hash")
    }
}
