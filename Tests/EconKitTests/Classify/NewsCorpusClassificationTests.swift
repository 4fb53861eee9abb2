import EconKit
import Foundation
import Testing

/// The classifier against real news articles (`Corpus/articles`, each with its source page), every
/// figure labelled by hand with its series (`Corpus/labels.tsv`), scored as issue 15 asks: per
/// article, figures in the right series, in a wrong series and in review. Articles marked `holdout`
/// were set aside before the rules were tuned on the others.
struct NewsCorpusClassificationTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    struct Article {
        var id: String
        var set: String
        var site: String
        var pair: String
        var published: PublicationTime?
        var title: String?
        var text: String
    }

    struct Label {
        var family: String
        var series: String
        var note = ""
        /// The extractor got the figure's value, unit, qualifier or period wrong.
        var extractorError = false
    }

    static func articles() throws -> [Article] {
        let folder = corpus.appendingPathComponent("articles")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map { name in
            let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard let split = raw.range(of: "\n\n") else { throw CorpusError.malformed(name) }
            var header: [String: String] = [:]
            for line in raw[..<split.lowerBound].split(separator: "\n") where line.hasPrefix("# ") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                header[String(line.dropFirst(2)[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let published = header["published"].flatMap { $0 == "unknown" ? nil : try? PublicationTime(parsing: $0) }
            return Article(
                id: String(name.dropLast(4)), set: header["set"] ?? "?", site: header["site"] ?? "?", pair: header["pair"] ?? "?",
                published: published, title: header["title"].flatMap { $0 == "unknown" ? nil : $0 },
                text: String(raw[split.upperBound...]))
        }
    }

    enum CorpusError: Error { case malformed(String) }

    /// Labels by article, surface and occurrence; the extractor's own misses are left out.
    static func labels() throws -> [String: Label] {
        let text = try String(contentsOf: corpus.appendingPathComponent("labels.tsv"), encoding: .utf8)
        var labels: [String: Label] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 5 else { continue }
            let key = "\(c[0])\t\(c[1])\t\(c[2])"
            if c.count > 5, c[5].hasPrefix("extractor:") {
                labels[key]?.extractorError = true
                continue
            }
            labels[key] = Label(family: c[3], series: c[4], note: c.count > 5 ? c[5] : "")
        }
        return labels
    }

    struct Score: CustomStringConvertible {
        /// Investment, trade, project and agreement figures that have a series.
        var placeable = 0, right = 0, wrong = 0, inReview = 0
        /// Figures that must go to review, and how many did.
        var mustReview = 0, reviewed = 0
        /// Figures with a series whose page gives no date, so that they have no period and cannot be
        /// stored anywhere (review says so); counted apart from the classifier's own score.
        var undated = 0
        /// Figures the extractor got wrong, and how many of those were placed in a series other than the label's.
        var misread = 0, misreadPlaced = 0
        var wrongs: [String] = []
        var misses: [String] = []

        mutating func add(_ other: Score) {
            placeable += other.placeable
            right += other.right
            wrong += other.wrong
            inReview += other.inReview
            mustReview += other.mustReview
            reviewed += other.reviewed
            undated += other.undated
            misread += other.misread
            misreadPlaced += other.misreadPlaced
            wrongs += other.wrongs
            misses += other.misses
        }

        var rightShare: Double { placeable == 0 ? 1 : Double(right) / Double(placeable) }

        var description: String {
            "right \(right)/\(placeable) (\(Int((rightShare * 100).rounded())) %), wrong \(wrong), in review \(inReview); other figures in review \(reviewed)/\(mustReview); undated \(undated); misread by the extractor \(misread) (\(misreadPlaced) of them placed elsewhere than labelled)"
        }
    }

    static func score(_ article: Article, labels: [String: Label], classifier: Classifier) -> Score {
        // English articles are read as English, as `econ import article` reads them.
        let extraction = Extractor(language: TextLanguage.detect(article.text).readAs ?? .russian).extract(
            article.text, published: article.published)
        let placements = classifier.place(extraction, text: article.text, title: article.title, published: article.published)
        var seen: [String: Int] = [:]
        var score = Score()
        for (figure, placement) in zip(extraction.figures, placements) {
            seen[figure.surface, default: 0] += 1
            let label = labels["\(article.id)\t\(figure.surface)\t\(seen[figure.surface]!)"] ?? Label(family: "other", series: "review")
            var placed: String?
            if case .series(let code) = placement.decision { placed = code }
            // A figure told again (a headline's rounding of the body's figure) is stored once, as
            // the figure it restates: it is in that figure's series — wrongly so when its label
            // says review for another reason than being a restatement.
            if case .restatement(let main) = placement.decision, !label.note.hasPrefix("restatement"), placements.indices.contains(main),
                case .series(let code) = placements[main].decision
            {
                placed = code
            }
            let at = "\(article.id) «\(figure.surface)»"
            if label.extractorError {
                score.misread += 1
                if let placed, placed != label.series { score.misreadPlaced += 1 }
            } else if label.series == "review" {
                score.mustReview += 1
                if let placed {
                    score.wrong += 1
                    score.wrongs.append("\(at): placed in \(placed), label review")
                } else {
                    score.reviewed += 1
                }
            } else if figure.period == nil && placed == nil {
                score.undated += 1
            } else {
                score.placeable += 1
                if placed == label.series {
                    score.right += 1
                } else if let placed {
                    score.wrong += 1
                    score.wrongs.append("\(at): placed in \(placed), label \(label.series)")
                } else {
                    score.inReview += 1
                    if case .review(let reason) = placement.decision { score.misses.append("\(at) → \(label.series): \(reason)") }
                }
            }
        }
        return score
    }

    @Test func articlesFromManySitesAndPairsAreLabelled() throws {
        let articles = try Self.articles()
        #expect(articles.count >= 30)
        #expect(Set(articles.map(\.site)).count >= 15)
        #expect(Set(articles.map(\.pair)).count >= 12)
        #expect(articles.filter { $0.set == "holdout" }.count >= 10)
        #expect(try Self.labels().count >= 200)
    }

    /// Floors under today's scores, so that a change that places fewer figures, or any in a wrong
    /// series, fails. Issue 15's goal is 90 % right and none wrong on the held-out articles; where
    /// the scores stand against it is in docs/classification.md.
    static let floors: [String: (right: Double, wrong: Int)] = [
        "tune": (0.75, 0), "holdout": (0.70, 1), "holdout2": (0.82, 0), "holdout3": (0.70, 0),
        "holdout4": (0.80, 0),
        "holdout5": (0.80, 2),
        "holdout6": (0.70, 1),
        "holdout7": (0.72, 0),
        "holdout8": (0.63, 0),
        "holdout9": (0.70, 2),
        "holdout10": (0.70, 3),
        "holdout11": (0.85, 0),
        "holdout12": (0.97, 0),
        "holdout13": (0.80, 0),
        "holdout14": (0.90, 0),
        "holdout15": (0.85, 0),
        "holdout16": (0.40, 1),
        "holdout17": (0.74, 0),
        "holdout18": (0.5, 0),
        "holdout19": (0.75, 4),
        "holdout20": (0.75, 0),
        "holdout21": (0.72, 0),
        "holdout22": (0.52, 0),
        "holdout23": (0.85, 0),
        "holdout24": (0.65, 0),
        "holdout25": (0.70, 0),
        "holdout26": (0.25, 0),
        "holdout27": (0.55, 1),
        "holdout28": (0.8, 0),
        "holdout29": (0.85, 1),
        "holdout30": (0.4, 0),
        "holdout31": (0.65, 0),
        "holdout32": (0.86, 0),
        "holdout33": (0.66, 0),
        "holdout34": (0.58, 0),
        "holdout35": (0.6, 3),
        "holdout36": (0.81, 0),
        "holdout37": (0.91, 0),
        "holdout38": (0.84, 0),
        "holdout39": (0.9, 0),
        "holdout40": (0.63, 1),
        "holdout41": (0.83, 0),
        "holdout42": (0.83, 0),
        "holdout43": (0.85, 0),
        "holdout44": (0.42, 0),
        "holdout45": (0.62, 1),
        "holdout46": (0.73, 0),
        "holdout47": (0.42, 0),
        "holdout48": (0.71, 1),
        "holdout49": (0.48, 0),
        "holdout50": (0.76, 1),
        "holdout51": (0.81, 0),
        "holdout52": (0.31, 0),
        "holdout53": (0.53, 0),
        "holdout54": (0.57, 0),
        "holdout55": (0.0, 0),
        "holdout56": (0.57, 1),
        "holdout57": (0.5, 0),
        "holdout58": (0.94, 2),
        "holdout59": (0.5, 1),
        "holdout60": (0.85, 0),
        "holdout61": (0.27, 1),
        "holdout62": (0.36, 3),
    ]

    /// Every set with a floor is scored.
    @Test(arguments: floors.keys.sorted())
    func figuresReachTheirSeriesAndNoneAWrongOne(set: String) throws {
        let classifier = try Classifier(rules: try ClassificationRules.default())
        let labels = try Self.labels()
        var total = Score()
        for article in try Self.articles() where article.set == set {
            let score = Self.score(article, labels: labels, classifier: classifier)
            print("corpus \(set) \(article.id) [\(article.pair), \(article.site)]: \(score)")
            total.add(score)
        }
        print("corpus \(set) total: \(total)")
        for line in total.wrongs { print("corpus \(set) WRONG \(line)") }
        for line in total.misses { print("corpus \(set) review \(line)") }
        let floor = try #require(Self.floors[set])
        #expect(total.wrong <= floor.wrong, "\(total.wrongs.joined(separator: "\n"))")
        #expect(total.rightShare >= floor.right, "\(total)")
    }
}
