import EconTestSupport
import EconExtract
import EconModel
import Foundation
import Testing

/// The extractor under random and mutated text: it never crashes, and every offset it reports lies
/// inside the text and names exactly the surface (and sentence) it reports, in Unicode scalars.
struct FuzzExtractorTests {
    /// Real sentences of the corpus, the seeds the mutations start from.
    static let sentences: [String] = {
        let files = ["news-sentences.tsv", "news-sentences-kazakh.tsv", "news-sentences-holdout.tsv"]
        let lines = files.flatMap { file in
            ((try? RepositoryFile.text("Tests/EconExtractTests/Corpus/" + file)) ?? "").split(separator: "\n")
        }
        return lines.filter { !$0.hasPrefix("#") }.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return columns.count > 1 ? String(columns[1]) : nil
        }
    }()

    /// Words and marks the grammar reacts to, and some it should shrug off.
    static let pieces = [
        "более", "свыше", "около", "примерно", "от", "до", "не менее", "почти", "$", "€", "₽", "₸", "млрд", "млн", "тыс.", "трлн",
        "долларов", "рублей", "тенге", "евро", "проектов", "рабочих мест", "в", "2024", "году", "за", "январе", "–", "—", "-", "−",
        "ноября", "11-12", "%", ",", ".", ";", "(", ")", "«", "»", "из них", "1", "17", "26", "56,6", "4", "64", "000", "999999999999",
        "1e400", " ", " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\n", "\r\n", "\u{2028}", "\u{0301}", "\u{200B}", "\u{FEFF}", "🇰🇿",
        "году.", "Казахстан", "России", "инвестиции", "товарооборот", "составил", "СНГ+", "$4 млрд", "₽1", "0,", ",5",
    ]

    static func checkOffsets(_ text: String, published: PublicationTime?, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String? {
            guard 0 <= a, a <= b, b <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            return String(view)
        }
        let result = Extractor().extract(text, published: published)
        for (i, f) in result.figures.enumerated() {
            #expect(slice(f.start, f.end) == f.surface, "figure \(i) of \(text.debugDescription)", sourceLocation: sourceLocation)
            #expect(
                slice(f.sentenceStart, f.sentenceEnd) == f.sentence, "sentence \(i) of \(text.debugDescription)",
                sourceLocation: sourceLocation)
            #expect(f.sentenceStart <= f.start && f.end <= f.sentenceEnd, "\(text.debugDescription)", sourceLocation: sourceLocation)
            for x in [f.value, f.low, f.high].compactMap({ $0 }) {
                #expect(x.isFinite, "\(text.debugDescription)", sourceLocation: sourceLocation)
            }
            for link in [f.partOf, f.sameAs].compactMap({ $0 }) {
                #expect(result.figures.indices.contains(link), "\(text.debugDescription)", sourceLocation: sourceLocation)
            }
        }
        for a in result.annotations {
            #expect(slice(a.start, a.end) == a.text, "annotation of \(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test func randomTextFromTheGrammarsWords() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        let published = try? PublicationTime(parsing: "2025-11")
        for _ in 0..<FuzzRandom.budget(400) {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &random) {
                text += Self.pieces.randomElement(using: &random) ?? ""
                if Bool.random(using: &random) { text += " " }
            }
            Self.checkOffsets(text, published: Bool.random(using: &random) ? published : nil)
        }
    }

    @Test func mutatedRealSentences() throws {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        try #require(Self.sentences.count > 50)
        let published = try PublicationTime(parsing: "2025-11-10")
        for _ in 0..<FuzzRandom.budget(300) {
            var scalars = Array((Self.sentences.randomElement(using: &random) ?? "").unicodeScalars)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let at = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: scalars.insert(random.scalar(), at: at)
                case 1:
                    if at < scalars.count { scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...8, using: &random))) }
                case 2: if at < scalars.count { scalars.insert(contentsOf: scalars[at..<min(scalars.count, at + 12)], at: at) }
                case 3: scalars.insert(contentsOf: (Self.pieces.randomElement(using: &random) ?? "").unicodeScalars, at: at)
                default:
                    let other = Array((Self.sentences.randomElement(using: &random) ?? "").unicodeScalars)
                    scalars.insert(contentsOf: other.prefix(Int.random(in: 0...other.count, using: &random)), at: at)
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            Self.checkOffsets(String(view), published: published)
        }
    }

    @Test func randomBytesDecodeOrAreRefusedWithTheFirstBadOffset() {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        for _ in 0..<FuzzRandom.budget(300) {
            var bytes = Array((Self.sentences.randomElement(using: &random) ?? "").utf8)
            for _ in 0..<Int.random(in: 0...3, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            do {
                let result = try Extractor().extract(utf8: bytes, published: nil)
                #expect(String(validating: bytes, as: UTF8.self) != nil)
                _ = result
            } catch {
                #expect(String(validating: bytes, as: UTF8.self) == nil)
            }
        }
    }

    @Test func theSeedArticleSurvivesEveryCut() throws {
        // Every prefix of the seed article at a scalar boundary, in steps: a text cut anywhere.
        let text = try RepositoryFile.text("data/articles/2025-11-tokayev-visit.ru.txt")
        let scalars = Array(text.unicodeScalars)
        for end in stride(from: 0, through: scalars.count, by: max(1, scalars.count / FuzzRandom.budget(40))) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<end])
            Self.checkOffsets(String(view), published: try PublicationTime(parsing: "2025-11"))
        }
    }
}
