import Dispatch
import EconKit
import EconModel
import Foundation
import Hummingbird
import Logging
import Prometheus

/// `econ serve`: the FRED/ALFRED API under `/fred/`, econ's own API under `/api/v1/`, a web view at
/// `/`, `/healthz` and Prometheus metrics at `/metrics`, over one store.
///
/// The server keeps no state of its own: every answer is read from the store when asked, so
/// several servers over one PostgreSQL store give the same answers, and a write through one is
/// seen through the others at once. Store calls block, so they run on a dispatch queue, never on
/// the server's event loops.
///
/// ```swift
/// let server = EconServer(configuration: .init(store: try Store.open(at: "econ.sqlite", options: .init(create: false))))
/// try await server.run()   // until SIGTERM or SIGINT; requests in flight finish first
/// ```
public struct EconServer: Sendable {
    public struct Configuration: Sendable {
        public var store: Store
        /// The address to listen on: loopback unless told otherwise.
        public var host: String
        /// The port; 0 picks a free one (see ``EconServer/run(onListening:)``).
        public var port: Int
        /// Whether reads need no key (writes always need a write key).
        public var publicRead: Bool
        /// Where the access log goes: one line per request. Never given an API key.
        public var accessLog: @Sendable (String) -> Void
        /// The clock: FRED's default real-time period is "today" (UTC).
        public var clock: @Sendable () -> Date

        public init(
            store: Store, host: String = "127.0.0.1", port: Int = 8080, publicRead: Bool = false,
            accessLog: @escaping @Sendable (String) -> Void = { _ in }, clock: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.store = store
            self.host = host
            self.port = port
            self.publicRead = publicRead
            self.accessLog = accessLog
            self.clock = clock
        }
    }

    public let configuration: Configuration
    let metrics: ServerMetrics

    public init(configuration: Configuration) {
        self.configuration = configuration
        metrics = ServerMetrics()
    }

