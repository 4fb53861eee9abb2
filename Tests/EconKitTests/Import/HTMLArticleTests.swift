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

    @Test(arguments: ["utf-8", "windows-1251"])
    func aSavedPageImportsAsItsArticleWithTheMetadataOfThePage(charset: String) throws {
        let folder = try TemporaryFolder()
        let html = try Self.page(charset: charset)
        let path = folder.file("page.html")
        let encoded = try #require(html.data(using: charset == "utf-8" ? .utf8 : .windowsCP1251))
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
