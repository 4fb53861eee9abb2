import EconExtract
import Testing

struct PeriodTests {
    func period(_ text: String, published: String? = "2025-11") -> String? {
        let time = published.flatMap { try? PublicationTime(parsing: $0) }
        let f = Extractor().extract(text, published: time).figures
        guard f.count == 1 else { return "\(f.count) figures" }
        return f[0].period?.description
    }

    @Test(arguments: [
        ("В 2024 году товарооборот составил $5 млрд.", "2024"),
        ("За 2023 год товарооборот составил $5 млрд.", "2023"),
        ("По итогам 2024 года товарооборот составил $5 млрд.", "2024"),
        ("В 2024-м товарооборот составил $5 млрд.", "2024"),
        ("В 2024 г. товарооборот составил $5 млрд.", "2024"),
        ("Товарооборот составил $5 млрд в 2024 году.", "2024"),
        ("За девять месяцев 2025 года товарооборот составил $5 млрд.", "2025-01/2025-09"),
        ("За 9 месяцев 2025 года товарооборот составил $5 млрд.", "2025-01/2025-09"),
        ("В январе–сентябре 2025 года товарооборот составил $5 млрд.", "2025-01/2025-09"),
        ("В январе-сентябре 2025 г. товарооборот составил $5 млрд.", "2025-01/2025-09"),
        ("В первом полугодии товарооборот составил $5 млрд.", "2025-H1"),
        ("Во втором полугодии 2024 года товарооборот составил $5 млрд.", "2024-H2"),
        ("В первом квартале товарооборот составил $5 млрд.", "2025-Q1"),
        ("В III квартале 2024 года товарооборот составил $5 млрд.", "2024-Q3"),
        ("В 1-м квартале 2024 г. товарооборот составил $5 млрд.", "2024-Q1"),
        ("По состоянию на 1 октября объем инвестиций составил $5 млрд.", "2025-10-01"),
        ("По состоянию на 1 октября 2024 года объем инвестиций составил $5 млрд.", "2024-10-01"),
        ("На 01.10.2025 объем инвестиций составил $5 млрд.", "2025-10-01"),
        ("6 ноября подписаны соглашения на $17 млрд.", "2025-11-06"),
        ("В октябре 2025 года экспорт составил $5 млрд.", "2025-10"),
        ("В октябре экспорт составил $5 млрд.", "2025-10"),
        ("В прошлом году товарооборот составил $5 млрд.", "2024"),
        ("В позапрошлом году товарооборот составил $5 млрд.", "2023"),
        ("С начала года товарооборот составил $5 млрд.", "2025-01/2025-11"),
        ("В январе–мае текущего года товарооборот составил $5 млрд.", "2025-01/2025-05"),
        ("В январе прошлого года экспорт составил $5 млрд.", "2024-01"),
        ("В следующем году инвестиции составят $5 млрд.", "2026"),
        ("В 2020–2024 годах инвестиции составили $5 млрд.", "2020-01/2024-12"),
        ("Инвестиции составили $5 млрд.", "2025-11"),
        // Halves said in words, months counted after "первых", two months in a row.
        ("За первую половину 2023 года товарооборот составил $5 млрд.", "2023-H1"),
        ("За первые полгода этого года товарооборот составил $5 млрд.", "2025-H1"),
        ("По итогам первых шести месяцев 2023 года инвестиции составили $5 млрд.", "2023-01/2023-06"),
        ("За январь и февраль 2024 года товарооборот составил $410,6 млн.", "2024-01/2024-02"),
        // A year compared with is not the figure's: "к уровню", "выше уровня", "чем в".
        ("В 2021 году товарооборот вырос на 7,8 % к уровню 2020 года.", "2021"),
        ("По итогам 2021 года товарооборот выше уровня 2020 года на 32%.", "2021"),
        ("Товарооборот увеличился на 29,2% в январе по сравнению с аналогичным месяцем 2024 года.", "2025-01"),
        ("За 9 месяцев 2021 года торговля увеличилась по сравнению с показателями января-сентября 2020 года на 35,4%.", "2021-01/2021-09"),
        ("В 2021 году товарооборот составил $5 млрд против 2020 года.", "2021"),
        // Several quarters counted from the first.
        ("За три первых квартала 2021 года торговля составила $543,1 млрд.", "2021-01/2021-09"),
        ("За первые три квартала торговля составила $543,1 млрд.", "2025-01/2025-09"),
    ])
    func resolvesPeriodForms(text: String, expected: String) {
        #expect(period(text) == expected)
    }

