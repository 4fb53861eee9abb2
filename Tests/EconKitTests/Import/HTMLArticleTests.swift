import EconKit
import Foundation
import Testing

/// Web pages as browsers save them: the article inside the page, and what the page says about it.
struct HTMLArticleTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/articles/2025-11-tokayev-visit.ru.txt").path
    static let headline = "Визит Токаева в Москву: чего ждать от новой встречи"

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;"
        )
        .replacingOccurrences(of: " года", with: "&nbsp;года")
    }

    /// The seed article inside a news site's template: menus, share buttons, a related list, scripts,
    /// a cookie banner, Open Graph, JSON-LD.
    static func page(charset: String) throws -> String {
        let paragraphs = try String(contentsOfFile: seed, encoding: .utf8).split(separator: "\n").map(String.init)
        return """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="\(charset)"><title>Визит Токаева | ПЭГ</title>
            <meta property="og:title" content="Визит Токаева (Open Graph)">
            <meta property="og:site_name" content="Политическая экспертная группа">
            <meta property="article:published_time" content="2025-11-10T09:00:00+05:00">
            <link rel="canonical" href="https://example.org/tokayev-visit">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(headline)",
            "datePublished":"2025-11-10T09:00:00+05:00","author":{"@type":"Person","name":"Владимир Кузнецов"},
            "publisher":{"@type":"Organization","name":"Политическая экспертная группа"}}</script>
            <script>var teaser = "Товарооборот составил $99 млрд в 2024 году";</script><style>p { margin: 0 }</style></head>
            <body><header><nav><a href="/">Главная</a> <a href="/econ">Экономика</a></nav></header>
            <div class="share-buttons"><a>Печать</a> <a>Telegram</a></div>
            <main><article>
            \(paragraphs.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n"))
            <div class="related-news"><h3>Читайте также</h3><ul><li><a>Инвестиции России в Узбекистан в 2024 году составили $1 млрд</a></li></ul></div>
            </article></main><footer>© 2025 ПЭГ</footer>
            <div class="cookie-banner">Мы используем cookie</div></body></html>
            """
    }

    /// Every stored figure: series, period, value, qualifier and sentence.
    static func figures(_ store: Store) throws -> [String] {
        try store.allSeries().flatMap { s in
            try store.observations(s.code).map { "\(s.code) \($0.period) \($0.amount.map { "\($0)" } ?? "-") \($0.sentence ?? "")" }
        }
    }

    /// KOI8-R, which Foundation on Linux does not write: Cyrillic letters by the KOI8-R table, ASCII
    /// as is, anything else (« » — №) as a numeric character reference, as a KOI8-R page must.
    static func koi8r(_ text: String) -> Data {
        let lower = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)
        let upper = Array("ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ".unicodeScalars)
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else if let i = lower.firstIndex(of: scalar) {
                bytes.append(0xC0 + UInt8(i))
            } else if let i = upper.firstIndex(of: scalar) {
                bytes.append(0xE0 + UInt8(i))
            } else if scalar == "ё" {
                bytes.append(0xA3)
            } else if scalar == "Ё" {
                bytes.append(0xB3)
            } else {
                bytes += Array("&#\(scalar.value);".utf8)
            }
        }
        return Data(bytes)
    }

    @Test(arguments: ["utf-8", "windows-1251", "koi8-r"])
    func aSavedPageImportsAsItsArticleWithTheMetadataOfThePage(charset: String) throws {
        let folder = try TemporaryFolder()
        let html = try Self.page(charset: charset)
        let path = folder.file("page.html")
        let encoded = try #require(
            charset == "koi8-r" ? Self.koi8r(html) : html.data(using: charset == "utf-8" ? .utf8 : .windowsCP1251))
        try encoded.write(to: URL(fileURLWithPath: path))
        let rules = try ClassificationRules.default()

        let fromPage = try Store.inMemory()
        let report = try ArticleImport(path: path, rules: rules).run(into: fromPage)
        #expect(report.document.title == Self.headline)
        #expect(report.document.published?.text == "2025-11-10T04:00:00Z")
        #expect(report.document.author == "Владимир Кузнецов")
        #expect(report.document.source == "Политическая экспертная группа")
        #expect(report.document.language == "ru")

        let fromText = try Store.inMemory()
        _ = try ArticleImport(path: Self.seed, rules: rules, published: .t("2025-11-10T04:00:00Z")).run(into: fromText)
        let expected = try Self.figures(fromText)
        #expect(expected.count == 6)
        #expect(try Self.figures(fromPage) == expected)
    }

    /// The same article saved again with other furniture around it (a page's links and ads change)
    /// and the same canonical URL is the document already stored: nothing changes.
    @Test(arguments: TestEngine.all)
    func thePageSavedAgainAtItsCanonicalURLChangesNothing(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        let html = try Self.page(charset: "utf-8")
        let first = try folder.write("monday.html", html)
        let second = try folder.write("tuesday.html", html.replacingOccurrences(of: "Мы используем cookie", with: "Реклама: вклад 21 %"))
        _ = try ArticleImport(path: first, rules: rules).run(into: store)
        let before = try Self.figures(store)
        let again = try ArticleImport(path: second, rules: rules).run(into: store)
        #expect(again.figures.allSatisfy { if case .stored(_, .unchanged) = $0.outcome { true } else { false } })
        #expect(again.figures.count == 6)
        #expect(try store.documents().count == 1)
        #expect(try Self.figures(store) == before)

        // Another article text at the same address is another document.
        let updated = try folder.write(
            "update.html", html.replacingOccurrences(of: "<main><article>", with: "<main><article><p>Обновлено.</p>"))
        _ = try ArticleImport(path: updated, rules: rules).run(into: store)
        #expect(try store.documents().count == 2)
    }

    @Test func theArticleLeavesThePageFurnitureOutAndKeepsItsParagraphs() throws {
        let page = try HTMLArticle.read(Array(try Self.page(charset: "utf-8").utf8), path: "page.html")
        #expect(!page.text.contains("Главная") && !page.text.contains("Telegram") && !page.text.contains("$99"))
        #expect(!page.text.contains("Читайте также") && !page.text.contains("cookie"))
        #expect(page.text.contains("Российский бизнес инвестировал в Казахстан более $26 млрд"))
        #expect(!page.text.contains("\u{00A0}"))
        #expect(page.canonicalURL == "https://example.org/tokayev-visit")
        #expect(page.text.components(separatedBy: "\n\n").count == 9)
    }

    @Test func aPageWithNoDateGetsNoneAndTheDensestParagraphsWinWithoutAnArticleElement() throws {
        let html = """
            <html><body><div class="menu"><p>Главная</p></div>
            <div id="content"><p>Товарооборот России и Узбекистана в прошлом году составил $11 млрд.</p><p>Это рекорд.</p></div>
            <div><p>Подписка</p></div></body></html>
            """
        let page = try HTMLArticle.read(Array(html.utf8), path: "p.html")
        #expect(page.published == nil)
        #expect(page.text == "Товарооборот России и Узбекистана в прошлом году составил $11 млрд.\n\nЭто рекорд.\n")
        #expect(HTMLArticle.looksLikeHTML(Array(html.utf8)))
        #expect(!HTMLArticle.looksLikeHTML(Array("Товарооборот <b>вырос</b>".utf8)))
    }

    @Test(arguments: TestEngine.all)
    func hostilePagesThroughTheImportStoreAllOrNothing(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        // A 50 MB page (menus, inline scripts and comments around one article) imports as its article.
        let furniture = "<div class=\"menu\"><a href=\"/econ\">Экономика</a> <a href=\"/world\">В мире</a></div><!-- ad slot -->\n"
        let article = "<article><p>Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов.</p></article>"
        let big =
            "<html><head><meta charset=\"utf-8\"></head><body><header>"
            + String(repeating: furniture, count: 50_000_000 / furniture.utf8.count) + "</header>" + article + "</body></html>"
        let bigPath = folder.file("big.html")
        try Data(big.utf8).write(to: URL(fileURLWithPath: bigPath))
        #expect(try FileManager.default.attributesOfItem(atPath: bigPath)[.size] as? Int ?? 0 >= 50_000_000)
        let report = try ArticleImport(path: bigPath, rules: rules).run(into: store)
        #expect(report.figures.map(\.figure.value) == [28_700_000_000])
        #expect(try store.observations("ru_kz.trade_turnover").count == 1)
        // Invalid bytes in a page declared UTF-8: a clear error naming the file, and nothing stored.
        var broken = Array("<html><head><meta charset=\"utf-8\"></head><body><article><p>Товарооборот вырос до $30 млрд в 2025 году.".utf8)
        broken += [0xFF, 0xFE, 0xC3] + Array("</p></article></body></html>".utf8)
        let brokenPath = folder.file("broken.html")
        try Data(broken).write(to: URL(fileURLWithPath: brokenPath))
        let before = try store.documents().count
        do {
            let read = try ArticleImport(path: brokenPath, rules: rules).run(into: store)
            // Read past the bad bytes: the figure before them is whole.
            #expect(read.figures.map(\.figure.value) == [30_000_000_000])
        } catch let error as ImportError {
            #expect("\(error)".contains("broken.html"))
            #expect(try store.documents().count == before)
        }
    }

    @Test func hostilePagesAreReadOrRefusedNeverACrash() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Товарооборот вырос.</p>" + "</body></html>"
        _ = try? HTMLArticle.read(Array(deep.utf8), path: "deep.html")
        let entity = """
            <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>Текст &x; статьи о товарообороте.</p></body></html>
            """
        let read = try? HTMLArticle.read(Array(entity.utf8), path: "entity.html")
        #expect(read.map { !$0.text.contains("root:") } ?? true)
        #expect(throws: ImportError.self) {
            try HTMLArticle.read(Array("<html><body><script>x()</script></body></html>".utf8), path: "empty.html")
        }
    }
}
