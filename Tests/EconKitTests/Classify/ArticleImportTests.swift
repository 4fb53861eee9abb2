import EconKit
import Foundation
import Testing

/// The seed article, as shipped in `data/articles/`, end to end through the store.
struct ArticleImportTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/articles").path
    static let seed = articles + "/2025-11-tokayev-visit.ru.txt"

    func importSeed(into store: Store, dryRun: Bool = false) throws -> ArticleImport.Report {
        try ArticleImport(path: Self.seed, rules: try ClassificationRules.default(), dryRun: dryRun).run(into: store)
    }

    @Test(arguments: TestEngine.all) func seedArticleYieldsTheSixFiguresOfTheDesignInSixSeries(engine: TestEngine) throws {
        let store = try engine.store()
        let report = try importSeed(into: store)
        #expect(report.document.published?.text == "2025-11")
        #expect(report.document.source == "Политическая экспертная группа")
        let expected: [(String, String, Double, Qualifier, String)] = [
            ("kz_us.agreements.value", "2025-11-06", 17e9, .moreThan, "USD"),
            ("ru_kz.investment.cumulative", "2025-11", 26e9, .moreThan, "USD"),
            ("ru_kz.investment.yearly", "2024", 4e9, .approx, "USD"),
            ("ru_kz.joint_projects.count", "2025-11", 175, .exact, "projects"),
            ("ru_kz.joint_projects.value", "2025-11", 56.6e9, .exact, "USD"),
            ("ru_kz.joint_projects.jobs", "2025-11", 64_000, .moreThan, "jobs"),
        ]
        #expect(try store.allSeries().count == 6)
        for (code, period, value, qualifier, unit) in expected {
            let series = try #require(try store.series(code), "\(code)")
            #expect(series.unit == unit)
            let observations = try store.observations(code)
            #expect(observations.count == 1, "\(code)")
            let o = try #require(observations.first)
            #expect(o.period.description == period, "\(code)")
            #expect(o.amount?.value == value, "\(code)")
            #expect(o.amount?.qualifier == qualifier, "\(code)")
            #expect(o.published == "2025-11")
            #expect(o.document == "2025-11-tokayev-visit.ru.txt")
            // Provenance: the offsets point at the figure inside its sentence, in the shipped text.
            let text = Array(try String(contentsOfFile: Self.seed, encoding: .utf8).unicodeScalars)
            let start = try #require(o.start), end = try #require(o.end)
            let surface = String(String.UnicodeScalarView(text[start..<end]))
            #expect(o.sentence?.contains(surface) == true, "\(code): \(surface)")
        }
        #expect(try store.series("ru_kz.investment.cumulative")?.measure == .stock)
        #expect(try store.series("ru_kz.investment.cumulative")?.accumulates == "ru_kz.investment.yearly")
        #expect(try store.series("ru_kz.investment.yearly")?.measure == .flow)
        #expect(
            try store.observations("ru_kz.investment.cumulative").first?.sentence?.hasPrefix("Российский бизнес инвестировал в Казахстан")
                == true)
        let annotations = try store.annotations("ru_kz.investment.yearly")
        #expect(annotations.map(\.period?.description) == ["2025"])
        #expect(annotations.first?.text == "Текущая динамика указывает на продолжение позитивного тренда в 2025 году.")
        #expect(try store.reviewItems().isEmpty)
    }

    @Test(arguments: TestEngine.all) func importingTheSameArticleTwiceChangesNothing(engine: TestEngine) throws {
        let store = try engine.store()
        _ = try importSeed(into: store)
        let again = try importSeed(into: store)
        for result in again.figures {
            guard case .stored(_, let outcome) = result.outcome else { Issue.record("not stored: \(result.figure.surface)"); continue }
            #expect(outcome == .unchanged)
        }
        #expect(again.annotations.allSatisfy { !$0.isNew })
        #expect(try store.revisions("ru_kz.investment.cumulative").count == 1)
        #expect(try store.documents().count == 1)
    }

    @Test(arguments: TestEngine.all) func dryRunWritesNothing(engine: TestEngine) throws {
        let store = try engine.store()
        let report = try importSeed(into: store, dryRun: true)
        #expect(report.figures.count == 6)
        #expect(try store.allSeries().isEmpty)
        #expect(try store.documents().isEmpty)
    }

    @Test(arguments: TestEngine.all) func aFigureWithAnUnknownIndicatorGoesToReviewOnce(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("oil.txt", "Экспорт нефти из Казахстана в Китай вырос до 5 млн тонн.\n")
        let store = try engine.store()
        let rules = try ClassificationRules.default()
        let report = try ArticleImport(path: path, rules: rules, published: .t("2025-10")).run(into: store)
        guard case .review(let reason, let isNew)? = report.figures.first?.outcome else {
            Issue.record("expected review, got \(String(describing: report.figures.first?.outcome))")
            return
        }
        #expect(isNew)
        #expect(reason.contains("one group of goods or services («нефт»), not all exports"))
        _ = try ArticleImport(path: path, rules: rules, published: .t("2025-10")).run(into: store)
        let items = try store.reviewItems()
        #expect(items.count == 1)
        #expect(items.first?.surface.contains("5 млн тонн") == true)
        #expect(try store.allSeries().isEmpty)
    }

    @Test(arguments: TestEngine.all) func reviewItemsAreAssignedToExistingSeriesOnlyOrDismissed(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "oil.txt", "Экспорт нефти из Казахстана в Китай вырос до 5 млн тонн. Импорт составил около 2 млн тонн.\n")
        let store = try engine.store()
        _ = try ArticleImport(path: path, rules: try ClassificationRules.default(), published: .t("2025-10"), source: "test").run(
            into: store)
        let items = try store.reviewItems()
        #expect(items.count == 2)
        #expect(throws: SeriesError.unknown("kz_cn.oil_exports")) { try store.assignReviewItem(items[0].id, to: "kz_cn.oil_exports") }
        try store.addSeries(Series(code: "kz_cn.oil_exports", measure: .flow, unit: "t", frequency: .irregular))
        #expect(try store.assignReviewItem(items[0].id, to: "kz_cn.oil_exports") == .new)
        let stored = try store.observations("kz_cn.oil_exports")
        #expect(stored.first?.amount?.value == 5e6)
        #expect(stored.first?.document == "oil.txt")
        try store.dismissReviewItem(items[1].id)
        #expect(try store.reviewItems().isEmpty)
        #expect(try store.reviewItems(includeDone: true).map(\.status) == ["assigned", "dismissed"])
        #expect(throws: ReviewError.notPending(items[1].id, status: "dismissed")) { try store.dismissReviewItem(items[1].id) }
    }

    @Test(arguments: TestEngine.all) func userRulesExtendTheDefaults(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let rulesPath = try folder.write(
            "rules.json",
            """
            {
              "areas": [], "indicators": [{"name": "oil_exports", "patterns": ["экспорт нефти"]}], "unit_indicators": {},
              "stock_cues": [], "flow_cues": [], "target_prepositions": [],
              "series": [{"indicator": "oil_exports", "unit": "t", "area": "KZ", "counterpart": "CN",
                "series": {"code": "kz_cn.oil_exports", "measure": "flow", "unit": "t", "frequency": "irregular", "title_en": "Kazakh oil exports to China"}}]
            }
            """)
        let rules = try ClassificationRules.resolve(userFile: rulesPath)
        let path = try folder.write("oil.txt", "Экспорт нефти из Казахстана в Китай вырос до 5 млн тонн.\n")
        let store = try engine.store()
        let report = try ArticleImport(path: path, rules: rules, published: .t("2025-10")).run(into: store)
        #expect(report.figures.first?.outcome == .stored(series: "kz_cn.oil_exports", .new))
        #expect(try store.series("kz_cn.oil_exports")?.titleEn == "Kazakh oil exports to China")
        // The defaults are still there.
        #expect(rules.definition(of: "ru_kz.investment.cumulative") != nil)
        #expect(!rules.families.isEmpty)
    }

    @Test func aBadRulesFileSaysWhereAsTheFileWritesIt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("rules.json", #"{"aid_cues": 5, "families": [{"indicator": 3}]}"#)
        #expect {
            try ClassificationRules.load(path: path)
        } throws: { error in
            String(describing: error).contains("not a valid rules file: at aid_cues:")
        }
        let nested = try folder.write("nested.json", #"{"families": [{"indicator": 3}]}"#)
        #expect {
            try ClassificationRules.load(path: nested)
        } throws: { error in
            String(describing: error).contains("at families[0].indicator:")
        }
    }

    @Test func bundledRulesAgreeWithTheBundledSeriesDefinitions() throws {
        let catalog = try SeriesCatalog(path: Self.articles + "/../series.json")
        let known = try ClassificationRules.default().knownSeries
        #expect(known.count >= 14)
        for definition in known {
            guard let defined = catalog.series.first(where: { $0.code == definition.code }) else { continue }
            #expect(defined == definition.series, "\(definition.code)")
        }
    }
}
