import EconKit
import EconModel
import EconTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EconServer

@Suite struct WebViewTests {
    let yearly = "ru_kz.investment.yearly"

    @Test func theIndexListsAndFiltersTheSeries() async throws {
        let served = try ServedStore()
        try served.store.addSeries(
            Series(code: "cn_kz.trade.yearly", measure: .flow, unit: "USD", frequency: .annual, titleEn: "China–Kazakhstan trade"))
        try await served.test(publicRead: true) { client in
            let all = try await client.execute(uri: "/", method: .get)
            #expect(all.status == .ok)
            #expect(all.headers[.contentType] == "text/html; charset=utf-8")
            #expect(all.text.contains("2 of 2 series"))
            #expect(all.text.contains("<a href=\"/series/\(yearly)\"><code>\(yearly)</code></a>"))
            let filtered = try await client.execute(uri: "/?q=china", method: .get)
            #expect(filtered.text.contains("1 of 2 series"))
            #expect(!filtered.text.contains("<code>\(yearly)</code>"))
            let byArea = try await client.execute(uri: "/?area=RU&frequency=annual", method: .get)
            #expect(byArea.text.contains("1 of 2 series"))
        }
    }

    @Test func aSeriesPageShowsChartFiguresInWordsAndRevisions() async throws {
        let served = try ServedStore()
        try await served.test(publicRead: true) { client in
            let page = try await client.execute(uri: "/series/\(yearly)", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<svg class=\"chart\""))
            #expect(html.contains("about 4 bn"))
            #expect(html.contains("exactly 1.6 bn"))
            #expect(html.contains("<h2>Revisions</h2>"))
            #expect(html.components(separatedBy: "<tr>").count - 1 >= 3 + 5 + 4)
            #expect(html.contains("<input type=\"date\" name=\"as_of\" value=\"\"/>"))
            let past = try await client.execute(uri: "/series/\(yearly)?as_of=2024-12-31", method: .get)
            #expect(past.text.contains("exactly 3 bn"))
            #expect(!past.text.contains("about 4 bn"))
            #expect(past.text.contains("value=\"2024-12-31\""))
        }
    }

    /// Pages are kept between views, but never past a change: a new figure, a revision, a retraction
    /// or another report shows on the next view.
    @Test func aKeptPageNeverOutlivesAChange() async throws {
        let served = try ServedStore()
        let server = served.server(publicRead: true)
        try await server.application().test(.router) { client in
            let first = try await client.execute(uri: "/series/\(yearly)", method: .get).text
            let again = try await client.execute(uri: "/series/\(yearly)", method: .get).text
            #expect(first == again)
            #expect(!first.contains("more than 5 bn"))
            _ = try served.store.record(
                NewObservation(
                    series: yearly, period: .init(parsing: "2025"), amount: Amount(5e9, .moreThan), published: .init(parsing: "2026-02-01"))
            )
            let afterNew = try await client.execute(uri: "/series/\(yearly)", method: .get).text
            #expect(afterNew.contains("more than 5 bn"))
            _ = try served.store.retract(series: yearly, period: .init(parsing: "2025"), published: .init(parsing: "2026-02-02"))
            let afterRetraction = try await client.execute(uri: "/series/\(yearly)", method: .get).text
            #expect(afterRetraction.contains("retracted"))
            let asOf = try await client.execute(uri: "/series/\(yearly)?as_of=2026-02-01", method: .get).text
            #expect(asOf.contains("more than 5 bn"))
        }
    }

    @Test func everythingFromTheStoreIsEscaped() async throws {
        let served = try ServedStore()
        try served.store.addSeries(
            Series(
                code: "x.evil", measure: .flow, unit: "USD", frequency: .annual, titleEn: "<script>alert(1)</script>",
                note: "\"><img src=x onerror=alert(2)>"))
        _ = try served.store.record(
            NewObservation(series: "x.evil", period: Period(parsing: "2024"), amount: Amount(1, .exact), source: "<b>bold</b>"))
        try await served.test(publicRead: true) { client in
            for uri in ["/", "/series/x.evil", "/report"] {
                let html = try await client.execute(uri: uri, method: .get).text
                #expect(!html.contains("<script>"), "\(uri)")
                #expect(!html.contains("<img"), "\(uri)")
                #expect(!html.contains("<b>bold"), "\(uri)")
            }
            let page = try await client.execute(uri: "/series/x.evil", method: .get).text
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func pagesNeedAKeyUnlessTheServerIsPublic() async throws {
        let served = try ServedStore()
        try await served.test { client in
            let anonymous = try await client.execute(uri: "/series/\(yearly)", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text.contains("--public-read"))
            let withKey = try await client.execute(uri: "/series/\(yearly)?api_key=\(served.key)", method: .get)
            #expect(withKey.status == .ok)
            #expect(withKey.text.contains("download.xlsx?api_key=\(served.key)"), "links carry the reader's key")
            let missing = try await client.execute(uri: "/series/nope?api_key=\(served.key)", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test func downloadsAreSpreadsheetReady() async throws {
        let served = try ServedStore()
        try await served.test(publicRead: true) { client in
            let russian = try await client.execute(uri: "/series/\(yearly)/download.csv?preset=excel-ru", method: .get)
            #expect(russian.status == .ok)
            #expect(russian.headers[.contentDisposition] == "attachment; filename=\"\(yearly).csv\"")
            let bytes = Array(buffer: russian.body)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(russian.text.contains("\(yearly);"))
            #expect(russian.text.contains("\r\n"))
            let english = try await client.execute(uri: "/series/\(yearly)/download.csv?preset=excel-en&as_of=2024-12-31", method: .get)
            #expect(english.text.split(separator: "\r\n").count == 3, "header and the two figures known by then")
            let workbook = try await client.execute(uri: "/series/\(yearly)/download.xlsx", method: .get)
            #expect(Array(Array(buffer: workbook.body).prefix(2)) == Array("PK".utf8))
            let bad = try await client.execute(uri: "/series/\(yearly)/download.csv?preset=lotus", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func theReportRendersLiveWithItsOptions() async throws {
        let served = try ServedStore()
        try await served.test(publicRead: true) { client in
            let report = try await client.execute(uri: "/report?series=\(yearly)&transforms=lin,chg&lang=ru", method: .get)
            #expect(report.status == .ok)
            #expect(report.text.contains("<html lang=\"ru\">"))
            #expect(report.text.contains("Отчёт о динамике"))
            let bad = try await client.execute(uri: "/report?transforms=yoy", method: .get)
            #expect(bad.status == .badRequest)
        }
    }
}
