import EconKit
import EconModel
import EconTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EconServer

@Suite struct APIRouteTests {
    let yearly = "ru_kz.investment.yearly"

    func bearer(_ key: String) -> HTTPFields { [.authorization: "Bearer \(key)"] }

    func post(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

    @Test func seriesAreListedAndFiltered() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let all = try await client.execute(uri: "/api/v1/series", method: .get, headers: bearer(served.key))
            #expect(all.status == .ok)
            #expect(try all.json()["count"] as? Int == 1)
            for (filter, count) in [("area=KZ", 1), ("area=CN", 0), ("frequency=annual", 1), ("q=investment", 1), ("indicator=trade", 0)] {
                let response = try await client.execute(uri: "/api/v1/series?\(filter)", method: .get, headers: bearer(served.key))
                #expect(try response.json()["count"] as? Int == count, "\(filter)")
            }
            let bad = try await client.execute(uri: "/api/v1/series?frequency=weekly", method: .get, headers: bearer(served.key))
            #expect(bad.status == .badRequest)
            let one = try await client.execute(uri: "/api/v1/series/\(yearly)", method: .get, headers: bearer(served.key))
            #expect(try one.json()["title_ru"] as? String == "Российские инвестиции в Казахстан, за год")
            let missing = try await client.execute(uri: "/api/v1/series/nope", method: .get, headers: bearer(served.key))
            #expect(missing.status == .notFound)
        }
    }

    @Test func observationsCarryQualifiersAndRevisionsCarryHistory() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let current = try await client.execute(uri: "/api/v1/series/\(yearly)/observations?api_key=\(served.key)", method: .get)
            let rows = try #require(try current.json()["observations"] as? [[String: Any]])
            #expect(rows.count == 3)
            #expect(rows.last?["qualifier"] as? String == "approx")
            #expect(rows.last?["published"] as? String == "2025-03-15")
            let asOf = try await client.execute(
                uri: "/api/v1/series/\(yearly)/observations?as_of=2024-12-31", method: .get, headers: bearer(served.key))
            #expect((try asOf.json()["observations"] as? [[String: Any]])?.map { $0["value"] as? Double } == [1.6e9, 3.0e9])
            let revisions = try await client.execute(uri: "/api/v1/series/\(yearly)/revisions", method: .get, headers: bearer(served.key))
            #expect(try revisions.json()["count"] as? Int == 5)
            let badTime = try await client.execute(
                uri: "/api/v1/series/\(yearly)/observations?as_of=soon", method: .get, headers: bearer(served.key))
            #expect(badTime.status == .badRequest)
            #expect(
                (try badTime.json()["error"] as? [String: Any])?["message"] as? String == "parameter as_of: "
                    + String(describing: TimeError.malformed("soon")))
        }
    }

    @Test func trendsAreWhatEconTrendComputes() async throws {
        let served = try ServedStore()
        var query = TrendQuery()
        query.transform = .pc1
        query.cagr = true
        let series = try #require(try served.store.series(yearly))
        let expected = try query.result(for: series, figures: try served.store.currentFigures(yearly))
        try await served.test { client in
            let response = try await client.execute(
                uri: "/api/v1/series/\(yearly)/trend?transform=pc1&cagr=true", method: .get, headers: bearer(served.key))
            let body = try response.json()
            let points = try #require(body["points"] as? [[String: Any]])
            #expect(points.map { $0["value"] as? Double } == expected.points.map(\.value.value))
            #expect((body["summary"] as? [[String: Any]])?.first?["transform"] as? String == "cagr")
            let bad = try await client.execute(
                uri: "/api/v1/series/\(yearly)/trend?transform=yoy", method: .get, headers: bearer(served.key))
            #expect(bad.status == .badRequest)
        }
    }

    @Test(arguments: TestEngine.all)
    func appendingStoresAsEconAppendDoes(engine: TestEngine) async throws {
        let served = try ServedStore(engine)
        let writer = try served.store.addKey(named: "writer", scope: .write)
        try await served.test { client in
            let uri = "/api/v1/series/\(yearly)/observations"
            let new = try await client.execute(
                uri: uri, method: .post, headers: bearer(writer),
                body: post(#"{"period": "2025", "value": 5e9, "qualifier": "more-than", "published": "2026-03-01"}"#))
            #expect(new.status == .created)
            let body = try new.json()
            #expect(body["outcome"] as? String == "new")
            #expect((body["observation"] as? [String: Any])?["low"] as? Double == 5e9)
            let again = try await client.execute(
                uri: uri, method: .post, headers: bearer(writer),
                body: post(#"{"period": "2025", "value": 5e9, "qualifier": "more-than", "published": "2026-03-01"}"#))
            #expect(again.status == .ok)
            #expect(try again.json()["outcome"] as? String == "unchanged")
            let revision = try await client.execute(
                uri: uri, method: .post, headers: bearer(writer),
                body: post(#"{"period": "2025", "qualifier": "range", "low": 5e9, "high": 6e9, "published": "2026-04-01"}"#))
            #expect(revision.status == .created)
            #expect(try revision.json()["outcome"] as? String == "revision")
        }
        let current = try #require(try served.store.observations(yearly).last)
        #expect(current.amount == (try Amount(rangeFrom: 5e9, to: 6e9)))
        #expect(try served.store.revisions(yearly).count == 7)
    }

    /// A bad body or key gets a 4xx that says what and where, and nothing is stored.
    @Test func badWritesAreRefusedAndStoreNothing() async throws {
        let served = try ServedStore()
        let writer = try served.store.addKey(named: "writer", scope: .write)
        let before = try served.store.revisions(yearly).count
        let cases: [(body: String, message: String)] = [
            ("", "body: empty"),
            ("{\"period\": \"2025\", ", "body: not JSON"),
            ("[1, 2]", "expected a JSON object"),
            (#"{"value": 1}"#, "body.period: missing"),
            (#"{"period": "2025-13", "value": 1}"#, "body.period"),
            (#"{"period": "2025", "value": "5e9"}"#, "body.value: expected a number"),
            (#"{"period": "2025", "value": true}"#, "body.value: expected a number"),
            (#"{"period": "2025"}"#, "body.value: missing"),
            (#"{"period": "2025", "value": 1, "qualifer": "approx"}"#, "unknown field 'qualifer'"),
            (#"{"period": "2025", "value": 1, "qualifier": "about"}"#, "body.qualifier"),
            (#"{"period": "2025", "qualifier": "range", "low": 1}"#, "a range takes 'low' and 'high'"),
            (#"{"period": "2025", "value": 1, "published": "yesterday"}"#, "body.published"),
            (#"{"period": "2025-Q1", "value": 1}"#, "annual"),
        ]
        try await served.test { client in
            for (body, message) in cases {
                let response = try await client.execute(
                    uri: "/api/v1/series/\(yearly)/observations", method: .post, headers: bearer(writer), body: post(body))
                #expect(response.status == .badRequest, "\(body)")
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect((error["message"] as? String)?.contains(message) == true, "\(body): \(error)")
            }
            let good = #"{"period": "2025", "value": 1}"#
            let anonymous = try await client.execute(uri: "/api/v1/series/\(yearly)/observations", method: .post, body: post(good))
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer realm=\"econ\"")
            let reader = try await client.execute(
                uri: "/api/v1/series/\(yearly)/observations", method: .post, headers: bearer(served.key), body: post(good))
            #expect(reader.status == .forbidden)
            let unknown = try await client.execute(
                uri: "/api/v1/series/nope/observations", method: .post, headers: bearer(writer), body: post(good))
            #expect(unknown.status == .notFound)
        }
        #expect(try served.store.revisions(yearly).count == before)
    }

    @Test func csvImportsAreAllOrNothing() async throws {
        let served = try ServedStore()
        let writer = try served.store.addKey(named: "writer", scope: .write)
        try await served.test { client in
            let csv = "series,period,value\n\(yearly),2021,1e9\n\(yearly),2022,1.6e9\n"
            let response = try await client.execute(uri: "/api/v1/import/csv", method: .post, headers: bearer(writer), body: post(csv))
            #expect(response.status == .ok)
            let total = try #require(try response.json()["total"] as? [String: Int])
            #expect(total == ["new": 1, "unchanged": 1, "revised": 0])
            let bad = "series,period,value\n\(yearly),2019,1e9\n\(yearly),20x0,2e9\n"
            let refused = try await client.execute(uri: "/api/v1/import/csv", method: .post, headers: bearer(writer), body: post(bad))
            #expect(refused.status == .badRequest)
            let message = try #require((try refused.json()["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains("request body:3"), "\(message)")
            let options = try await client.execute(
                uri: "/api/v1/import/csv?layout=diagonal", method: .post, headers: bearer(writer), body: post(csv))
            #expect(options.status == .badRequest)
        }
        #expect(try served.store.observations(yearly).map(\.period.description) == ["2021", "2022", "2023", "2024"])
    }

    /// Two servers over one PostgreSQL store: a write through one is read through the other at once.
    @Test(.enabled(if: TestEngine.postgresURI != nil, "no PostgreSQL server (set ECON_TEST_POSTGRES)"))
    func twoServersOverOneStoreAgree() async throws {
        let location = try TestEngine.freshLocation()
        let first = try Store.open(at: location, options: .init(create: true))
        try first.addSeries(Series(code: "x.yearly", measure: .flow, unit: "USD", frequency: .annual))
        let writer = try first.addKey(named: "writer", scope: .write)
        let second = try Store.open(at: location, options: .init(create: false))
        let a = EconServer(configuration: .init(store: first)).application()
        let b = EconServer(configuration: .init(store: second)).application()
        try await a.test(.router) { clientA in
            try await b.test(.router) { clientB in
                let write = try await clientA.execute(
                    uri: "/api/v1/series/x.yearly/observations", method: .post, headers: bearer(writer),
                    body: post(#"{"period": "2024", "value": 7}"#))
                #expect(write.status == .created)
                let read = try await clientB.execute(
                    uri: "/fred/series/observations?series_id=x.yearly&file_type=json&api_key=\(writer)", method: .get)
                #expect((try read.json()["observations"] as? [[String: String]])?.map { $0["value"] } == ["7"])
                try first.revokeKey(named: "writer")
                let revoked = try await clientB.execute(uri: "/api/v1/series", method: .get, headers: bearer(writer))
                #expect(revoked.status == .unauthorized)
            }
        }
    }
}

@Suite struct OpenAPIDocumentTests {
    /// Every `/api/v1` route is in the document with its method, and nothing else is.
    @Test func theDocumentDescribesExactlyTheRoutes() throws {
        let store = try Store.inMemory()
        let routes = EconServer(configuration: .init(store: store)).router().routes
            .map { "\($0.method.rawValue.lowercased()) \($0.path.description)" }
            .filter { $0.contains("/api/v1/") }
            .map { $0.replacingOccurrences(of: ":code", with: "{code}") }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = paths.flatMap { path, methods in methods.keys.map { "\($0) \(path)" } }
        #expect(Set(routes) == Set(described))
        #expect(routes.count == described.count)
    }

    /// openapi-spec-validator (pip) accepts the document as OpenAPI 3.1; skipped with a note without it.
    @Test(.enabled(if: hasValidator, "openapi-spec-validator is not installed (pip install openapi-spec-validator)"))
    func theDocumentIsValidOpenAPI() throws {
        let (status, text) = try Python.run(
            ["-c", "import json, sys; from openapi_spec_validator import validate; validate(json.load(sys.stdin)); print('valid')"],
            input: Data(OpenAPIDocument.json.utf8))
        #expect(status == 0, "\(text)")
        #expect(text == "valid\n")
    }

    static let hasValidator = Python.canImport("openapi_spec_validator")
}
