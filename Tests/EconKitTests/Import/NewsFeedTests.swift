import EconKit
import Foundation
import Testing

/// RSS 2.0 and Atom feed files: each item an article.
struct NewsFeedTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Новости Центральной Азии</title><link>https://example.org</link><language>ru</language>
        <item><title>Товарооборот России и Узбекистана</title><link>https://example.org/1</link>
        <pubDate>Tue, 10 Jun 2025 09:00:00 +0300</pubDate><dc:creator>Иван Петров</dc:creator>
        <description>Кратко: товарооборот вырос.</description>
        <content:encoded><![CDATA[<p>Товарооборот России и Узбекистана в 2024&nbsp;году составил $11 млрд.</p><p>Это рекорд.</p>]]></content:encoded></item>
        <item><title>Казахстан и Китай</title><link>https://example.org/2</link><pubDate>Wed, 11 Jun 2025 10:00:00 +0500</pubDate>
        <description>Товарооборот Казахстана и Китая в 2024 году составил 44 млрд долларов США.</description></item>
        <item><title>Пусто</title><description></description></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru"><title>Лента</title>
        <entry><title>Инвестиции</title><link rel="alternate" href="https://example.org/a"/><published>2025-06-12T08:00:00Z</published>
        <author><name>Анна Смирнова</name></author>
        <content type="html">&lt;p&gt;Инвестиции России в экономику Узбекистана в 2024 году составили $1,2 млрд.&lt;/p&gt;</content></entry>
        </feed>
        """

    @Test func rssItemsAreArticlesWithTheirMetadataAndEmptyItemsAreLeftOut() throws {
        #expect(NewsFeed.looksLikeFeed(Array(Self.rss.utf8)))
        let feed = try NewsFeed.read(Array(Self.rss.utf8), path: "feed.xml")
        #expect(feed.title == "Новости Центральной Азии" && feed.language == "ru")
        #expect(feed.items.count == 2)
        let first = try #require(feed.items.first)
        #expect(first.text == "Товарооборот России и Узбекистана в 2024 году составил $11 млрд.\n\nЭто рекорд.\n")
        #expect(first.published?.text == "2025-06-10T06:00:00Z")
        #expect(first.author == "Иван Петров" && first.link == "https://example.org/1")
        #expect(feed.items[1].text == "Товарооборот Казахстана и Китая в 2024 году составил 44 млрд долларов США.\n")
    }

    @Test func atomEntriesAreReadToo() throws {
        let feed = try NewsFeed.read(Array(Self.atom.utf8), path: "atom.xml")
        #expect(feed.language == "ru")
        #expect(feed.items.map(\.link) == ["https://example.org/a"])
        #expect(feed.items.first?.author == "Анна Смирнова")
        #expect(feed.items.first?.published?.text == "2025-06-12T08:00:00Z")
        #expect(feed.items.first?.text.hasPrefix("Инвестиции России в экономику Узбекистана") == true)
    }

    @Test(arguments: TestEngine.all)
    func aFeedImportsItemByItemAndAgainChangesNothing(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.xml", Self.rss)
        let store = try engine.store()
        let batch = ArticleBatch(paths: [path], template: ArticleImport(path: "", rules: try ClassificationRules.default()))
        let first = try batch.run(into: store)
        #expect(first.articles == 2 && first.new == 2 && first.failed == 0)
        #expect(try store.observations("ru_uz.trade_turnover").first?.source == "Новости Центральной Азии")
        let second = try batch.run(into: store)
        #expect(second.new == 0 && second.unchanged == 2)
    }

    @Test func hostileFeedsReadNoFilesAndNeverCrash() throws {
        let external = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss><channel><title>t</title><item><description>Товарооборот &secret; составил $1 млрд в 2024 году.</description></item></channel></rss>
            """
        let read = try? NewsFeed.read(Array(external.utf8), path: "x.xml")
        #expect(read.map { $0.items.allSatisfy { !$0.text.contains("root:") } } ?? true)
        let lol = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
        let bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">\(lol)]><rss><channel><item><description>&l9;</description></item></channel></rss>"
        let exploded = try? NewsFeed.read(Array(bomb.utf8), path: "bomb.xml")
        #expect((exploded?.items.first?.text.count ?? 0) < 10_000_000)
        let empty = "<rss><channel>" + String(repeating: "<item><description></description></item>", count: 10_000) + "</channel></rss>"
        #expect(try NewsFeed.read(Array(empty.utf8), path: "empty.xml").items.isEmpty)
        #expect(throws: ImportError.self) { try NewsFeed.read(Array("<rss><channel>".utf8), path: "cut.xml") }
    }
}
