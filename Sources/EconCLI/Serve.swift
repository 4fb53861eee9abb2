import ArgumentParser
import Dispatch
import EconKit
import EconServer
import Foundation

/// `econ serve`: the FRED/ALFRED API, econ's API and the web view over a store.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the store over HTTP: the FRED/ALFRED API, econ's own API and a web view.",
        discussion: """
            Routes:
              /fred/series, /fred/series/observations, /fred/series/search,
              /fred/series/vintagedates, /fred/series/updates
                  the FRED API: a FRED client works with its base URL set to
                  http://HOST:PORT/fred
              /api/v1/…   econ's API (qualifiers, sources, trends, writes), described
                          at /api/v1/openapi.json
              /, /series/CODE, /report   the web view
              /healthz, /metrics         health, and Prometheus metrics

            Reads need a key (econ keys add NAME) unless --public-read; writes always need a write key. \
            The server listens on loopback unless --listen names another address; put it behind a \
            reverse proxy for TLS. It keeps no state: over PostgreSQL, run as many as you like.

            One access-log line per request goes to standard error (API keys are never written). \
            SIGTERM or SIGINT stops it after the requests in flight finish.

            EXAMPLES:
              econ keys add analyst --scope read
              econ serve --listen 127.0.0.1:8080
              curl 'http://127.0.0.1:8080/fred/series/observations?series_id=ru_kz.investment.yearly&api_key=KEY&file_type=json'
              python3 -c "from fredapi import Fred; f = Fred(api_key='KEY'); f.root_url = 'http://127.0.0.1:8080/fred'; print(f.get_series('ru_kz.investment.yearly'))"
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The address and port to listen on; port 0 picks a free one.", valueName: "host:port"))
    var listen = "127.0.0.1:8080"

    @Flag(help: "Let anyone read without a key (writes still need a write key).")
    var publicRead = false

    @Flag(help: "Do not write the access log.")
    var quiet = false

    func validate() throws {
        guard Self.address(listen) != nil else {
            throw ValidationError("--listen must be HOST:PORT (e.g. 127.0.0.1:8080 or 0.0.0.0:8080), got '\(listen)'")
        }
    }

    /// `host:port`, `[v6]:port` or `:port` (loopback).
    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            return nil
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }

    func run() throws {
        guard let (host, port) = Self.address(listen) else { throw ValidationError("bad --listen") }
        let opened = try store.openForServing()
        let quiet = quiet
        let server = EconServer(
            configuration: .init(
                store: opened, host: host, port: port, publicRead: publicRead,
                accessLog: { line in if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) } }))
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run { address in
                    FileHandle.standardError.write(Data("econ: serving \(opened.name) on http://\(address)\n".utf8))
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw ServeError(detail: "\(error)") }
    }
}

/// The server's error, handed from its task to the command.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}

struct ServeError: Error, CategorizedError {
    var detail: String
    var category: ErrorCategory { .unavailable }
    var description: String { "the server stopped: \(detail)" }
}
