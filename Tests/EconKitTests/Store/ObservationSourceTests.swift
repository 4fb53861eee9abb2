import EconKit
import Foundation
import Testing

/// One figure reported by many outlets stays one figure with many sources (issue 17).
struct ObservationSourceTests {
    static let sentence = "Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов."

    /// Imports `text` as an article from `outlet`, published on `date`.
    static func report(
        _ text: String, outlet: String, date: String, url: String? = nil, into store: Store, folder: TemporaryFolder,
        reread: Bool = false
    ) throws -> ArticleImport.Report {
        let name = outlet.lowercased().filter(\.isLetter)
        let path = try folder.write("\(name)-\(date).txt", text)
        var sidecar = #"{"source": "\#(outlet)", "published": "\#(date)", "title": "\#(outlet) on trade""#
        if let url { sidecar += #", "url": "\#(url)""# }
        _ = try folder.write("\(name)-\(date).json", sidecar + "}")
        var article = ArticleImport(path: path, rules: try ClassificationRules.default())
        article.reread = reread
        return try article.run(into: store)
    }

    static func outcomes(_ report: ArticleImport.Report) -> [String] {
        report.figures.map {
            if case .stored(_, let outcome) = $0.outcome { outcome.rawValue } else { "\($0.outcome)" }
        }
    }

    @Test(arguments: TestEngine.all)
    func theSameFigureFromThreeOutletsIsOneObservationWithThreeSources(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let first = try Self.report(
            Self.sentence, outlet: "TASS", date: "2025-02-10", url: "https://tass.ru/1", into: store, folder: folder)
        #expect(Self.outcomes(first) == ["new"])
        let code = try #require(first.figures.first.flatMap { if case .stored(let s, _) = $0.outcome { s } else { nil } })
        let second = try Self.report(
            "По данным ведомства, " + Self.sentence.prefix(1).lowercased() + Self.sentence.dropFirst(), outlet: "Kazinform",
            date: "2025-02-11", into: store, folder: folder)
        let third = try Self.report(Self.sentence + " Это рекорд.", outlet: "Kursiv", date: "2025-02-12", into: store, folder: folder)
        #expect(Self.outcomes(second) == ["another-source"])
        #expect(Self.outcomes(third) == ["another-source"])

        let revisions = try store.revisions(code)
        #expect(revisions.count == 1)
        #expect(revisions.first?.published == "2025-02-10")
        let sources = try store.sources(code)
        #expect(sources.map(\.source) == ["TASS", "Kazinform", "Kursiv"])
        #expect(sources.map(\.isFirst) == [true, false, false])
        #expect(sources.map(\.published) == ["2025-02-10", "2025-02-11", "2025-02-12"])
        #expect(sources.first?.url == "https://tass.ru/1")
        #expect(sources.allSatisfy { $0.sentence?.contains("28,7 млрд") == true })

        // Again: nothing changes, not even the sources — whether the article is known as read the
        // same way, or read again.
        let again = try Self.report(Self.sentence + " Это рекорд.", outlet: "Kursiv", date: "2025-02-12", into: store, folder: folder)
        #expect(again.alreadyRead == ArticleImport.AlreadyRead(stored: 1, inReview: 0))
        let reread = try Self.report(
            Self.sentence + " Это рекорд.", outlet: "Kursiv", date: "2025-02-12", into: store, folder: folder, reread: true)
        #expect(Self.outcomes(reread) == ["unchanged"])
        #expect(try store.sources(code).count == 3)
    }

    @Test(arguments: TestEngine.all)
    func anEarlierReportArrivingLaterBecomesTheFirstAndTheFigureItsPublicationTime(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let late = try Self.report(Self.sentence, outlet: "Kursiv", date: "2025-02-12", into: store, folder: folder)
        let code = try #require(late.figures.first.flatMap { if case .stored(let s, _) = $0.outcome { s } else { nil } })
        let early = try Self.report(Self.sentence + " Рекорд.", outlet: "TASS", date: "2025-02-10", into: store, folder: folder)
        #expect(Self.outcomes(early) == ["another-source"])
        let revisions = try store.revisions(code)
        #expect(revisions.map(\.published) == ["2025-02-10"])
        #expect(revisions.first?.source == "TASS")
        #expect(try store.sources(code).map(\.source) == ["TASS", "Kursiv"])
        // As of the 11th only TASS had reported it.
        let asOf = try PublicationTime(parsing: "2025-02-11")
        #expect(try store.sources(code, asOf: asOf).map(\.source) == ["TASS"])
        #expect(try store.observations(code, asOf: asOf).count == 1)
    }

    @Test(arguments: TestEngine.all)
    func aDifferentFigureForTheSamePeriodStaysARevisionAndCheckStillSeesTheConflict(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        let first = try Self.report(Self.sentence, outlet: "TASS", date: "2025-02-10", into: store, folder: folder)
        let code = try #require(first.figures.first.flatMap { if case .stored(let s, _) = $0.outcome { s } else { nil } })
        let other = try Self.report(
            "Товарооборот России и Казахстана в 2024 году составил 27,5 млрд долларов.", outlet: "Kursiv", date: "2025-02-11",
            into: store, folder: folder)
        #expect(Self.outcomes(other) == ["revision"])
        #expect(try store.revisions(code).count == 2)
        #expect(try store.sources(code).map(\.source) == ["Kursiv"])
        let findings = try ConsistencyCheck().run(on: store, series: try store.allSeries())
        #expect(!findings.isEmpty, "a revision by another source is a conflict to report")

        // The first figure again, from a third outlet after the revision: a report of the figure in force then, the revision.
        let third = try Self.report(Self.sentence, outlet: "Interfax", date: "2025-02-12", into: store, folder: folder)
        #expect(Self.outcomes(third) == ["revision"])
    }

    @Test(arguments: TestEngine.all)
    func exportWithSentencesCountsTheReportsAndCopyKeepsThem(engine: TestEngine) throws {
        let folder = try TemporaryFolder()
        let store = try engine.store()
        _ = try Self.report(Self.sentence, outlet: "TASS", date: "2025-02-10", into: store, folder: folder)
        _ = try Self.report(Self.sentence + " Рекорд.", outlet: "Kursiv", date: "2025-02-12", into: store, folder: folder)
        var options = ExportOptions()
        options.sentences = true
        let csv = try exported(store, .all, options)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(",sentence,reports") == true)
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix(",2") == true, "\(lines.last ?? "")")

        let copy = try TestEngine.sqlite.store()
        let report = try copy.copy(from: store)
        #expect(report.tables.first { $0.name == "observation_source" }?.destination == 1)
        let code = try #require(try copy.allSeries().first?.code)
        #expect(try copy.sources(code).map { $0.source } == ["TASS", "Kursiv"])
        #expect(try copy.documents().allSatisfy { $0.text?.contains("28,7 млрд") == true })
    }
}
