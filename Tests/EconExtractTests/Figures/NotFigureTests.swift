import EconExtract
import Testing

struct NotFigureTests {
    @Test(arguments: [
        "В 2023 году Токаев заявил о новом курсе.",
        "11-12 ноября состоится государственный визит.",
        "Саммит состоялся 6 ноября 2025 года.",
        "Соглашение действует до 2028 года.",
        "Проект реализуют за 5 лет.",
        "Производство выросло в 20 раз.",
        "Производство выросло в 1,5 раза.",
        "Это 5-й по счету форум.",
        "Завод «Арктик СПГ 2» запущен.",
        "Инициатива о формате СНГ+ обсуждалась.",
        "Самолеты Су-35 и Boeing 737 показали на выставке.",
        "Встреча прошла в формате G20.",
        "Дом номер 15 на улице Абая.",
        "Сотни миллионов долларов ушли в офшоры.",
        "Речь идет о миллиардах рублей.",
        "Одна из ключевых точек взаимодействия — транспорт.",
        "В аварии погибли 3 человека.",
        "Закон № 123 принят в 2024 году.",
        "Встреча продлится 3 дня.",
        "Через 10 минут начнется заседание.",
        "Телефон: 8 800 555 35 35.",
        "Приказ от 01.10.2025 вступил в силу.",
    ])
    func findsNoFigure(text: String) {
        #expect(found(text).isEmpty)
    }
}

struct BorrowedUnitTests {
    @Test func aScaledCountOfAnotherNounDoesNotBorrowACurrency() {
        #expect(values("Бюджет города — 5 млрд рублей на 2 млн жителей.") == ["5000000000 RUB exact"])
    }

    @Test func aScaledAmountOfAnIndicatorBorrowsTheCurrencyAfterIt() {
        #expect(
            values("Если раньше мы мечтали о 5 млрд товарооборота, то в прошлом году он достиг $13 млрд.")
                == ["5000000000 USD exact", "13000000000 USD exact"])
    }

    /// The mission's own sentence pair: the part named in the next sentence is in dollars too.
    @Test func aPartNamedInTheNextSentenceTakesTheWholesCurrency() {
        let text = "Российский бизнес вложил в Казахстан более $26 млрд. Из них около 4 млрд пришлось на 2024 год."
        #expect(values(text) == ["26000000000 USD more-than", "4000000000 USD approx"])
        let part = Extractor().extract(text, published: nil).figures.last
        #expect(part?.partOf == 0)
    }

    /// Only a part marker carries a currency across sentences, and only from the sentence just
    /// before, in the same paragraph.
    @Test(arguments: [
        "Российский бизнес вложил в Казахстан более $26 млрд. Экспорт вырос на 5 млрд.",
        "Российский бизнес вложил в Казахстан более $26 млрд. Саммит прошел в Астане. Из них 4 млрд — в 2024 году.",
        "Российский бизнес вложил в Казахстан более $26 млрд.\nИз них 4 млрд — в 2024 году.",
    ])
    func noCurrencyCrossesASentenceWithoutAPartMarker(text: String) {
        #expect(values(text) == ["26000000000 USD more-than"])
    }

    /// A verb after a scaled number says what happened to it, not what it counts.
    @Test func aVerbAfterAScaledAmountIsNotWhatItCounts() {
        #expect(
            values("Инвестиции составили $26 млрд, из них 4 млрд поступило в 2024 году.") == [
                "26000000000 USD exact", "4000000000 USD exact",
            ])
    }
}
