import EconExtract
import Testing

struct NumberFormTests {
    @Test(arguments: [
        ("Выручка составила 64 000 рублей.", "64000 RUB exact"),
        ("Выручка составила 64\u{00A0}000 рублей.", "64000 RUB exact"),
        ("Выручка составила 64\u{202F}000 рублей.", "64000 RUB exact"),
        ("Выручка составила 1 250 000 рублей.", "1250000 RUB exact"),
        ("Выручка составила 12 345 678 тенге.", "12345678 KZT exact"),
        ("Инфляция составила 7,5%.", "7.5 percent exact"),
        ("Инфляция составила 7.5%.", "7.5 percent exact"),
        ("Активы фонда — $3,337 млрд.", "3337000000 USD exact"),
        ("Контракт стоил $3,337.", "3337 USD exact"),
        ("Экспорт нефти — 1,250,000 тонн.", "1250000 t exact"),
        ("Бюджет проекта — десять миллиардов рублей.", "10000000000 RUB exact"),
        ("Проект обойдется в полтора миллиарда долларов.", "1500000000 USD exact"),
        ("На программу выделят полтора млн тенге.", "1500000 KZT exact"),
        ("Подписаны двадцать пять соглашений.", "25 agreements exact"),
        ("Стоимость — триста пятьдесят миллионов рублей.", "350000000 RUB exact"),
        ("Компания вложила миллиард долларов в завод.", "1000000000 USD exact"),
        ("Дефицит бюджета сократился до −0,5% ВВП.", "-0.5 percent exact"),
    ])
    func readsNumberForms(text: String, expected: String) {
        #expect(values(text) == [expected])
    }

    @Test(arguments: [
        ("объем составил 5 тыс. тонн", 5e3), ("объем составил 5 тысяч тонн", 5e3), ("объем составил 5 тысячи тонн", 5e3),
        ("инвестиции — 5 млн долларов", 5e6), ("инвестиции — 5 млн. долларов", 5e6),
        ("инвестиции — 5 миллионов долларов", 5e6), ("инвестиции — 2 миллиона долларов", 2e6),
        ("инвестиции — 5 млрд долларов", 5e9), ("инвестиции — 5 млрд. долларов", 5e9),
        ("инвестиции — 5 миллиардов долларов", 5e9), ("инвестиции — 2 миллиарда долларов", 2e9),
        ("инвестиции — 5 миллиардами долларов", 5e9), ("долг — 5 трлн рублей", 5e12),
        ("долг — 5 триллионов рублей", 5e12), ("долг — 2 триллиона рублей", 2e12), ("долг — 5 трлн. рублей", 5e12),
        ("выручка — 5млрд рублей", 5e9),
    ])
    func appliesScaleWordsInEveryFormAndCase(text: String, expected: Double) {
        let figures = Extractor().extract(text, published: nil).figures
        #expect(figures.count == 1)
        #expect(figures.first?.value == expected)
    }

    @Test(arguments: [
        ("Доходы бюджета составили 39 трлн 533,7 млрд рублей.", "39533700000000 RUB exact"),
        ("Сделка оценена в $2 млрд 842 млн.", "2842000000 USD exact"),
        ("Фонд вырос до 1 млрд 200 млн тенге.", "1200000000 KZT exact"),
    ])
    func joinsCompoundAmountsIntoOneFigure(text: String, expected: String) {
        #expect(values(text) == [expected])
    }

    @Test func keepsDecimalsExactInBaseUnits() {
        #expect(values("Проекты стоимостью $56,6 млрд.") == ["56600000000 USD exact"])
        #expect(values("Товарооборот — 28,3 млрд долларов.") == ["28300000000 USD exact"])
        #expect(values("Поступления — 0,1 млрд тенге.") == ["100000000 KZT exact"])
    }
}

struct RegionalFormTests {
    @Test(arguments: [
        ("Сумма — 1.500.000 рублей.", "1500000 RUB exact"),
        ("Сумма — 1.500 рублей.", "1500 RUB exact"),
        ("Сумма — 3.5 млрд рублей.", "3500000000 RUB exact"),
        ("Инвестиции — 5 млрд теңге.", "5000000000 KZT exact"),
        ("Жалақы 300 мың теңге болды.", "300000 KZT exact"),
        ("Инфляция 8,5 пайызға жетті.", "8.5 percent exact"),
        ("Курс — 71 рубль 15 копеек.", "71.15 RUB exact"),
        ("Жалақы 312 011 теңгеге жетті.", "312011 KZT exact"),
        ("125 миллион тоннадан астам қоқыс жиналды.", "125000000 t more-than"),
        ("15 мыңға жуық жаңа жұмыс орнын ашу жоспарлануда.", "15000 jobs approx"),
        ("Өнеркәсіпке 1 триллион теңгеге дейін бөлінеді.", "1000000000000 KZT at-most"),
    ])
    func readsRegionalNumberAndCurrencyForms(text: String, expected: String) {
        #expect(values(text) == [expected])
    }
}

struct SignAndColloquialUnitTests {
    @Test(arguments: [
        ("Рост ВВП составил минус 0,5%.", "-0.5 percent exact"),
        ("Добыча газа — 50 млрд кубов.", "50000000000 m3 exact"),
        ("Добыча — 1,8 млн б/с.", "1800000 barrels exact"),
        ("Дефицит — (–28,8%) г/г.", "-28.8 percent exact"),
    ])
    func readsSignsAndColloquialUnits(text: String, expected: String) {
        #expect(values(text) == [expected])
    }
}
