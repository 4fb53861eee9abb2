import EconExtract
import Testing

struct RangeAndLinkTests {
    @Test(arguments: [
        ("Инвестиции составят от 3 до 5 млрд долларов.", "3000000000..5000000000 USD range"),
        ("Инвестиции составят от $3 до $5 млрд.", "3000000000..5000000000 USD range"),
        ("Инвестиции составят $60–70 млрд.", "60000000000..70000000000 USD range"),
        ("Инвестиции составят 60-70 млрд рублей.", "60000000000..70000000000 RUB range"),
        ("Инвестиции составят от 500 млн до 1 млрд евро.", "500000000..1000000000 EUR range"),
        ("Рост составит между 3 и 4 %.", "3..4 percent range"),
        ("Инфляция составит 4–5%.", "4..5 percent range"),
    ])
    func readsRangesWithScaleAndCurrencyOnBothEnds(text: String, expected: String) {
        #expect(values(text) == [expected])
    }

    @Test func aRangeHasNoSingleValue() {
        let f = Extractor().extract("Инвестиции составят от 3 до 5 млрд долларов.", published: nil).figures
        #expect(f.first?.value == nil)
        #expect(f.first?.low == 3e9 && f.first?.high == 5e9)
        #expect(f.first?.surface == "от 3 до 5 млрд долларов")
    }

    @Test func aChangeFromOneValueToAnotherIsTwoFigures() {
        #expect(values("Доходы выросли с 120,9 до 228,3 млрд тенге.") == ["120900000000 KZT exact", "228300000000 KZT exact"])
    }

    @Test(arguments: [
        ("Товарооборот вырос с $4,7 млрд в 2017 году до $9,9 млрд в 2023 году.", Extractor(), ["2017", "2023"]),
        ("Trade grew from $4.7bn in 2017 to $9.9bn in 2023.", Extractor(language: .english), ["2017", "2023"]),
        ("Trade grew to $9.9bn in 2023 from $4.7bn in 2017.", Extractor(language: .english), ["2023", "2017"]),
        ("Экспорт составил $3 млрд в 2024 году и $2 млрд импорт.", Extractor(), ["2024", "2024"]),
        ("Exports rose 15% in 2023 to $5 billion from $4.3 billion in 2022.", Extractor(language: .english), ["2023", "2023", "2022"]),
    ])
    func aPeriodRightAfterAFigureIsThatFiguresNotTheNextOnes(text: String, extractor: Extractor, periods: [String]) {
        #expect(extractor.extract(text, published: nil).figures.map { $0.period?.description ?? "-" } == periods, "\(text)")
    }