    @Test func aCountOfMonthsNotYetBegunAtPublicationIsLastYears() {
        // Said in February: eleven months gone by are last year's; so are three quarters counted.
        #expect(period("За 11 месяцев товарооборот составил $48,5 млрд.", published: "2024-02-10") == "2023-01/2023-11")
        #expect(period("За первые три квартала товарооборот составил $5 млрд.", published: "2024-02-10") == "2023-01/2023-09")
        #expect(period("За 2 месяца товарооборот составил $5 млрд.", published: "2024-02-10") == "2024-01/2024-02")
        // A quarter named stays this year's: "в третьем квартале … увеличится" said in May is a
        // forecast, told by its period beginning after publication.
        #expect(period("В третьем квартале экспорт увеличится на 15%.", published: "2024-05-20") == "2024-Q3")
    }

    @Test func relativePeriodsWithoutADocumentDateAreNull() {
        #expect(period("В прошлом году товарооборот составил $5 млрд.", published: nil) == nil)
        #expect(period("С начала года товарооборот составил $5 млрд.", published: nil) == nil)
        #expect(period("6 ноября подписаны соглашения на $17 млрд.", published: nil) == nil)
        #expect(period("В 2024 году товарооборот составил $5 млрд.", published: nil) == "2024")
    }

    @Test(arguments: [
        ("Kazakhstan's exports to Turkey were $3 billion in 2023 versus $3.5 billion the previous year.", ["2023", "2022"]),
        ("Экспорт Казахстана в Турцию в 2023 году составил $3 млрд против $3,5 млрд годом ранее.", ["2023", "2022"]),
        (
            "Pakistan's exports to China rose to $1.918 billion in the first half of 2022 from $1.728 billion in the same period last year.",
            ["2022-H1", "2021-H1"]
        ),
        ("Trade reached $14.39 billion in 2022, up from $12.55 billion a year earlier.", ["2022", "2021"]),
        // A rate after a rate with its own year is of that year.
        ("Trade rose 10% in 2023 and 30% in 2022.", ["2023", "2022"]),
        // A change from a year earlier is this year's.
        ("Trade grew 5% from a year earlier to $5 billion in 2023.", ["2023", "2023"]),
        // "и увеличился к уровню 2020 года" is a change of its own, not the amount's comparison.
        ("В 2021 году товарооборот составил $301,9 млн и увеличился к уровню 2020 года на 7,8 %.", ["2021", "2021"]),
        (
            "В 2021 году оборот вырос на 34,1 процента по сравнению с 2020 годом (11,8 миллиарда долларов) - до 15,8 миллиарда долларов.",
            ["2021", "2020", "2021"]
        ),
    ])
    func anAmountComparedWithAYearBeforeIsOfThatYear(text: String, periods: [String]) throws {
        let f = Extractor().extract(text, published: try PublicationTime(parsing: "2024-05-10")).figures
        #expect(f.map { $0.period?.description ?? "-" } == periods, "\(text)")
    }

    @Test func theReportingPeriodIsThePeriodNamedBefore() throws {
        let published = try PublicationTime(parsing: "2024-07-12")
        let text = """
            В первом полугодии 2024 года товарооборот России и Китая составил $116,87 млрд.
            Китай за отчетный период ввез в Россию товаров на $51,661 млрд.
            """
        let f = Extractor().extract(text, published: published).figures
        #expect(f.map { $0.period?.description } == ["2024-H1", "2024-H1"])
        // Named nowhere before: no period from the text.
        let alone = Extractor().extract("За отчетный период экспорт составил $5 млрд.", published: published).figures
        #expect(alone.first?.period == nil)
    }

    @Test func aTradeFlowTakesThePeriodTheParagraphNamedOtherFiguresDoNot() throws {
        let published = try PublicationTime(parsing: "2024-03-12")
        let text = """
            В прошлом году товарооборот России и Грузии составил $2,5 млрд. Экспорт из Грузии в Россию вырос до $651 млн. \
            Сейчас реализуется 21 совместный проект.
            """
        let f = Extractor().extract(text, published: published).figures
        #expect(f.map { $0.period?.description } == ["2023", "2023", "2024-03-12"])
        #expect(f.map(\.periodFromText) == [true, true, false])
        // Projects "under way" after a sentence about last year are as of now.
        let projects = "По итогам 2024 года инвестиции составили $4 млрд. Реализуется 175 совместных проектов."
        #expect(Extractor().extract(projects, published: published).figures.last?.periodFromText == false)
    }

