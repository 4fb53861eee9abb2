import Foundation
import Hummingbird
import Prometheus

/// The server's Prometheus metrics: requests by route, method and status, and their durations.
struct ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    /// Requests being answered right now.
    var inFlight: Gauge {
        registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "econ", subsystem: "http", metricName: "requests_in_flight", unitName: "",
                helpText: "HTTP requests being answered"))
    }

    func record(route: String, method: String, status: Int, seconds: Double) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "econ", subsystem: "http", metricName: "requests", unitName: "total", helpText: "HTTP requests answered"),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "econ", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "Time to answer an HTTP request"),
            labels: [("route", route)],
            buckets: [
                .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50), .milliseconds(100),
                .milliseconds(500), .seconds(1), .seconds(5),
            ]
        ).recordNanoseconds(Int64(seconds * 1e9))
    }
}

/// One line per request on the access log — time, method, path with its query, status, bytes and
/// milliseconds — and the request counted in the metrics.
///
/// An `api_key` in the query is written as `api_key=REDACTED`; headers (`Authorization`) are never
/// logged.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: @Sendable (String) -> Void
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let inFlight = metrics.inFlight
        inFlight.increment()
        defer { inFlight.decrement() }
        let status: Int
        let bytes: Int?
        do {
            let response = try await next(request, context)
            status = Int(response.status.code)
            bytes = response.body.contentLength
            finish(request, context: context, status: status, bytes: bytes, start: start)
            return response
        } catch {
            status = (error as? any HTTPResponseError).map { Int($0.status.code) } ?? 500
            finish(request, context: context, status: status, bytes: nil, start: start)
            throw error
        }
    }

    private func finish(_ request: Request, context: Context, status: Int, bytes: Int?, start: UInt64) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        metrics.record(route: context.endpointPath ?? "unmatched", method: request.method.rawValue, status: status, seconds: seconds)
        let time = Self.utcNow()
        let path = request.uri.path + (request.uri.query.map { "?" + Self.redacted($0) } ?? "")
        log(
            "\(time) \(request.method.rawValue) \(path) \(status) \(bytes.map(String.init) ?? "-") \(Double(Int((seconds * 10_000).rounded())) / 10)ms"
        )
    }

    /// The current second as `2026-12-07T10:50:41Z` (a date formatter per request cost a tenth of
    /// the server's time).
    static func utcNow() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// The query without its `api_key` (what an answer depends on).
    static func withoutKey(_ query: String) -> String {
        query.split(separator: "&").filter { !$0.lowercased().hasPrefix("api_key=") }.joined(separator: "&")
    }

    /// The query with the value of every `api_key` replaced.
    static func redacted(_ query: String) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { piece in
            piece.hasPrefix("api_key=") || piece.lowercased().hasPrefix("api_key=") || piece.lowercased().hasPrefix("api%5fkey=")
                ? "api_key=REDACTED" : String(piece)
        }.joined(separator: "&")
    }
}