    /// Serves until SIGTERM or SIGINT, then lets requests in flight finish and returns.
    ///
    /// - Parameter onListening: called once with the address listened on (`127.0.0.1:8080`), which
    ///   names the port chosen when ``Configuration/port`` is 0.
    public func run(onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    /// The application, for tests (`HummingbirdTesting`) and for embedding in another service group.
    public func application(onListening: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "econ.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "econ"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                onListening("\(configuration.host):\(port)")
            },
            logger: logger)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware(log: configuration.accessLog, metrics: metrics))
        router.get("healthz") { _, _ in
            let store = configuration.store
            do {
                _ = try await blocking { try store.keys() }
                return Self.text("ok\n", status: .ok)
            } catch {
                return Self.text("store unavailable: \(error)\n", status: .serviceUnavailable)
            }
        }
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.registry.emitToBuffer())))
        }
        let fred = FREDService(store: configuration.store, today: { [clock = configuration.clock] in CivilDate.utc(clock()) })
        let cache = VersionedCache<[UInt8]>()
        for route in FREDService.routes {
            router.get(RouterPath("fred/" + route)) { request, _ in
                await fredResponse(fred, route: route, request: request, cache: cache)
            }
        }
        addAPIRoutes(to: router)
        addPages(to: router)
        return router
    }

    /// The web view (``WebView``).
    private func addPages(to router: Router<BasicRequestContext>) {
        let web = WebView(store: configuration.store)
        router.get("/") { request, _ in await page(request) { try web.index($0) } }
        router.get("series/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            let queryText = request.uri.query ?? ""
            return await page(request) { try web.series(code, $0, queryText: queryText) }
        }
        router.get("series/:code/download.csv") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await page(request) { try web.download(code, format: "csv", $0) }
        }
        router.get("series/:code/download.xlsx") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await page(request) { try web.download(code, format: "xlsx", $0) }
        }
        router.get("report") { request, _ in await page(request) { try web.report($0) } }
    }

    /// A page: the reader's key checked as for the API (`api_key`, or a bearer header), then the page
    /// built off the event loops; errors as a short HTML page with their status.
    private func page(_ request: Request, _ build: @escaping @Sendable (QueryParameters) throws -> WebView.Page) async -> Response {
        let query = QueryParameters(request.uri.query)
        let key = Self.bearer(request) ?? query["api_key"]
        let result: WebView.Page
        do {
            result = try await blocking { () throws -> WebView.Page in
                try authorizeAPI(key: key, needs: .read)
                return try build(query)
            }
        } catch {
            let error = APIError(error)
            let hint = error.status == 401 ? " Open the page with ?api_key=KEY, or start the server with --public-read." : ""
            result = WebView.message(
                status: error.status, title: error.status == 401 ? "A key is needed" : "Error \(error.status)", text: error.message + hint,
                link: Links(query))
        }
        var headers: HTTPFields = [.contentType: result.contentType]
        if let filename = result.filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .init(code: result.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: result.body)))
    }

    /// econ's own API under `/api/v1/`, described by ``OpenAPIDocument`` at `/api/v1/openapi.json`.
    private func addAPIRoutes(to router: Router<BasicRequestContext>) {
        let api = APIService(store: configuration.store)
        router.get("api/v1/openapi.json") { _, _ in
            Self.text(OpenAPIDocument.json, status: .ok, contentType: "application/json; charset=utf-8")
        }
        router.get("api/v1/series") { request, _ in
            await apiResponse(request, needs: .read) { query, _ in try api.seriesList(query) }
        }
        router.get("api/v1/series/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .read) { _, _ in try api.series(code) }
        }
        router.get("api/v1/series/:code/observations") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .read) { query, _ in try api.observations(code, revisions: false, query) }
        }
        router.get("api/v1/series/:code/revisions") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .read) { query, _ in try api.observations(code, revisions: true, query) }
        }
        router.get("api/v1/series/:code/sources") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .read) { query, _ in try api.sources(code, query) }
        }
        router.get("api/v1/series/:code/trend") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .read) { query, _ in try api.trend(code, query) }
        }
        router.post("api/v1/series/:code/observations") { request, context in
            let code = context.parameters.get("code") ?? ""
            return await apiResponse(request, needs: .write, bodyLimit: 1 << 20) { _, body in try api.append(code, body: body) }
        }
        router.post("api/v1/import/csv") { request, _ in
            await apiResponse(request, needs: .write, bodyLimit: 256 << 20) { query, body in try api.importCSV(body: body, query) }
        }
    }

    /// An API route: the key checked (`Authorization: Bearer KEY` or `api_key`), the body read (up to
    /// `bodyLimit` bytes), then `answer` run off the event loops. Errors are JSON with a status.
    private func apiResponse(
        _ request: Request, needs scope: KeyScope, bodyLimit: Int = 0,
        _ answer: @escaping @Sendable (QueryParameters, [UInt8]) throws -> APIAnswer
    ) async -> Response {
        let query = QueryParameters(request.uri.query)
        var request = request
        do {
            var body: [UInt8] = []
            if bodyLimit > 0 {
                do {
                    body = Array(buffer: try await request.collectBody(upTo: bodyLimit))
                } catch {
                    throw APIError(status: 413, message: "body: larger than \(bodyLimit) bytes")
                }
            }
            let key = Self.bearer(request) ?? query["api_key"]
            let bytes = body
            let answer = try await blocking { () throws -> APIAnswer in
                try authorizeAPI(key: key, needs: scope)
                return try answer(query, bytes)
            }
            return Self.json(answer.body, status: answer.status)
        } catch {
            let error = APIError(error)
            var response = Self.json(error.body, status: error.status)
            if error.status == 401 { response.headers[.wwwAuthenticate] = "Bearer realm=\"econ\"" }
            return response
        }
    }

    private func authorizeAPI(key: String?, needs scope: KeyScope) throws {
        guard let key, !key.isEmpty else {
            if scope == .read && configuration.publicRead { return }
            throw APIError(
                status: 401,
                message:
                    "this route needs a \(scope.rawValue) key: send 'Authorization: Bearer KEY' (make one with: econ keys add NAME --scope \(scope.rawValue))"
            )
        }
        guard let found = try configuration.store.authorize(key: key) else {
            throw APIError(status: 401, message: "the key is not known to this store (revoked, or never made)")
        }
        guard found.scope.allows(scope) else {
            throw APIError(status: 403, message: "key '\(found.name)' may only read; writing needs a write key")
        }
    }

    /// The key of an `Authorization: Bearer KEY` header.
    static func bearer(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    static func json(_ body: JSONValue, status: Int) -> Response {
        text(body.rendered() + "\n", status: .init(code: status), contentType: "application/json; charset=utf-8")
    }

    /// A FRED route: the key checked (FRED's way: `api_key`, errors as FRED words them), then the answer.
    ///
    /// Answers about one series (`series_id`) are kept in `cache` while the series' data stay the
    /// same (and, since FRED's default real-time period is today, for the day they were made).
    private func fredResponse(_ fred: FREDService, route: String, request: Request, cache: VersionedCache<[UInt8]>) async -> Response {
        let query = FREDQuery(parameters: QueryParameters(request.uri.query))
        let fileType = (try? query.fileType) ?? .xml
        do {
            _ = try query.fileType
            let queryText = AccessLogMiddleware<BasicRequestContext>.withoutKey(request.uri.query ?? "")
            let body = try await blocking { () throws -> [UInt8] in
                try authorizeFRED(query)
                let render = { () throws(FREDError) -> [UInt8] in try fred.respond(route: route, query: query).rendered(as: fileType) }
                guard let code = query.parameters["series_id"], let version = try? configuration.store.version(ofSeries: code) else {
                    return try render()
                }
                return try cache.value(for: "\(fred.today()) \(route)?\(queryText)", version: version, make: render)
            }
            return Self.bytes(body, status: .ok, contentType: fileType.contentType)
        } catch let error as FREDError {
            return Self.bytes(error.rendered(as: fileType), status: .init(code: error.status), contentType: fileType.contentType)
        } catch {
            let error = FREDError(status: 500, message: "Internal Server Error.  \(error)")
            return Self.bytes(error.rendered(as: fileType), status: .internalServerError, contentType: fileType.contentType)
        }
    }

    private func authorizeFRED(_ query: FREDQuery) throws(FREDError) {
        guard let key = query.parameters["api_key"], !key.isEmpty else {
            if configuration.publicRead { return }
            throw .badRequest("Variable api_key is not set.  Make one with: econ keys add NAME --scope read")
        }
        let found: APIKey?
        do {
            found = try configuration.store.authorize(key: key)
        } catch {
            throw FREDError(status: 503, message: "Service Unavailable.  The store could not be read: \(error)")
        }
        if found == nil && !configuration.publicRead {
            throw .badRequest("The value for variable api_key is not registered.  Ask the server's owner for a key (econ keys add).")
        }
    }

    static func bytes(_ body: [UInt8], status: HTTPResponse.Status, contentType: String) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func text(_ body: String, status: HTTPResponse.Status, contentType: String = "text/plain; charset=utf-8") -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Runs blocking store work on a dispatch queue, off the server's event loops and Swift's
/// cooperative threads.
func blocking<T: Sendable, E: Error>(_ body: @escaping @Sendable () throws(E) -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        storeQueue.async {
            do {
                continuation.resume(returning: try body())
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}

private let storeQueue = DispatchQueue(label: "econ.serve.store", qos: .userInitiated, attributes: .concurrent)

extension CivilDate {
    /// The UTC calendar day of `date`.
    static func utc(_ date: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