    @Test func aLineOfOneSentenceWithFiguresGoesOnToTheNextLinesTradeFlows() throws {
        let published = try PublicationTime(parsing: "2025-07-15")
        let text = """
            Товарооборот Таджикистана и Китая за пять месяцев 2025 года составил $964 млн.
            Экспорт в Китай составил свыше $177 млн, импорт — около $787 млн.
            """
        #expect(
            Extractor().extract(text, published: published).figures.map { $0.period?.description } == [
                "2025-01/2025-05", "2025-01/2025-05", "2025-01/2025-05",
            ])
        // Not from a line of several sentences, nor the year still under way, nor to a figure said
        // at another time or a year.
        let several = "За пять месяцев 2025 года товарооборот составил $964 млн. Это рекорд.\nЭкспорт составил $177 млн."
        #expect(Extractor().extract(several, published: published).figures.last?.period?.description == "2025-07-15")
        let underWay = "В 2025 году товарооборот уже вырос на 10%.\nТоварооборот достиг $1,5 млрд."
        #expect(Extractor().extract(underWay, published: published).figures.last?.period?.description == "2025-07-15")
        let earlier = "За первую половину 2025 года товарооборот вырос на 14%.\nМинистр ранее отметил, что товарооборот достиг $5 млрд."
        #expect(Extractor().extract(earlier, published: published).figures.last?.period?.description == "2025-07-15")
    }

    @Test func theFigureAComparativeMeasuresAgainstIsNotTheFiguresPeriod() {
        let text = "По итогам 2025 года товарооборот составил $228 млрд, что на 6,9% меньше показателя 2024 года."
        let f = Extractor().extract(text, published: try? PublicationTime(parsing: "2026-02")).figures
        #expect(f.map { $0.period?.description } == ["2025", "2025"])
    }

    @Test func aLevelAfterAYearIsNotComparedWith() throws {
        // "уровня 2020 года" is compared with; "рекордного уровня в 2023 году" is the figure's year.
        #expect(period("В 2021 году товарооборот вырос на 7,8 % к уровню 2020 года.") == "2021")
        #expect(period("Товарооборот достиг рекордного уровня в 2023 году — $5 млрд.") == "2023")
    }

    @Test func anExpressionAfterTheFigurePastACommaYieldsToOneBefore() throws {
        let text = "В первом полугодии 2024 года товарооборот превысил $8,3 млрд, превышая показатели за весь прошлый год — $7,4 млрд."
        let f = Extractor().extract(text, published: try PublicationTime(parsing: "2024-11-25")).figures
        #expect(f.map { $0.period?.description } == ["2024-H1", "2023"])
    }

    @Test func aYearAfterChemIsTheComparisonNotThePeriod() throws {
        // With no other year, the level is as of publication, never the year compared with.
        let published = try PublicationTime(parsing: "2024-03-21")
        let f = Extractor().extract("Экспорт составил $96,8 млн, что меньше, чем в 2023 году.", published: published).figures
        #expect(f.first?.period?.description == "2024-03-21")
        #expect(f.first?.periodFromText == false)
    }

    @Test func aMonthStillAheadBelongsToLastYear() {
        #expect(period("В декабре экспорт составил $5 млрд.", published: "2025-03") == "2024-12")
    }

    @Test func eachClauseKeepsItsOwnPeriod() {
        #expect(
            found("В 2024 году экспорт составил $5 млрд, а в 2023 году — $4 млрд.") == [
                "5000000000 USD exact 2024", "4000000000 USD exact 2023",
            ])
    }

    @Test func aComparisonPeriodIsNotTheFiguresPeriod() {
        #expect(
            found("Экспорт вырос на 5% по сравнению с аналогичным периодом прошлого года.", published: "2025-11") == [
                "5 percent exact 2025-11"
            ])
    }

    @Test func aDeadlineIsTheTargetsPeriod() {
        #expect(found("Стороны намерены довести товарооборот до $30 млрд к 2030 году.") == ["30000000000 USD exact 2030"])
    }
}
