import EconKit
import Testing

/// Classification of sentences in the style of Russian and Kazakh news reports.
struct ClassifierTests {
    let classifier: Classifier
    init() throws { classifier = try Classifier(rules: try ClassificationRules.default()) }

    func decide(_ text: String, published: String = "2025-11-12") -> [Classifier.Decision] {
        let extraction = Extractor().extract(text, published: .t(published))
        return classifier.classify(extraction, text: text)
    }

    @Test(arguments: [
        ("Российский бизнес инвестировал в Казахстан более $26 млрд.", "ru_kz.investment.cumulative"),
        ("Объем накопленных российских инвестиций в Казахстан превысил 20 млрд долларов.", "ru_kz.investment.cumulative"),
        ("В 2024 году приток российских инвестиций в Казахстан составил 4 млрд долларов.", "ru_kz.investment.yearly"),
        ("Казахстанские компании вложили в Россию около $5 млрд за последние 10 лет.", "kz_ru.investment.cumulative"),
        ("Товарооборот России и Казахстана в 2024 году составил 28,7 млрд долларов.", "ru_kz.trade_turnover"),
        ("Товарооборот между Казахстаном и Россией за девять месяцев 2025 года составил $20 млрд.", "ru_kz.trade_turnover.ytd"),
        ("В 2024 году товарооборот России и Казахстана превысил 2,6 трлн рублей.", "ru_kz.trade_turnover.rub"),
        ("Россия и Казахстан реализуют 175 совместных проектов.", "ru_kz.joint_projects.count"),
        ("Казахстан и США подписали соглашения на сумму более $17 млрд.", "kz_us.agreements.value"),
    ])
    func placesFiguresInTheirSeries(sentence: String, series: String) {
        #expect(decide(sentence).first == .series(series), "\(sentence)")
    }

    @Test func figureOfAUnitNoFamilyTakesGoesToReviewWithTheReason() {
        guard case .review(let reason)? = decide("Экспорт зерна из Казахстана в Узбекистан вырос до 2 млн тонн.").first else {
            Issue.record("expected review")
            return
        }
        #expect(reason.contains("no series family for exports in t"))
    }

    @Test func investmentBetweenUnnamedAreasGoesToReview() {
        guard case .review(let reason)? = decide("Инвестиции в регион составили 3 млрд долларов в 2024 году.").first else {
            Issue.record("expected review")
            return
        }
        #expect(reason.contains("no area named"))
    }
}
