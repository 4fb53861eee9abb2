import EconExtract
import Testing

struct JSONOutputTests {
    @Test func aRangeHasANullValueAndBothBounds() {
        let json = Extractor().extract("Инвестиции составят $60–70 млрд.", published: nil).json.rendered()
        #expect(json.contains("\"value\":null,\"low\":60000000000,\"high\":70000000000,\"unit\":\"USD\",\"qualifier\":\"range\""))
    }

    @Test func anUpperBoundFillsHigh() {
        let json = Extractor().extract("Кредит в размере до 5 млн тенге.", published: nil).json.rendered()
        #expect(json.contains("\"value\":5000000,\"low\":null,\"high\":5000000,\"unit\":\"KZT\",\"qualifier\":\"at-most\""))
    }

    @Test func numbersAreShortestRoundTripWithoutExponent() {
        let json = Extractor().extract("Доходы — 39 трлн 533,7 млрд рублей, рост 7,5%.", published: nil).json.rendered()
        #expect(json.contains("\"value\":39533700000000,"))
        #expect(json.contains("\"value\":7.5,"))
    }

    @Test func theSameTextGivesByteIdenticalJSON() throws {
        let text = try RepositoryFile.text("data/articles/2025-11-tokayev-visit.ru.txt")
        let published = try PublicationTime(parsing: "2025-11")
        let a = Extractor().extract(text, published: published).json.rendered(pretty: true)
        let b = Extractor().extract(text, published: published).json.rendered(pretty: true)
        #expect(a == b)
    }

    @Test func emptyTextGivesEmptyLists() {
        #expect(Extractor().extract("", published: nil).json.rendered() == "{\"figures\":[],\"annotations\":[]}")
    }

    @Test func indicatorsNameWhatTheFigureMeasures() {
        let f = Extractor().extract("Товарооборот составил $28 млрд, инвестиции — $5 млрд, создано 500 рабочих мест.", published: nil)
            .figures
        #expect(f.map(\.indicator) == ["trade_turnover", "investment", "jobs"])
    }
}
