import EconExtract
import Testing

struct QualifierTests {
    @Test(arguments: [
        ("Инвестиции составили более $5 млрд.", "more-than"), ("Инвестиции составили свыше $5 млрд.", "more-than"),
        ("Инвестиции составили больше 5 млрд долларов.", "more-than"), ("Инвестиции составили сверх 5 млрд рублей.", "more-than"),
        ("Инвестиции составили более чем 5 млрд рублей.", "more-than"),
        ("Товарооборот превысил $5 млрд.", "more-than"), ("Товарооборот превышает 5 млрд долларов.", "more-than"),
        ("Товарооборот превысил отметку в $5 млрд.", "more-than"), ("Инвестиции составили 30 с лишним млрд рублей.", "more-than"),
        ("Инвестиции составили $30 млрд с лишним.", "more-than"), ("Инвестиции составили 30 с чем-то млрд рублей.", "more-than"),
        ("Инвестиции составят не менее $5 млрд.", "at-least"), ("Инвестиции составят минимум $5 млрд.", "at-least"),
        ("Инвестиции составят как минимум $5 млрд.", "at-least"), ("Инвестиции составили около $5 млрд.", "approx"),
        ("Инвестиции составили примерно $5 млрд.", "approx"), ("Инвестиции составили порядка $5 млрд.", "approx"),
        ("Инвестиции составили приблизительно $5 млрд.", "approx"), ("Инвестиции составили почти $5 млрд.", "approx"),
        ("Инвестиции составили без малого $5 млрд.", "approx"), ("Товарооборот приближается к $5 млрд.", "approx"),
        ("Товарооборот вплотную приблизился к $5 млрд.", "approx"), ("Инвестиции составили менее $5 млрд.", "less-than"),
        ("Инвестиции составили меньше 5 млрд долларов.", "less-than"), ("Курс опустился ниже 500 тенге.", "less-than"),
        ("Инвестиции составят не более $5 млрд.", "at-most"), ("Инвестиции составят максимум $5 млрд.", "at-most"),
        ("Кредит в размере до 5 млн тенге.", "at-most"), ("Компания получит до $5 млрд инвестиций.", "at-most"),
        ("Инвестиции составили $5 млрд.", "exact"), ("Будет создано 100 и более рабочих мест.", "at-least"),
    ])
    func readsQualifierWords(text: String, qualifier: String) {
        let figures = Extractor().extract(text, published: nil).figures
        #expect(figures.count == 1)
        #expect(figures.first?.qualifier.rawValue == qualifier)
    }

    @Test func theQualifierIsPartOfTheSurface() {
        let f = Extractor().extract("Товарооборот превысил отметку в $5 млрд.", published: nil).figures
        #expect(f.first?.surface == "превысил отметку в $5 млрд")
    }

    @Test(arguments: [
        ("Импорт сократился на 31 %, до 19,6 млрд долларов.", ["31 percent exact", "19600000000 USD exact"]),
        ("Экспорт вырос на 7,5 %.", ["7.5 percent exact"]),
        ("Экспорт оказался на 44 % больше, чем годом ранее.", ["44 percent exact"]),
        ("Импорт оказался меньше на $2 млрд.", ["2000000000 USD exact"]),
        ("Стороны намерены довести товарооборот до $30 млрд.", ["30000000000 USD exact"]),
        ("Цены выросли почти на 10 %.", ["10 percent approx"]),
        ("Инвестиции выросли более чем на 20 %.", ["20 percent more-than"]),
    ])
    func comparativesAndLevelsAfterChangesAreExact(text: String, expected: [String]) {
        #expect(values(text) == expected)
    }

    @Test func aTargetIsMarkedAsATarget() {
        let f = Extractor().extract("Стороны намерены довести товарооборот до $30 млрд.", published: nil).figures
        #expect(f.first?.isTarget == true)
        let level = Extractor().extract("Импорт сократился на 31 %, до 19,6 млрд долларов.", published: nil).figures
        #expect(level.last?.isTarget == false)
    }

    @Test func upToAYearIsATimeNotABound() {
        #expect(values("Программа рассчитана до 2028 года, ее бюджет — 5 млрд рублей.") == ["5000000000 RUB exact"])
    }
}

struct RateWordingTests {
    @Test(arguments: [
        ("Ставку снизили на 100 базисных пунктов.", ["100 bp exact"]),
        ("Ставку снизили на 50 б.п.", ["50 bp exact"]),
        ("Ставку снизили еще на полпроцента — до 15.", ["0.5 percent exact", "15 percent exact"]),
        ("Рост цен остается в диапазоне четыре — пять процентов.", ["4..5 percent range"]),
        ("Инфляция удерживается вблизи 4 %.", ["4 percent approx"]),
        ("Китай — 20,5%; Россия — 18,8%.", ["20.5 percent exact", "18.8 percent exact"]),
    ])
    func readsCentralBankWording(text: String, expected: [String]) {
        #expect(values(text) == expected)
    }
}
