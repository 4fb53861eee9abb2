import EconKit
import Foundation
import Testing

/// Many articles at once, and text econ cannot read refused rather than misread (issue 17).
struct ArticleBatchTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/articles/2025-11-tokayev-visit.ru.txt").path

    static let kazakh =
        "Қазақстан мен Ресей арасындағы тауар айналымы 2024 жылы 28 миллиард долларға жетті. Бұл көрсеткіш өткен жылмен салыстырғанда өсті."
    static let english = "Russian companies have invested more than $26 billion in Kazakhstan, about $4 billion of it in 2024."
    static let german =
        "Russische Unternehmen haben mehr als 26 Milliarden Dollar in Kasachstan investiert, davon etwa 4 Milliarden im Jahr 2024."

    @Test(arguments: [
        ("Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов.", TextLanguage.russian),
        ("Президент Токаев отметил, что «Қазақстан» и Россия — партнёры, а товарооборот вырос до $28 млрд в 2024 году.", .russian),
        (kazakh, .kazakh),
        (english, .english),
        (german, .latin),
        ("俄罗斯与哈萨克斯坦的贸易额在二零二四年达到二百八十七亿美元，两国合作持续深化发展。", .cjk),
        ("Товарообіг України та Казахстану у 2024 році зріс, і це є важливим кроком для обох країн і їхніх партнерів.", .otherCyrillic),
        ("2024: 28,7; 2023: 26,5", .unknown),
    ])
    func languagesAreToldFromTheirLetters(text: String, language: TextLanguage) {
        #expect(TextLanguage.detect(text) == language, "\(text)")
    }

    @Test(arguments: TestEngine.all)
    func aTextThatIsNotRussianIsRefusedAndNothingStoredUnlessForced(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        for text in [Self.kazakh, Self.german] {
            let path = try folder.write("a.txt", text)
            let error = #expect(throws: ImportError.self) { try ArticleImport(path: path, rules: rules).run(into: store) }
            #expect("\(error.map { "\($0)" } ?? "")".contains("not Russian or English"))
            #expect(try store.documents().isEmpty)
        }
        let declared = try folder.write("b.txt", "Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов.")
        _ = try folder.write("b.json", #"{"language": "kk"}"#)
        #expect(throws: ImportError.self) { try ArticleImport(path: declared, rules: rules).run(into: store) }
        let forced = try ArticleImport(path: declared, rules: rules, forceRussian: true).run(into: store)
        #expect(forced.figures.count == 1)
    }

    @Test(arguments: TestEngine.all)
    func aBatchGoesOnPastAnArticleThatFailsAndCountsEverything(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.seed, toPath: folder.file("1-seed.txt"))
        try FileManager.default.copyItem(atPath: ArticleImport.sidecarPath(for: Self.seed), toPath: folder.file("1-seed.json"))
        _ = try folder.write("2-kazakh.txt", Self.kazakh)
        _ = try folder.write("3-notes.md", "not an article")
        _ = try folder.write("sub/4-uz.txt", "Товарооборот России и Узбекистана в 2024 году составил $11 млрд.")

        #expect(
            try ArticleBatch.articlePaths([folder.path], recursive: false).map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["1-seed.txt", "2-kazakh.txt"])
        let paths = try ArticleBatch.articlePaths([folder.path], recursive: true)
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["1-seed.txt", "2-kazakh.txt", "4-uz.txt"])
        #expect(throws: ImportError.missingFile(folder.file("nothing"))) {
            try ArticleBatch.articlePaths([folder.file("nothing")], recursive: false)
        }

        let store = try engine.store()
        let batch = ArticleBatch(paths: paths, template: ArticleImport(path: "", rules: try ClassificationRules.default()))
        var seen: [String] = []
        let first = try batch.run(into: store) { result in
            switch result {
            case .imported(let path, _): seen.append("ok " + URL(fileURLWithPath: path).lastPathComponent)
            case .failed(let path, _): seen.append("failed " + URL(fileURLWithPath: path).lastPathComponent)
            }
        }
        #expect(seen == ["ok 1-seed.txt", "failed 2-kazakh.txt", "ok 4-uz.txt"])
        #expect(first.articles == 2 && first.failed == 1)
        #expect(first.new == 7 && first.unchanged == 0 && first.revisions == 0)
        // The same folder again changes nothing.
        let second = try batch.run(into: store)
        #expect(second.new == 0 && second.unchanged == 7 && second.failed == 1)
        #expect(try store.documents().count == 2)
    }

    /// A batch asks the store only about the articles it held read when the batch began: one read
    /// before is reported as already read; one the batch stores itself and meets again is read
    /// again and changes nothing.
    @Test(arguments: TestEngine.all)
    func aBatchSkipsOnlyTheArticlesTheStoreHeldReadWhenItBegan(engine: TestEngine) throws {
        let template = ArticleImport(path: "", rules: try ClassificationRules.default())
        func reports(_ paths: [String], _ store: Store) throws -> [ArticleImport.Report] {
            var reports: [ArticleImport.Report] = []
            try ArticleBatch(paths: paths, template: template).run(into: store) { result in
                if case .imported(_, let report) = result { reports.append(report) }
            }
            return reports
        }
        let fresh = try engine.store()
        let twice = try reports([Self.seed, Self.seed], fresh)
        #expect(twice.count == 2 && twice.allSatisfy { $0.alreadyRead == nil })
        #expect(twice[1].figures.allSatisfy { if case .stored(_, .new) = $0.outcome { false } else { true } })

        let again = try reports([Self.seed], fresh)
        #expect(again.count == 1 && again[0].alreadyRead != nil && again[0].figures.isEmpty)
    }

    /// An article the store holds read the same way — same text, metadata, rules files and reader —
    /// is not read again, and reports what its reading gave; other rules files, other metadata or
    /// `reread` read it again.
    @Test(arguments: TestEngine.all)
    func anArticleReadTheSameWayIsNotReadAgain(engine: TestEngine) throws {
        let store = try engine.store()
        var article = ArticleImport(path: Self.seed, rules: try ClassificationRules.default())
        let first = try article.run(into: store)
        #expect(first.alreadyRead == nil)
        let stored = first.figures.filter { if case .stored = $0.outcome { true } else { false } }.count
        let review = first.figures.filter { if case .review = $0.outcome { true } else { false } }.count
        #expect(stored == 6)
        let before = try store.revisions("ru_kz.investment.yearly")

        let again = try article.run(into: store)
        #expect(again.alreadyRead == ArticleImport.AlreadyRead(stored: stored, inReview: review))
        #expect(again.figures.isEmpty)
        #expect(try store.revisions("ru_kz.investment.yearly") == before)

        article.reread = true
        let reread = try article.run(into: store)
        #expect(reread.alreadyRead == nil)
        #expect(reread.figures.allSatisfy { if case .stored(_, .unchanged) = $0.outcome { true } else { false } })
        article.reread = false

        let folder = try TemporaryFolder()
        let rulesFile = try folder.write("rules.json", #"{"stock_cues": ["накопленные"]}"#)
        var otherRules = article
        otherRules.rules = try ClassificationRules.resolve(userFile: rulesFile)
        otherRules.classifier = nil
        #expect(try otherRules.run(into: store).alreadyRead == nil, "other rules files read the article again")
        #expect(try otherRules.run(into: store).alreadyRead != nil)

        var otherDate = article
        otherDate.published = try PublicationTime(parsing: "2025-11-07")
        #expect(try otherDate.run(into: store).alreadyRead == nil, "other metadata read the article again")

        // Rules made in code, not read from files, have no digest: such articles are always read.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var inCode = article
        inCode.rules = try decoder.decode(ClassificationRules.self, from: Data(#"{"stock_cues": ["накопленные"]}"#.utf8))
        inCode.classifier = nil
        #expect(inCode.rules.digest == nil)
        _ = try inCode.run(into: store)
        #expect(try inCode.run(into: store).alreadyRead == nil)
    }
}
