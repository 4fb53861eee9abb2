import EconExtract
import Testing

/// Sentence boundaries decide which period a figure gets, so they are tested through periods and
/// the `sentence` field.
struct SentenceTests {
    func sentences(_ text: String) -> [String] {
        Extractor().extract(text, published: nil).figures.map(\.sentence)
    }

    @Test func aFullStopGluedToTheNextSentenceStillEndsIt() {
        #expect(
            sentences("Эксперт рассказал о треке.В 2024 году инвестиции составили $5 млрд.") == [
                "В 2024 году инвестиции составили $5 млрд."
            ])
    }

    @Test func abbreviationsDoNotEndASentence() {
        #expect(
            sentences("В 2024 г. экспорт составил 5 млрд руб. и 3 тыс. т зерна.") == [
                "В 2024 г. экспорт составил 5 млрд руб. и 3 тыс. т зерна.",
                "В 2024 г. экспорт составил 5 млрд руб. и 3 тыс. т зерна.",
            ])
    }

    @Test func aScaleAbbreviationBeforeACapitalEndsTheSentence() {
        #expect(
            sentences("Экспорт составил 5 млрд рублей. Импорт вырос на 3%.") == [
                "Экспорт составил 5 млрд рублей.", "Импорт вырос на 3%.",
            ])
        #expect(sentences("Экспорт составил 5 млрд. Импорт вырос на 3%.") == ["Импорт вырос на 3%."])
    }

    @Test func aPeriodInTheSentenceBeforeCarriesToFiguresThatHaveNone() {
        let f = found("Саммит состоялся 6 ноября. На нем подписаны соглашения на $17 млрд.")
        #expect(f == ["17000000000 USD exact 2025-11-06"])
    }

    @Test func aPeriodDoesNotCarryAcrossParagraphs() {
        let f = found("Саммит состоялся 6 ноября.\nНа нем подписаны соглашения на $17 млрд.")
        #expect(f == ["17000000000 USD exact 2025-11"])
    }
}
