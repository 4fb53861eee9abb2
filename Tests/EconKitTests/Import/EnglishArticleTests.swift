import EconKit
import Foundation
import Testing

/// English articles: read in English, placed by the same rules into the same series (issue 17).
struct EnglishArticleTests {
    /// Our own translation of the seed article's two paragraphs with figures.
    static let seed = """
        Tokayev's visit to Moscow: what to expect from the new meeting

        As is known, Tokayev's visit to Moscow comes just a few days after the US–Central Asia summit in Washington held on November 6. Observers and the world media, besides the lofty compliments to Donald Trump ("a great leader sent from heaven"), point to the commercial agreements worth more than $17 billion signed by the leader of Kazakhstan, covering aviation, digital technology and the extraction of mineral resources. The struggle for the natural resources and transport corridors of Central Asia is intensifying, and in this context Kazakhstan's manoeuvring between Russia, China and the US is an objective geopolitical factor.

        The business elites of Russia and Kazakhstan speak the same language, both literally and figuratively. Russian business has invested more than $26 billion in Kazakhstan, about $4 billion of it in 2024. The current dynamics point to the positive trend continuing in 2025. 175 joint industrial projects with a total value of $56.6 billion are being implemented, creating over 64 thousand jobs.

        """
    static let russianSeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/articles/2025-11-tokayev-visit.ru.txt").path

    static func placed(_ report: ArticleImport.Report) -> [String] {
        report.figures.map { result in
            guard case .stored(let series, _) = result.outcome else { return "review" }
            return "\(series) \(result.figure.period?.description ?? "-") \(result.figure.qualifier.rawValue)"
        }
    }

    static func outcomes(_ report: ArticleImport.Report) -> [String] {
        report.figures.map { if case .stored(_, let o) = $0.outcome { o.rawValue } else { "review" } }
    }

    @Test(arguments: TestEngine.all)
    func theEnglishSeedLandsInTheSameSixSeriesAndConfirmsTheRussianOne(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        let english = try folder.write("seed.en.txt", Self.seed)
        let published = try PublicationTime(parsing: "2025-11")
        let russian = try ArticleImport(path: Self.russianSeed, rules: rules).run(into: store)
        let report = try ArticleImport(path: english, rules: rules, published: published, source: "Expert group (English)").run(into: store)
        #expect(report.document.language == "en")
        #expect(Self.placed(report) == Self.placed(russian))
        #expect(
            Self.placed(report) == [
                "kz_us.agreements.value 2025-11-06 more-than", "ru_kz.investment.cumulative 2025-11 more-than",
                "ru_kz.investment.yearly 2024 approx", "ru_kz.joint_projects.count 2025-11 exact",
                "ru_kz.joint_projects.value 2025-11 exact",
                "ru_kz.joint_projects.jobs 2025-11 more-than",
            ])
        // The same six figures from another document: six more sources, no revisions.
        #expect(Self.outcomes(report) == Array(repeating: "another-source", count: 6))
        #expect(try store.sources("ru_kz.investment.yearly").map(\.source) == ["Политическая экспертная группа", "Expert group (English)"])
        #expect(report.annotations.first?.series == "ru_kz.investment.yearly")
    }

    @Test(arguments: TestEngine.all)
    func aLanguageIsForcedOrDeclaredAndOthersAreRefused(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        let english = try folder.write("a.txt", "Trade between Russia and Kazakhstan reached $28 billion in 2024, the ministry said.")
        // --lang decides how numbers are read: "1,250 million" is 1.25 billion in English, 1.25 million in Russian.
        let grouped = try folder.write("g.txt", "Russian exports to Kazakhstan reached $1,250 million in 2024, the ministry said.")
        let asRussian = try ArticleImport(path: grouped, rules: rules, dryRun: true, language: .russian).run(into: store)
        let asDetected = try ArticleImport(path: grouped, rules: rules, dryRun: true).run(into: store)
        #expect(asRussian.figures.map(\.figure.value) == [1_250_000])
        #expect(asDetected.figures.map(\.figure.value) == [1_250_000_000])
        let read = try ArticleImport(path: english, rules: rules).run(into: store)
        #expect(Self.placed(read) == ["ru_kz.trade_turnover 2024 exact"])
        let french = try folder.write("b.txt", "Le commerce entre la Russie et le Kazakhstan a atteint 28 milliards de dollars en 2024.")
        let error = #expect(throws: ImportError.self) { try ArticleImport(path: french, rules: rules).run(into: store) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("not Russian or English"))
        let declared = try folder.write("c.txt", "Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов.")
        _ = try folder.write("c.json", #"{"language": "de"}"#)
        #expect(throws: ImportError.self) { try ArticleImport(path: declared, rules: rules).run(into: store) }
    }
}