    @Test func aFigureWithoutCurrencyTakesItFromTheParallelFigure() {
        #expect(
            values("Товарооборот планируется довести до 30 млрд долл. с промежуточным результатом до 20 млрд.")
                == ["30000000000 USD exact", "20000000000 USD exact"])
        #expect(values("Экспорт составил 5,1 млрд долларов, импорт — 3,2.") == ["5100000000 USD exact", "3200000000 USD exact"])
    }

    @Test func aBracketedRestatementIsTheSameAs() {
        let f = Extractor().extract("Инвестиции составили 2,1 трлн тенге ($6,1 млрд).", published: nil).figures
        #expect(f.map(describe) == ["2100000000000 KZT exact -", "6100000000 USD exact -"])
        #expect(f.map(\.sameAs) == [nil, 0])
    }

    @Test func anotherSourcesAmountInBracketsForTheSamePeriodIsTheSameAs() {
        let text = "В 2013 году товарооборот составил порядка 950 млн долларов (по данным Белстата — 952,8 млн долларов)."
        #expect(Extractor().extract(text, published: nil).figures.map(\.sameAs) == [nil, 0])
        // Another period in brackets is another figure; so is a list of percentages.
        let other = "В 2024 году товарооборот составил $5 млрд (в 2023 году — $4 млрд)."
        #expect(Extractor().extract(other, published: nil).figures.map(\.sameAs) == [nil, nil])
        let shares = "В 2016 году крупнейшими партнерами стали Китай (18,4%) и Россия (18,1%)."
        #expect(Extractor().extract(shares, published: nil).figures.allSatisfy { $0.sameAs == nil })
    }

    @Test func aHeadlinesRoundedFigureIsTheSameAsTheBodys() throws {
        let published = try PublicationTime(parsing: "2022-11-01")
        let text = """
            Товарооборот между Россией и Ираном вырос более чем на 35%

            За первые восемь месяцев текущего года товарооборот между Россией и Ираном вырос на 36,4% \
            и составил 3,3 млрд долларов.
            """
        let f = Extractor().extract(text, published: published).figures
        #expect(f.map(\.sameAs) == [1, nil, nil])
        #expect(f[1].period?.description == "2022-01/2022-08")
    }

    @Test(arguments: [
        // A value the headline's rounding does not admit.
        "Товарооборот вырос на 13%\nЗа восемь месяцев 2025 года товарооборот вырос на 14%.",
        // Another kind of figure.
        "Экспорт вырос на 13%\nЗа восемь месяцев 2025 года инвестиции выросли на 13%.",
        // A headline with a period of its own, and a body figure of another period.
        "Товарооборот в 2024 году составил $2 млрд\nВ 2023 году товарооборот составил $2 млрд.",
        // A first line that ends like a sentence is the body's, not a headline.
        "Товарооборот вырос на 13%.\nЗа восемь месяцев 2025 года товарооборот вырос на 13%.",
    ])
    func aHeadlineFigureThatCannotBeTheBodysStaysItsOwn(text: String) {
        let figures = Extractor().extract(text, published: nil).figures
        #expect(figures.count == 2)
        #expect(figures.allSatisfy { $0.sameAs == nil })
    }

    @Test func aHeadlineThatCouldBeEitherOfTwoPeriodsStaysItsOwn() {
        let text = "Товарооборот составил $5 млрд\nВ 2022 году товарооборот составил $4,8 млрд, в 2023 году — $5 млрд."
        #expect(Extractor().extract(text, published: nil).figures.first?.sameAs == nil)
    }

    @Test func aBreakdownInBracketsIsNotARestatement() {
        let text = "Товарооборот за январь – сентябрь 2010 года составил 198,4 млн. долл. США (экспорт – $11,2 млн., импорт – $187,2 млн.)."
        let f = Extractor().extract(text, published: nil).figures
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.sameAs == nil })
        // "долл. США" does not end the sentence: all three are in one.
        #expect(Set(f.map(\.sentenceStart)).count == 1)
    }

    @Test(arguments: [
        ("Товарооборот превысил $28 млрд", "В 2024 году товарооборот составил $28,3 млрд.", true),
        ("Товарооборот превысил $28 млрд", "В 2024 году товарооборот составил $31 млрд.", false),
        ("Товарооборот составил около $2 млрд", "В 2024 году товарооборот составил $1,85 млрд.", true),
        ("Товарооборот составил $1,9 млрд", "В 2024 году товарооборот составил $1,94 млрд.", true),
        ("Товарооборот составил $1,9 млрд", "В 2024 году товарооборот составил $1,96 млрд.", false),
        ("Товарооборот составил менее $10 млрд", "В 2024 году товарооборот составил $9,6 млрд.", true),
    ])
    func aHeadlineAdmitsWhatItsRoundingOrBoundAdmits(headline: String, body: String, admits: Bool) {
        let f = Extractor().extract(headline + "\n" + body, published: nil).figures
        #expect(f.count == 2)
        #expect((f.first?.sameAs == 1) == admits)
    }

    @Test(arguments: ["из них", "из которых", "в том числе", "в т.ч.", "включая"])
    func partsPointToTheirWhole(marker: String) {
        let f = Extractor().extract("Инвестиции составили $10 млрд, \(marker) $4 млрд — в 2024 году.", published: nil).figures
        #expect(f.map(\.partOf) == [nil, 0])
    }

    @Test func aPartMayStartTheNextSentence() {
        let f = Extractor().extract("Всего привлечено $10 млрд. Из них $4 млрд — от Китая.", published: nil).figures
        #expect(f.map(\.partOf) == [nil, 0])
    }
}

struct EnumerationTests {
    @Test func aPairSharesTheScaleAndUnitWrittenOnce() {
        #expect(
            values("На долю США и Китая приходится 38,3 и 18,7 триллиона долларов соответственно.") == [
                "38300000000000 USD exact", "18700000000000 USD exact",
            ])
    }

    @Test func percentagePointsAreNotPercent() {
        #expect(values("Соотношение выросло на 2,3 процентных пункта.") == ["2.3 pp exact"])
        #expect(values("Ставка выросла на 0,5 п.п.") == ["0.5 pp exact"])
    }
}
