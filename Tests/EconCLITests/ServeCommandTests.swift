import EconTestSupport
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
    static let hasFREDClients = Python.canImport("fredapi, full_fred")

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
        let (status, output) = try Python.run([
            Self.root.appendingPathComponent("scripts/serve/fred-clients.py").path, "--econ", CLIRunner.binary.path, "--db", db,
            "--url", server.base + "/fred", "--key", key,
            "ru_kz.investment.yearly", "ru_kz.investment.cumulative", "ru_kz.trade_turnover", "ru_kz.joint_projects.count",
        ])
        #expect(status == 0, "\(output)")
        #expect(output.components(separatedBy: "\nok   ").count > 30, "\(output)")
        let (exit, log) = server.stop()
        #expect(exit == 0)
        #expect(log.contains("GET /fred/series/observations?series_id=ru_kz.investment.yearly"))
        #expect(!log.contains(key), "the access log must never hold a key")
    }

    @Test(.enabled(if: hasChromium, "chromium is not installed (apt-get install chromium)"))
    func theWebViewWorksInHeadlessChromium() throws {
        let (folder, db) = try demoStore()
        let server = try RunningServer(cli, arguments: ["--db", db, "--public-read"])
        let (status, output) = try Python.run([
            Self.root.appendingPathComponent("scripts/serve/web-check.py").path, "--url", server.base,
            "--series", "ru_kz.investment.yearly", "--out", folder.file("screenshots"),
        ])
        #expect(status == 0, "\(output)")
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
    /// SIGTERM while an import is being answered: the import finishes, its answer arrives, and the
    /// server exits 0 with every row stored. The request is sent over a plain socket in two parts,
    /// and the signal goes between them, once the server counts the request as in flight, so the
    /// request cannot finish before the signal.
    @Test func sigtermLetsARequestInFlightFinish() async throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let key = try cli.run(["keys", "add", "writer", "--scope", "write", "--db", db]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        var csv = "series,period,value\n"
        for series in 0..<25 {
            for month in 0..<400 { csv += "x.s\(series),\(1000 + month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1),\(month)\n" }
        }
        let body = Array(csv.utf8)
        let server = try RunningServer(cli, arguments: ["--db", db])
        let port = try #require(Int(server.base.split(separator: ":").last ?? ""))
        let socket = try RawHTTPClient(port: port)
        let head =
            "POST /api/v1/import/csv?measure=flow&unit=USD&frequency=monthly HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer \(key)\r\nContent-Type: text/csv\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        try socket.send(Array(head.utf8) + body.prefix(body.count / 2))
        // In flight: the server counts two requests being answered, the import and the one asking.
        var inFlight = false
        for _ in 0..<600 where !inFlight {
            inFlight = try await server.get("/metrics").body.contains("econ_http_requests_in_flight 2")
            if !inFlight { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(inFlight, "the import never showed as in flight")
        server.process.terminate()
        try await Task.sleep(for: .milliseconds(200))
        try socket.send(Array(body.dropFirst(body.count / 2)))
        let answer = try socket.receiveAll()
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(answer.contains(#""new":10000"#), "\(answer)")
        let (exit, log) = server.stop()
        #expect(exit == 0, "\(log)")
        let exported = try cli.run(["export", "--match", "x.s*", "--db", db])
        #expect(exported.stdout.split(separator: "\n").count == 10_001)
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

/// HTTP/1.1 over a plain loopback socket, written by hand so that a test decides when each byte goes.
final class RawHTTPClient {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard descriptor >= 0, connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(descriptor) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw POSIXError(.EPIPE) }
            offset += written
        }
    }

    /// Everything the server sends until it closes the connection.
    func receiveAll() throws -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer.prefix(count)
        }
        return String(decoding: received, as: UTF8.self)
    }
}
