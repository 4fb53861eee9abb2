import EconExtract
import Testing

/// The article the project starts from, as shipped in `data/articles`, must give exactly the six
/// figures of DESIGN.md and the one annotation.
struct SeedArticleTests {
    let extraction: Extraction
    let text: String

    init() throws {
        text = try RepositoryFile.text("data/articles/2025-11-tokayev-visit.ru.txt")
        extraction = Extractor().extract(text, published: try PublicationTime(parsing: "2025-11"))
    }

    @Test func yieldsExactlyTheSixFiguresOfTheDesign() {
        #expect(
            extraction.figures.map(describe) == [
                "17000000000 USD more-than 2025-11-06",
                "26000000000 USD more-than 2025-11",
                "4000000000 USD approx 2024",
                "175 projects exact 2025-11",
                "56600000000 USD exact 2025-11",
                "64000 jobs more-than 2025-11",
            ])
    }

    @Test func fourBillionInTwentyTwentyFourIsPartOfTheCumulativeInvestment() {
        #expect(extraction.figures.map(\.partOf) == [nil, nil, 1, nil, nil, nil])
        #expect(extraction.figures.allSatisfy { $0.sameAs == nil })
    }

    @Test func surfacesAndOffsetsPointIntoTheText() {
        let scalars = Array(text.unicodeScalars)
        #expect(
            extraction.figures.map(\.surface) == [
                "более $17 млрд", "более $26 млрд", "примерно $4 млрд", "175 совместных индустриальных проектов",
                "$56,6 млрд", "свыше 64 тыс. рабочих мест",
            ])
        for f in extraction.figures {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[f.start..<f.end])
            #expect(String(view) == f.surface)
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[f.sentenceStart..<f.sentenceEnd])
            #expect(String(sentence) == f.sentence)
        }
    }

    @Test func boundsCarryTheirLowerEnd() {
        #expect(extraction.figures[0].low == 17e9 && extraction.figures[0].high == nil)
        #expect(extraction.figures[2].low == nil && extraction.figures[2].high == nil)
    }

    @Test func theTrendSentenceIsAnAnnotationForTwentyTwentyFive() {
        #expect(extraction.annotations.count == 1)
        #expect(extraction.annotations.first?.text == "Текущая динамика указывает на продолжение позитивного тренда в 2025 году.")
        #expect(extraction.annotations.first?.period?.description == "2025")
    }

    @Test func jsonHasTheIssueKeysInOrder() {
        guard case .object(let members) = extraction.figures[0].json else {
            Issue.record("figure JSON is not an object")
            return
        }
        #expect(
            Array(members.map(\.0).prefix(13)) == [
                "surface", "start", "end", "sentence", "value", "low", "high", "unit", "qualifier", "period", "indicator",
                "part_of", "same_as",
            ])
        let rendered = extraction.json.rendered()
        #expect(rendered.hasPrefix("{\"figures\":[{\"surface\":\"более $17 млрд\""))
        #expect(rendered.contains("\"part_of\":1"))
    }

    @Test func withoutAPublicationDateLevelsHaveNoPeriod() {
        let undated = Extractor().extract(text, published: nil)
        #expect(
            undated.figures.map(describe) == [
                "17000000000 USD more-than -",
                "26000000000 USD more-than -",
                "4000000000 USD approx 2024",
                "175 projects exact -",
                "56600000000 USD exact -",
                "64000 jobs more-than -",
            ])
    }
}
