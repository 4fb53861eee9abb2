import EconKit
import Foundation
import Testing

/// `Store.copy(from:merge:)` between any two engines: everything arrives, checked, or nothing does.
struct StoreCopyTests {
    /// A store with revisions, a retraction, a document with its sentences, an annotation and a
    /// review item.
    func richStore(_ engine: TestEngine) throws -> Store {
        let store = try exportStore(engine)
        let folder = try TemporaryFolder()
        let article = try folder.write(
            "a.txt",
            "Российский бизнес инвестировал в Казахстан более $26 млрд. Ожидается, что в 2026 году объем достигнет $30 млрд. Некий показатель составил 5 тонн."
        )
        let rules = try ClassificationRules.default()
        _ = try ArticleImport(path: article, rules: rules, published: .t("2025-11-12")).run(into: store)
        return store
    }

    @Test(arguments: TestEngine.all, TestEngine.all)
    func aCopyHasEveryRowAndTheSameAnswers(from: TestEngine, to: TestEngine) throws {
        let source = try richStore(from)
        let destination = try to.store()
        let report = try destination.copy(from: source)
        #expect(report.tables.map(\.name) == ["series", "document", "observation", "observation_source", "annotation", "review_item"])
        for table in report.tables {
            #expect(table.source == table.destination && table.copied == table.source, "\(table.name)")
            #expect(table.sourceChecksum == table.destinationChecksum, "\(table.name)")
        }
        #expect(report.tables.first { $0.name == "review_item" }?.source ?? 0 > 0)
        for series in try source.allSeries() {
            #expect(try destination.revisions(series.code) == source.revisions(series.code), "\(series.code)")
        }
        #expect(try destination.reviewItems(includeDone: true) == source.reviewItems(includeDone: true))
        #expect(try destination.annotations("ru_kz.investment.cumulative") == source.annotations("ru_kz.investment.cumulative"))
        // Rows copied with their ids do not block the ids of rows added later.
        try destination.addSeries(Series(code: "zz.after.copy", measure: .flow, unit: "USD", frequency: .annual))
        #expect(try destination.allSeries().count == source.allSeries().count + 1)
    }

    @Test(arguments: TestEngine.all)
    func aStoreThatHoldsDataIsRefusedUnlessMergedAndAMergeAddsOnlyWhatIsMissing(engine: TestEngine) throws {
        let source = try richStore(.sqlite)
        let destination = try engine.store()
        try destination.addSeries(Series(code: "own.series", measure: .flow, unit: "USD", frequency: .annual))
        #expect(throws: StoreCopyError.self) { try destination.copy(from: source) }
        #expect(try destination.allSeries().map(\.code) == ["own.series"])
        let first = try destination.copy(from: source, merge: true)
        #expect(first.tables.first { $0.name == "series" }?.destination == (try source.allSeries().count) + 1)
        let second = try destination.copy(from: source, merge: true)
        #expect(second.tables.allSatisfy { $0.copied == 0 })
        // A new series added after the copy takes an id of its own.
        try destination.addSeries(Series(code: "zz.later", measure: .flow, unit: "USD", frequency: .annual))
        #expect(try destination.series("zz.later") != nil)
    }
}
