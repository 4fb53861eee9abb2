import EconKit
import EconModel
import EconTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import EconServer

/// A store with a yearly series revised twice (ALFRED-style vintages) and an irregular stock, and a
/// read key; the server's clock says 2025-12-01.
final class ServedStore: Sendable {
    let store: Store
    let key: String
    let log = Mutex<[String]>([])

    init(_ engine: TestEngine = .sqlite) throws {
        let store = try engine.store()
        self.store = store
        try store.addSeries(
            Series(
                code: "ru_kz.investment.yearly", measure: .flow, unit: "USD", frequency: .annual,
                titleEn: "Russian investment in Kazakhstan, yearly", titleRu: "Российские инвестиции в Казахстан, за год",
                indicator: "investment", area: "RU", counterpart: "KZ"))
        func record(_ period: String, _ value: Double, _ qualifier: Qualifier = .exact, published: String) throws {
            _ = try store.record(
                NewObservation(
                    series: "ru_kz.investment.yearly", period: Period(parsing: period), amount: Amount(value, qualifier),
                    published: PublicationTime(parsing: published)))
        }
        try record("2022", 1.5e9, published: "2023-03-15")
        try record("2023", 3.0e9, published: "2024-03-15")
        try record("2022", 1.6e9, published: "2024-03-15")
        try record("2024", 4e9, .approx, published: "2025-03-15")
        try record("2023", 3.2e9, published: "2025-03-15T10:00:00Z")
        key = try store.addKey(named: "reader", scope: .read)
    }

    func server(publicRead: Bool = false) -> EconServer {
        EconServer(
            configuration: .init(
                store: store, publicRead: publicRead, accessLog: { [self] line in log.withLock { $0.append(line) } },
                clock: { Date(timeIntervalSince1970: 1_764_547_200) }))  // 2025-12-01T00:00:00Z
    }

