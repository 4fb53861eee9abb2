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
}
