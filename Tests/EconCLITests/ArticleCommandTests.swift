import Foundation
import Testing

struct ArticleCommandTests {
    let cli = CLIRunner()
    let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/articles/2025-11-tokayev-visit.ru.txt").path

    @Test func extractPrintsTheSeedFiguresAsJSON() throws {
        let result = try cli.run(["extract", seed, "--published", "2025-11", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let figures = try #require(json["figures"] as? [[String: Any]])
        #expect(figures.count == 6)
        #expect(figures.map { $0["unit"] as? String } == ["USD", "USD", "USD", "projects", "USD", "jobs"])
        #expect(figures[2]["part_of"] as? Int == 1)
        #expect(figures[4]["value"] as? Double == 56.6e9)
        #expect(result.stdout.contains("\"value\": 56600000000,"))
        #expect((json["annotations"] as? [Any])?.count == 1)
    }

    @Test func extractReadsStandardInputAndRefusesInvalidUTF8() throws {
        let folder = try TemporaryFolder()
        let bad = folder.file("bad.txt")
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: URL(fileURLWithPath: bad))
        let result = try cli.run(["extract", bad])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt"))
        #expect(try cli.run(["extract", folder.file("missing.txt")]).status == 66)
    }

    @Test func importArticleThenReviewExitZeroAndSecondImportIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let first = try cli.run(["import", "article", seed, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ru_kz.investment.cumulative"))
        #expect(first.stdout.components(separatedBy: " new\n").count - 1 == 6)
        let second = try cli.run(["import", "article", seed, "--db", db])
        #expect(second.status == 0)
        #expect(second.stdout.contains("already read the same way: 6 figures unchanged, 0 in review"))
        let reread = try cli.run(["import", "article", seed, "--reread", "--db", db])
        #expect(reread.stdout.components(separatedBy: " unchanged\n").count - 1 == 6)
        let review = try cli.run(["review", "--db", db])
        #expect(review.status == 0)
        #expect(review.stdout.contains("no figures waiting for review"))
        let shown = try cli.run(["show", "ru_kz.investment.yearly", "--revisions", "--format", "json", "--db", db])
        #expect(shown.stdout.contains("\"document\": \"2025-11-tokayev-visit.ru.txt\""))
        #expect(shown.stdout.contains("из них примерно $4 млрд"))
    }

    @Test func dryRunOnAMissingStoreCreatesNothing() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("none.sqlite")
        let result = try cli.run(["import", "article", seed, "--dry-run", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("dry run, nothing written"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func exportWithSentencesTracesEachFigureToItsSentence() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        #expect(try cli.run(["import", "article", seed, "--db", db]).status == 0)
        let out = folder.file("traced.csv")
        let export = try cli.run(["export", "ru_kz.investment.yearly", "--sentences", "--out", out, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("series,period,value,unit,qualifier,low,high,note,source,document,published,recorded_at,sentence,reports\n"))
        #expect(text.contains("2025-11-tokayev-visit.ru.txt"))
        #expect(text.contains("из них примерно $4 млрд"))
        #expect(try cli.run(["export", "--sentences", "--layout", "wide", "--db", db]).status == 64)
        // The traced file imports back; its sentence column is known, not listed as ignored.
        let again = try cli.run(["import", "csv", out, "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains("ignored columns"))
        // The same figure restated by a CSV without its document is the same figure.
        #expect(again.stdout.contains("0 new, 1 unchanged, 0 revised"))
    }

    @Test func reviewAssignRememberWritesARuleThatPlacesTheNextSuchFigure() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let rules = folder.file("config/econ/rules.json")
        try "Экспорт зерна из Казахстана в Узбекистан в 2024 году вырос до 2 млн тонн.\n".write(
            toFile: folder.file("a.txt"), atomically: true, encoding: .utf8)
        try "Экспорт зерна из Казахстана в Узбекистан в 2025 году составил 3 млн тонн.\n".write(
            toFile: folder.file("b.txt"), atomically: true, encoding: .utf8)
        let config = ["XDG_CONFIG_HOME": folder.file("config")]
        #expect(try cli.run(["import", "article", folder.file("a.txt"), "--db", db, "--published", "2025-03"]).stdout.contains("(review)"))
        let add = try cli.run([
            "series", "add", "kz_uz.grain_exports", "--measure", "flow", "--unit", "t", "--frequency", "annual", "--area", "KZ",
            "--counterpart", "UZ", "--db", db,
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let assign = try cli.run(["review", "assign", "1", "kz_uz.grain_exports", "--remember", "--db", db], extraEnvironment: config)
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(assign.stdout.contains("remembered in \(rules): exports in t between KZ and UZ"))
        // The default rules file (under $XDG_CONFIG_HOME) is read by the next import.
        let next = try cli.run(["import", "article", folder.file("b.txt"), "--db", db, "--published", "2026-03"], extraEnvironment: config)
        #expect(next.stdout.contains("kz_uz.grain_exports"), "\(next.stdout)")
        // Remembering twice adds nothing.
        try "Экспорт зерна из Казахстана в Узбекистан в 2023 году вырос до 1 млн тонн.\n".write(
            toFile: folder.file("c.txt"), atomically: true, encoding: .utf8)
        _ = try cli.run(["import", "article", folder.file("c.txt"), "--db", db, "--published", "2025-03"])
        let again = try cli.run(["review", "assign", "2", "kz_uz.grain_exports", "--remember", "--db", db], extraEnvironment: config)
        #expect(again.stdout.contains("already has that rule"), "\(again.stdout)\(again.stderr)")
    }

    @Test func rulesExplainTellsWhyEachFigureIsPlaced() throws {
        let result = try cli.run([
            "rules", "--explain", "Товарооборот между Россией и Киргизией в 2024 году составил $3,5 млрд, а экспорт Казахстана — $80 млрд.",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("RU «россиеи» pair") || result.stdout.contains("RU «россией» pair"), "\(result.stdout)")
        #expect(result.stdout.contains("→ ru_kg.trade_turnover\n"))
        #expect(result.stdout.contains("→ review: one area named (KZ) with no partner"))
        #expect(try cli.run(["rules", "--areas", "--explain", "x"]).status == 64)
        #expect(try cli.run(["rules", "--published", "2025"]).status == 64)
    }

    @Test func aFolderOfArticlesImportsEachOnItsOwnAndExits65WhenOneIsRefused() throws {
        let folder = try TemporaryFolder()
        let news = folder.file("news")
        try FileManager.default.createDirectory(atPath: news + "/week2", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seed, toPath: news + "/a-seed.txt")
        try FileManager.default.copyItem(
            atPath: seed.replacingOccurrences(of: ".txt", with: ".json"), toPath: news + "/a-seed.json")
        try "Қазақстан мен Ресей арасындағы тауар айналымы 2024 жылы 28 миллиард долларға жетті. Бұл көрсеткіш өсті."
            .write(toFile: news + "/b-kazakh.txt", atomically: true, encoding: .utf8)
        try "Товарооборот России и Узбекистана в 2024 году составил $11 млрд."
            .write(toFile: news + "/week2/c-uz.txt", atomically: true, encoding: .utf8)
        let db = folder.file("econ.sqlite")

        let first = try cli.run(["import", "article", news, "--recursive", "--db", db])
        #expect(first.status == 65)
        #expect(first.stdout.contains("a-seed.txt: 6 figures (6 new, 0 unchanged, 0 revised, 0 to review)"), "\(first.stdout)")
        #expect(first.stdout.contains("c-uz.txt: 1 figure (1 new"))
        #expect(first.stdout.contains("2 articles imported, 1 refused; figures: 7 new, 0 unchanged, 0 revised, 0 to review"))
        #expect(first.stderr.contains("b-kazakh.txt: the text looks like Kazakh"), "\(first.stderr)")
        #expect(first.stderr.contains("1 of 3 articles were refused"))

        // A list of paths on standard input; the same articles again change nothing.
        let again = try cli.run(
            ["import", "article", "-", "--db", db, "--format", "json"], input: "\(news)/a-seed.txt\n\(news)/week2/c-uz.txt\n")
        #expect(again.status == 0, "\(again.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["unchanged"] as? Int == 7 && summary["new"] as? Int == 0 && summary["refused"] as? Int == 0)
        #expect((json["articles"] as? [[String: Any]])?.count == 2)

        // --lang ru reads the Kazakh text as Russian (its figure goes to review: no Russian words to place it).
        let forced = try cli.run(["import", "article", news + "/b-kazakh.txt", "--lang", "ru", "--db", db])
        #expect(forced.status == 0, "\(forced.stderr)")
        let missing = try cli.run(["import", "article", folder.file("nowhere"), news, "--db", db])
        #expect(missing.status == 66)
    }

    @Test func aSavedWebPageIsReadAsItsArticle() throws {
        let folder = try TemporaryFolder()
        let page = folder.file("page.html")
        try """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Торговля</title>
        <meta property="article:published_time" content="2025-06-02T10:00:00Z"></head>
        <body><nav>Главная · Экономика</nav><article><h1>Товарооборот вырос</h1>
        <p>Товарооборот России и Узбекистана в 2024&nbsp;году составил $11&nbsp;млрд.</p></article>
        <div class="share">Печать</div></body></html>
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let extracted = try cli.run(["extract", page, "--format", "json"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(
            extracted.stdout.contains("\"period\" : \"2024\"") || extracted.stdout.contains("\"period\": \"2024\""), "\(extracted.stdout)")
        let imported = try cli.run(["import", "article", page, "--db", folder.file("econ.sqlite")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("ru_uz.trade_turnover"), "\(imported.stdout)")
        #expect(imported.stdout.contains("published 2025-06-02T10:00:00Z"))
    }
}

extension ArticleCommandTests {
    @Test func showSourcesListsEveryOutletThatReportedAFigure() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        #expect(try cli.run(["import", "article", seed, "--db", db]).status == 0)
        let sentence = "Российский бизнес инвестировал в Казахстан более $26 млрд, из них примерно $4 млрд — в 2024 году."
        let other = folder.file("kursiv.txt")
        try ("Как сообщил министр, " + sentence).write(toFile: other, atomically: true, encoding: .utf8)
        try #"{"source": "Kursiv", "published": "2025-11-12", "url": "https://kursiv.media/news/1", "title": "Инвестиции"}"#.write(
            toFile: folder.file("kursiv.json"), atomically: true, encoding: .utf8)
        let second = try cli.run(["import", "article", other, "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("another-source"), "\(second.stdout)")
        let shown = try cli.run(["show", "ru_kz.investment.yearly", "--sources", "--format", "csv", "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(shown.stdout)")
        #expect(lines.first == "series,period,first,published,source,title,url,document,sentence,start,end")
        #expect(lines.last?.contains("Kursiv") == true && lines.last?.contains("kursiv.media/news/1") == true)
        #expect(lines.last?.contains(",false,2025-11-12,") == true, "\(lines.last ?? "")")
        let table = try cli.run(["show", "ru_kz.investment.yearly", "--sources", "--db", db])
        #expect(table.stdout.contains("first") && table.stdout.contains("also"))
        #expect(try cli.run(["show", "ru_kz.investment.yearly", "--sources", "--revisions", "--db", db]).status == 64)
        // The batch summary counts it.
        let folderImport = try cli.run(["import", "article", folder.path, "--db", db])
        #expect(folderImport.stdout.contains("0 new"), "\(folderImport.stdout)")
    }
}

extension ArticleCommandTests {
    @Test func englishIsReadAsEnglishAndOtherLanguagesAreRefused() throws {
        let sentence = "Russian companies have invested more than $26 billion in Kazakhstan, about $4 billion of it in 2024."
        let extracted = try cli.run(["extract", "-", "--published", "2025-11", "--format", "json"], input: sentence)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stdout.contains("26000000000") && extracted.stdout.contains("\"more-than\""))
        #expect(extracted.stdout.contains("4000000000") && extracted.stdout.contains("\"approx\""))
        // Forced Russian reads "1,250 million" the Russian way.
        let grouped = try cli.run(["extract", "-", "--lang", "ru", "--format", "json"], input: "Exports reached $1,250 million.")
        #expect(grouped.stdout.contains("1250000") && !grouped.stdout.contains("1250000000"))

        let folder = try TemporaryFolder()
        let db = folder.file("econ.sqlite")
        let english = folder.file("en.txt")
        try sentence.write(toFile: english, atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", "article", english, "--published", "2025-11", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("ru_kz.investment.cumulative") && imported.stdout.contains("ru_kz.investment.yearly"))
        let german = folder.file("de.txt")
        try "Russische Unternehmen haben mehr als 26 Milliarden Dollar in Kasachstan investiert, davon etwa 4 Milliarden im Jahr 2024."
            .write(toFile: german, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", "article", german, "--db", db])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("de.txt") && refused.stderr.contains("not Russian or English"))
    }
}