    /// Runs `body` against the server's router (no sockets).
    func test(publicRead: Bool = false, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server(publicRead: publicRead).application().test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite struct FREDRouteTests {
    let yearly = "ru_kz.investment.yearly"

    @Test(arguments: TestEngine.all)
    func observationsDefaultToTheFiguresInForceToday(engine: TestEngine) async throws {
        let served = try ServedStore(engine)
        try await served.test { client in
            let response = try await client.execute(
                uri: "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&file_type=json", method: .get)
            #expect(response.status == .ok)
            let body = try response.json()
            #expect(body["realtime_start"] as? String == "2025-12-01")
            #expect(body["count"] as? Int == 3)
            let rows = try #require(body["observations"] as? [[String: String]])
            #expect(rows.map { $0["date"] } == ["2022-01-01", "2023-01-01", "2024-01-01"])
            #expect(rows.map { $0["value"] } == ["1600000000", "3200000000", "4000000000"])
            #expect(rows.allSatisfy { $0["realtime_start"] == "2025-12-01" && $0["realtime_end"] == "2025-12-01" })
        }
    }

    @Test func realTimePeriodsAreTheRevisionsVintages() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let response = try await client.execute(
                uri:
                    "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&realtime_start=1776-07-04&realtime_end=9999-12-31",
                method: .get)
            let lines = response.text.split(separator: "\n").filter { $0.contains("<observation ") }
            #expect(
                lines == [
                    #"  <observation realtime_start="2023-03-15" realtime_end="2024-03-14" date="2022-01-01" value="1500000000"/>"#,
                    #"  <observation realtime_start="2024-03-15" realtime_end="9999-12-31" date="2022-01-01" value="1600000000"/>"#,
                    #"  <observation realtime_start="2024-03-15" realtime_end="2025-03-14" date="2023-01-01" value="3000000000"/>"#,
                    #"  <observation realtime_start="2025-03-15" realtime_end="9999-12-31" date="2023-01-01" value="3200000000"/>"#,
                    #"  <observation realtime_start="2025-03-15" realtime_end="9999-12-31" date="2024-01-01" value="4000000000"/>"#,
                ])
        }
    }

    /// On every vintage date and the days around it, the real-time answer equals `econ show --as-of`.
    @Test(arguments: TestEngine.all)
    func aRealTimeDayAnswersWhatAsOfAnswers(engine: TestEngine) async throws {
        let served = try ServedStore(engine)
        let days = ["2023-03-14", "2023-03-15", "2024-03-14", "2024-03-15", "2025-03-14", "2025-03-15", "2025-03-16"]
        try await served.test { client in
            for day in days {
                let response = try await client.execute(
                    uri:
                        "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&file_type=json&realtime_start=\(day)&realtime_end=\(day)",
                    method: .get)
                let rows = try #require(try response.json()["observations"] as? [[String: String]])
                let expected = try served.store.observations(yearly, asOf: PublicationTime(parsing: day))
                #expect(rows.map { $0["value"] ?? "" } == expected.map { DecimalText.format($0.amount?.value ?? .nan) }, "as of \(day)")
                #expect(rows.map { $0["date"] ?? "" } == expected.map { $0.period.start.description }, "as of \(day)")
            }
        }
    }

    /// Answers are kept between requests, but a new figure shows on the very next one.
    @Test func aKeptAnswerNeverOutlivesAChange() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let uri = "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&file_type=json"
            let before = try await client.execute(uri: uri, method: .get).text
            #expect(try await client.execute(uri: uri, method: .get).text == before)
            _ = try served.store.record(
                NewObservation(series: yearly, period: .init(parsing: "2025"), amount: Amount(5e9), published: .init(parsing: "2025-11-20"))
            )
            let after = try await client.execute(uri: uri, method: .get)
            #expect(after.text != before)
            #expect((try after.json()["observations"] as? [[String: String]])?.last?["value"] == "5000000000")
        }
    }

    @Test func vintageDatesListEveryDayAFigureChanged() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let response = try await client.execute(
                uri: "/fred/series/vintagedates?series_id=\(yearly)&api_key=\(served.key)&file_type=json", method: .get)
            #expect(try response.json()["vintage_dates"] as? [String] == ["2023-03-15", "2024-03-15", "2025-03-15"])
        }
    }

    @Test func outputTypeTwoHasAColumnPerVintage() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let response = try await client.execute(
                uri:
                    "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&file_type=json&output_type=2&vintage_dates=2024-03-15,2025-03-15",
                method: .get)
            let rows = try #require(try response.json()["observations"] as? [[String: String]])
            #expect(rows.first == ["date": "2022-01-01", "\(yearly)_20240315": "1600000000", "\(yearly)_20250315": "1600000000"])
            #expect(rows.last == ["date": "2024-01-01", "\(yearly)_20240315": ".", "\(yearly)_20250315": "4000000000"])
        }
    }

    @Test func unitsAreComputedByTheTrendCode() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let response = try await client.execute(
                uri: "/fred/series/observations?series_id=\(yearly)&api_key=\(served.key)&file_type=json&units=chg", method: .get)
            let rows = try #require(try response.json()["observations"] as? [[String: String]])
            #expect(rows.map { $0["value"] } == [".", "1600000000", "800000000"])
        }
    }

    @Test func seriesMetadataUseFREDsFields() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let response = try await client.execute(
                uri: "/fred/series?series_id=\(yearly)&api_key=\(served.key)&file_type=json", method: .get)
            let series = try #require((try response.json()["seriess"] as? [[String: Any]])?.first)
            #expect(series["id"] as? String == yearly)
            #expect(series["title"] as? String == "Russian investment in Kazakhstan, yearly")
            #expect(series["frequency_short"] as? String == "A")
            #expect(series["observation_start"] as? String == "2022-01-01")
            #expect(series["observation_end"] as? String == "2024-01-01")
            #expect(series["units"] as? String == "USD")
        }
    }

    @Test func searchFindsSeriesByWordsInEitherLanguageAndByCode() async throws {
        let served = try ServedStore()
        try await served.test { client in
            for text in ["investment+kazakhstan", "%D0%B8%D0%BD%D0%B2%D0%B5%D1%81%D1%82%D0%B8%D1%86%D0%B8%D0%B8", "KZ"] {
                let response = try await client.execute(
                    uri: "/fred/series/search?search_text=\(text)&api_key=\(served.key)&file_type=json", method: .get)
                #expect(try response.json()["count"] as? Int == 1, "\(text)")
            }
            let none = try await client.execute(
                uri: "/fred/series/search?search_text=gdp&api_key=\(served.key)&file_type=json", method: .get)
            #expect(try none.json()["count"] as? Int == 0)
            let byID = try await client.execute(
                uri: "/fred/series/search?search_text=ru_kz*&search_type=series_id&api_key=\(served.key)&file_type=json", method: .get)
            #expect(try byID.json()["count"] as? Int == 1)
        }
    }

    /// Every bad parameter gets FRED's 400 with a message, in the asked file type; never a 500.
    @Test func badParametersGetFREDsErrors() async throws {
        let served = try ServedStore()
        let cases: [(query: String, message: String)] = [
            ("series_id=nope", "The series does not exist."),
            ("series_id=\(yearly)&observation_start=2024-13-01", "observation_start"),
            ("series_id=\(yearly)&realtime_start=yesterday", "realtime_start"),
            ("series_id=\(yearly)&realtime_start=2025-01-02&realtime_end=2025-01-01", "real-time period"),
            ("series_id=\(yearly)&units=percent", "units"),
            ("series_id=\(yearly)&limit=0", "limit"),
            ("series_id=\(yearly)&limit=100001", "limit"),
            ("series_id=\(yearly)&offset=-1", "offset"),
            ("series_id=\(yearly)&sort_order=up", "sort_order"),
            ("series_id=\(yearly)&output_type=5", "output_type"),
            ("series_id=\(yearly)&frequency=w", "frequency"),
            ("series_id=\(yearly)&frequency=q", "not lower"),
            ("series_id=\(yearly)&vintage_dates=2024-01-01,soon", "vintage_dates"),
            ("series_id=", "series_id is not set"),
        ]
        try await served.test { client in
            for (query, message) in cases {
                let json = try await client.execute(
                    uri: "/fred/series/observations?\(query)&api_key=\(served.key)&file_type=json", method: .get)
                #expect(json.status == .badRequest, "\(query)")
                let body = try json.json()
                #expect(body["error_code"] as? Int == 400, "\(query)")
                #expect((body["error_message"] as? String)?.contains(message) == true, "\(query): \(body)")
                let xml = try await client.execute(uri: "/fred/series/observations?\(query)&api_key=\(served.key)", method: .get)
                #expect(xml.status == .badRequest)
                #expect(xml.text.contains("<error code=\"400\" message=\"Bad Request."), "\(query)")
            }
            let badType = try await client.execute(
                uri: "/fred/series?series_id=\(yearly)&api_key=\(served.key)&file_type=csv", method: .get)
            #expect(badType.status == .badRequest)
            #expect(badType.text.contains("file_type"))
        }
    }

    @Test func keysAreCheckedAsFREDChecksThem() async throws {
        let served = try ServedStore()
        let writer = try served.store.addKey(named: "writer", scope: .write)
        try await served.test { client in
            let missing = try await client.execute(uri: "/fred/series?series_id=\(yearly)&file_type=json", method: .get)
            #expect(missing.status == .badRequest)
            #expect((try missing.json()["error_message"] as? String)?.contains("api_key is not set") == true)
            let wrong = try await client.execute(
                uri: "/fred/series?series_id=\(yearly)&file_type=json&api_key=0123456789abcdef0123456789abcdef", method: .get)
            #expect(wrong.status == .badRequest)
            #expect((try wrong.json()["error_message"] as? String)?.contains("not registered") == true)
            let ok = try await client.execute(uri: "/fred/series?series_id=\(yearly)&api_key=\(writer)", method: .get)
            #expect(ok.status == .ok)
            try served.store.revokeKey(named: "writer")
            let revoked = try await client.execute(uri: "/fred/series?series_id=\(yearly)&api_key=\(writer)", method: .get)
            #expect(revoked.status == .badRequest)
        }
        try await served.test(publicRead: true) { client in
            let anonymous = try await client.execute(uri: "/fred/series?series_id=\(yearly)", method: .get)
            #expect(anonymous.status == .ok)
        }
    }

    @Test func theAccessLogNeverHoldsAKey() async throws {
        let served = try ServedStore()
        try await served.test { client in
            _ = try await client.execute(uri: "/fred/series?series_id=\(yearly)&api_key=\(served.key)", method: .get)
            _ = try await client.execute(uri: "/healthz", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains("econ_http_requests_total{route=\"/fred/series\",method=\"GET\",status=\"200\"} 1"))
        }
        let log = served.log.withLock { $0 }
        #expect(log.count == 3)
        #expect(log.first?.contains("/fred/series?series_id=\(yearly)&api_key=REDACTED 200") == true)
        #expect(!log.joined().contains(served.key))
    }
}
