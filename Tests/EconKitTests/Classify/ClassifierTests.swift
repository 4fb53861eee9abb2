import EconKit
import Testing

/// Classification of sentences in the style of Russian and Kazakh news reports.
struct ClassifierTests {
    let classifier: Classifier
    init() throws { classifier = try Classifier(rules: try ClassificationRules.default()) }

    func decide(
        _ text: String, published: String = "2025-11-12", title: String? = nil, language: ExtractionLanguage = .russian
    ) -> [Classifier.Decision] {
        placements(text, published: published, title: title, language: language).map(\.decision)
    }

    func placements(
        _ text: String, published: String = "2025-11-12", title: String? = nil, language: ExtractionLanguage = .russian
    ) -> [Classifier.Placement] {
        let extraction = Extractor(language: language).extract(text, published: .t(published))
        return classifier.place(extraction, text: text, title: title, published: .t(published))
    }

    func place(_ text: String, published: String = "2025-11-12") -> Classifier.Placement? {
        placements(text, published: published).first
    }

    func reason(_ decision: Classifier.Decision?) -> String {
        if case .review(let reason)? = decision { return reason }
        return "not review: \(String(describing: decision))"
    }

    @Test(arguments: [
        ("Инвестиции России в экономику Узбекистана в 2024 году составили $1,2 млрд.", "ru_uz.investment.yearly"),
        ("Казахстанские компании вложили в Узбекистан более $500 млн в 2024 году.", "kz_uz.investment.yearly"),
        ("Прямые инвестиции Китая в Казахстан в 2024 году составили $2 млрд.", "cn_kz.fdi.yearly"),
        ("Товарооборот между Россией и Киргизией в 2024 году составил $3,5 млрд.", "ru_kg.trade_turnover"),
        ("Товарооборот Узбекистана и России в 2024 году достиг $11 млрд.", "ru_uz.trade_turnover"),
        ("Товарооборот Китая и Узбекистана в 2024 году достиг $13 млрд.", "cn_uz.trade_turnover"),
        ("Товарооборот Китая и Казахстана в 2024 году составил 44 млрд долларов США.", "kz_cn.trade_turnover"),
        ("В 2024 году товарооборот России и Узбекистана составил 900 млрд рублей.", "ru_uz.trade_turnover.rub"),
        ("За январь-сентябрь 2025 года товарооборот Казахстана и Турции составил $4 млрд.", "kz_tr.trade_turnover.ytd"),
        ("Экспорт Казахстана в Китай в 2024 году составил $15 млрд.", "kz_cn.exports"),
        ("Импорт Казахстана из Китая в 2024 году вырос до $16 млрд.", "kz_cn.imports"),
        ("Реализуется 50 узбекско-российских инвестпроектов.", "ru_uz.joint_projects.count"),
        ("Товарооборот России со странами Центральной Азии в 2024 году составил $45 млрд.", "ru_c5.trade_turnover"),
        ("По данным китайской таможни, товарооборот Казахстана и Узбекистана в 2024 году составил $4 млрд.", "kz_uz.trade_turnover"),
        ("Внешнеторговый оборот Казахстана в 2024 году составил $141 млрд.", "kz.trade_turnover"),
        ("Объем иностранных инвестиций в Узбекистан в 2024 году составил $35 млрд.", "uz.foreign_investment.yearly"),
        // A dash between months is a range, not a clause break.
        (
            "Внешний товарооборот за январь–апрель 2025 года между Таджикистаном и Узбекистаном составил 184 млн долларов.",
            "tj_uz.trade_turnover.ytd"
        ),
        ("В 2024 году прямые инвестиции из Поднебесной в экономику Киргизии составили 220 млн долларов.", "cn_kg.fdi.yearly"),
        // Growth said other ways: "на" inside the figure's words, a noun after it, "улучшен".
        ("Товарооборот Таджикистана и России в 2024 году увеличился, по сравнению с 2023 годом почти на 20%.", "ru_tj.trade_turnover.yoy"),
        ("Товарооборот России и Армении в 2021 году показал 17% роста.", "ru_am.trade_turnover.yoy"),
        ("По итогам 2022 года товарооборот Казахстана и Киргизии улучшен ещё на 19%.", "kz_kg.trade_turnover.yoy"),
        // The agreements' value, when the projects depend on them, even with a comma between.
        (
            "В 2015 году Япония и Туркменистан заключили соглашения по ряду инвестиционных проектов, стоимостью в 18 млрд долларов.",
            "jp_tm.agreements.value"
        ),
    ])
    func placesFiguresOfAnyPairByTheirFamily(sentence: String, series: String) {
        #expect(decide(sentence).first == .series(series), "\(sentence)")
    }

    @Test func aPronounThatRisesInTheSentenceTakesTheIndicatorBefore() {
        let text = "Товарооборот России и Армении в 2009 году составил $700 млн. В 2010 году он вырос до 860 млн долларов."
        #expect(decide(text) == [.series("ru_am.trade_turnover"), .series("ru_am.trade_turnover")])
    }

    @Test func growthGoesToTheFamilysGrowthSeriesAndAFallIsNegated() throws {
        #expect(decide("Товарооборот России и Узбекистана в 2024 году вырос на 13,6%.").first == .series("ru_uz.trade_turnover.yoy"))
        let fall = try #require(place("Товарооборот России и Беларуси в 2024 году снизился на 2%."))
        #expect(fall.decision == .series("ru_by.trade_turnover.yoy"))
        #expect(fall.negated)
        #expect(fall.newSeries.last?.unit == "percent")
    }

    @Test func aShareGoesToTheShareSeriesOfTheWholesArea() {
        #expect(
            decide("В 2024 году доля России во внешнеторговом обороте Казахстана составила около 18%.").first
                == .series("kz_ru.trade_turnover.share"))
    }

    @Test func aFlowRestatedAsAShareOfTheTotalIsTheInvestorsShareOfTheDestinations() throws {
        let text =
            "Приток прямых инвестиций из Китая в Киргизию за первые 6 месяцев 2024 года составил 109 млн долларов, "
            + "что составляет 23,6% от общего объема вложений."
        let extraction = Extractor().extract(text, published: .t("2024-09-01"))
        let placements = classifier.place(extraction, text: text, published: .t("2024-09-01"))
        #expect(placements.map(\.decision) == [.series("cn_kg.fdi.ytd"), .series("cn_kg.fdi.ytd.share")])
        let share = try #require(placements.last?.newSeries.last)
        #expect(share.titleRu == "Доля Китая в прямых инвестициях в Киргизию, с начала года, %")
        #expect(share.titleEn == "China's share of direct investment in Kyrgyzstan, year to date, %")
    }

    @Test(arguments: [
        ("В 2024 году более 90% монгольского экспорта поступало в Китай.", "mn_cn.exports.share"),
        ("Российские вложения составляют 36% от всех прямых инвестиций в экономику Киргизии.", "ru_kg.fdi.cumulative.share"),
        // Growth between the percentage and the indicator: not a share.
        ("В 2021 году отмечено 17% роста товарооборота России и Армении.", "ru_am.trade_turnover.yoy"),
    ])
    func aPercentageOfTheIndicatorNamedAfterItIsAShareOfIt(sentence: String, series: String) {
        #expect(decide(sentence, published: "2025-04-01").first == .series(series), "\(sentence)")
    }

    @Test(arguments: [
        ("В 2019 году поставки из России в КНР выросли до $61,05 млрд.", "ru_cn.exports"),
        (
            "В 2023 году прямые инвестиции в экономику Грузии составили $1,6 млрд, что почти на 24 процента меньше, чем в 2022 году.",
            "ge.fdi.yearly"
        ),
        ("Товарооборот Китая и Индии за январь-май 2023 года составил 41,1 млрд долларов (-9,3% за год).", "cn_in.trade_turnover.ytd"),
        (
            "В 2024 году торговый оборот Азербайджана со странами ОТГ составил 14,6% от общего объёма внешней торговли Азербайджана.",
            "az_ots.trade_turnover.share"
        ),
    ])
    func suppliesSignedChangesAndWholesNamedAfter(sentence: String, first: String) {
        #expect(decide(sentence, published: "2025-12-01").first == .series(first), "\(sentence)")
    }

    @Test func aChangeWithOnInTheFiguresOwnWordsAndASignedPercentageAreGrowth() throws {
        let fall = "В 2023 году прямые инвестиции в экономику Грузии составили $1,6 млрд, что почти на 24 процента меньше, чем в 2022 году."
        #expect(decide(fall).last == .series("ge.fdi.yearly.yoy"))
        let signed = "Товарооборот Китая и Индии за январь-май 2023 года составил 41,1 млрд долларов (-9,3% за год)."
        let extraction = Extractor().extract(signed, published: .t("2023-07-16"))
        let placement = try #require(classifier.place(extraction, text: signed, published: .t("2023-07-16")).last)
        #expect(placement.decision == .series("cn_in.trade_turnover.ytd.yoy"))
        #expect(!placement.negated)  // the value is already negative
        #expect(extraction.figures.last?.value == -9.3)
    }

    @Test(arguments: [
        // Another clause's indicator after a conjunction: growth of the figure's own indicator.
        ("В 2024 году экспорт Казахстана в Китай вырос на 12% и импорт — на 5%.", "kz_cn.exports.yoy"),
        // A plan compared with, not a period: no growth.
        ("В 2024 году товарооборот России и Казахстана оказался ниже плана на 12%.", "review"),
    ])
    func aPercentageKeepsItsOwnIndicatorAndComparesOnlyWithPeriods(sentence: String, first: String) {
        let decision = decide(sentence, published: "2025-04-01").first
        if first == "review" {
            #expect(reason(decision).contains("neither growth nor a share"), "\(sentence)")
        } else {
            #expect(decision == .series(first), "\(sentence)")
        }
    }

    @Test func anInvestmentShareOfAWholeNamingItsInvestorGoesToReview() {
        let text = "В 2024 году на Казахстан пришлось 60% от общего объема китайских инвестиций в регион."
        #expect(reason(decide(text).first).contains("the investor's part of the destination's total"))
    }

    @Test func aTotalWithAnOriginNamedByAPrepositionIsThatOriginsTotal() {
        let text = "Казахстан и Китай подписали соглашения. Общий объем экспорта из Казахстана в 2023 году составил $78 млрд."
        #expect(decide(text).last == .series("kz.exports"))
    }

    @Test func aPronounWithoutAPrepositionDoesNotLiftTheTitlesPair() {
        let text = "Доклад посвящен странам ЕАЭС. В нем говорится, что товарооборот в 2024 году составил $28 млрд."
        let title = "Товарооборот России и Казахстана вырос"
        #expect(decide(text, published: "2025-03-01", title: title).last == .series("ru_kz.trade_turnover"))
    }

    @Test func growthOfAQuantityIsNotGrowthOfValue() {
        let text = "В 2023 году Туркменистан увеличил экспорт в Российскую Федерацию на 22% (до 136 млн тонн)."
        #expect(reason(decide(text).first).contains("growth of a quantity"))
        let physical = "В 2023 году поставки из России в Туркменистан выросли в физическом выражении на 11%."
        #expect(reason(decide(physical).first).contains("a quantity («физическ выражен»)"))
    }

    @Test func suppliesNamedByTheirGoodsOriginGoToReview() {
        let text = "В 2024 году поставки индийских товаров в РФ поднялись до 4,9 млрд долларов."
        #expect(reason(decide(text).first).contains("supplies with no «из»"))
    }

    @Test(arguments: [
        // A parallel clause that names both parts anew.
        (
            "На сегодняшний день Азербайджан инвестировал в экономику Турции свыше 20 млрд долларов, а Турция - в экономику Азербайджана 18 млрд.",
            "tr_az.investment.cumulative"
        ),
        // A single area's family cue after the figure, in the indicator's words.
        ("Грузия за первый квартал 2017 года привлекла 403 миллиона долларов иностранных инвестиций.", "ge.foreign_investment.ytd"),
        // A comparative seven words before "на"; "рухнул" is a fall.
        (
            "Товарооборот Казахстана и Беларуси в первом полугодии 2016 года составил 145,8 млн долларов, что ниже показателя аналогичного периода 2015 года на 46,4 процента.",
            "kz_by.trade_turnover.ytd.yoy"
        ),
        ("По итогам первых шести месяцев 2016 года товарооборот Беларуси с Китаем рухнул на 31,5%.", "by_cn.trade_turnover.ytd.yoy"),
    ])
    func holdout10sConstructions(sentence: String, last: String) {
        #expect(decide(sentence, published: "2025-12-01").last == .series(last), "\(sentence)")
    }

    @Test func growthRatesSaidWithACopulaOrGoingOnFromOneBefore() {
        let text =
            "«В прошлом году свыше 7% был рост торгового оборота России и Таджикистана, а за первые семь месяцев текущего года 17 с лишним процентов», — сказал Путин."
        #expect(decide(text, published: "2025-10-09") == [.series("ru_tj.trade_turnover.yoy"), .series("ru_tj.trade_turnover.ytd.yoy")])
        // The rate before goes on even when it could not be placed itself (here no area is named):
        // the second is read as growth too, and goes to review for the areas alone.
        let unplaced = "«В прошлом году свыше 7% был рост нашего торгового оборота, а за первые семь месяцев 17 с лишним процентов»."
        #expect(
            decide(unplaced, published: "2025-10-09").map(reason)
                == Array(repeating: "no area named, and no other in the text before it or the title", count: 2))
    }

    @Test func aChangeToldTwiceIsGrowthInBoth() {
        let text =
            "Товарооборот между Таджикистаном и Узбекистаном за январь–апрель 2025 года составил 184 млн долларов, что на 6,1 млн долларов или 3,4 процента больше, чем за аналогичный период прошлого года."
        #expect(decide(text, published: "2025-05-20").last == .series("tj_uz.trade_turnover.ytd.yoy"))
    }

    @Test func whereTheDataComeFromIsAPartyOnlyWhenTheSentenceNamesTooFew() {
        let own =
            "По данным Национального статистического комитета Беларуси, за первое полугодие 2016 года товарооборот с Китаем составил 966,6 млн долларов."
        #expect(decide(own, published: "2016-08-01") == [.series("by_cn.trade_turnover.ytd")])
        let other = "По данным таможни Китая, товарооборот России и Казахстана в 2024 году составил 28 млрд долларов."
        #expect(decide(other, published: "2025-03-01") == [.series("ru_kz.trade_turnover")])
    }

    @Test func aWholeRightAfterItsPartIsNotThePairs() {
        let text =
            "В 2019 году в Белоруссию поступило $2,87 млрд прямых инвестиций из России, или почти 40% от общего показателя ($7,2 млрд)."
        let decisions = decide(text, published: "2020-05-01")
        #expect(decisions.first == .series("ru_by.fdi.yearly"))
        #expect(reason(decisions.last).contains("the whole"))
        // A value after a count is not a whole of it: the projects' value.
        let projects = "Реализуются более 170 совместных проектов России и Казахстана с общим объемом инвестиций свыше $50 млрд."
        #expect(decide(projects, published: "2025-11-01").last == .series("ru_kz.joint_projects.value"))
    }

    @Test func areasAfterAnotherIndicatorWordBelongToItsFigure() {
        let text =
            "В 2022 году товарооборот между двумя странами вырос на 13% до $43,4 млрд. Российские поставки снизились на 7,7% до $21,3 млрд, а поставки из Белоруссии в РФ выросли на 41,2% до $22 млрд."
        let decisions = decide(text, published: "2023-03-01", title: "Товарооборот России и Белоруссии")
        #expect(Array(decisions[2...3]) == [.series("ru_by.exports.yoy"), .series("ru_by.exports")])
        #expect(Array(decisions[4...5]) == [.series("by_ru.exports.yoy"), .series("by_ru.exports")])
    }

    @Test func twoPartnersAreNotAPair() {
        let before = "За первые четыре месяца 2024 года товарооборот Армении со странами ЕС снизился на 24,3%."
        let text = before + " В частности, товарооборот с Германией составил около 148 млн долларов, с Францией – 42 млн долларов."
        let decisions = decide(text, published: "2024-06-01")
        // The first names its partner in its own clause; the side is the one the sentence before trades with the EU.
        #expect(decisions[1] == .series("am_de.trade_turnover.ytd"))
        #expect(decisions.allSatisfy { $0 != .series("de_fr.trade_turnover.ytd") })
    }

    @Test func anAreasCapitalizedAdjectiveInsideTheSentenceIsAnOrganizationsName() {
        let text =
            "Китайские компании инвестировали в Беларусь $15 млрд. В частности, инвестиции Китайской национальной машиностроительной корпорации составили $1,7 млрд."
        let decisions = decide(text, published: "2014-06-20")
        #expect(decisions.first == .series("cn_by.investment.cumulative"))
        #expect(reason(decisions.last).contains("organization"))
    }

    @Test func aCurrencysCountryIsNotAParty() {
        let text = "За январь – сентябрь 2025 года объём торговли Узбекистана и Кыргызстана увеличился на 14,7%, достигнув US$672,8 млн."
        #expect(decide(text, published: "2025-11-20") == [.series("kg_uz.trade_turnover.ytd.yoy"), .series("kg_uz.trade_turnover.ytd")])
    }

    @Test func everyMemberOfAGroupNamedIsTheGroup() {
        let text =
            "В январе–феврале 2023 года объем торговли Китая с Казахстаном, Кыргызстаном, Таджикистаном, Туркменистаном и Узбекистаном вырос на 22 процента."
        #expect(decide(text, published: "2023-03-20") == [.series("c5_cn.trade_turnover.ytd.yoy")])
        // Four of five are not the group.
        let four = "В 2022 году объем торговли Китая с Казахстаном, Кыргызстаном, Таджикистаном и Узбекистаном вырос на 22 процента."
        #expect(reason(decide(four, published: "2023-03-20").first).contains("several areas"))
    }

    @Test func aStockByTheEndOfAYearInCountriesCounted() {
        let text = "К концу 2022 года объем прямых инвестиций Китая в пять стран Центральной Азии достиг почти 15 миллиардов долларов."
        #expect(decide(text, published: "2023-03-20") == [.series("cn_c5.fdi.cumulative")])
        // Said of another figure in a later clause, it makes no stock of this one.
        let later = "В 2023 году Россия вложила в экономику Узбекистана $1,2 млрд, а к концу 2025 года этот объём планируется удвоить."
        #expect(decide(later, published: "2024-03-01") == [.series("ru_uz.investment.yearly")])
    }

    @Test func aDestinationSaidButNotNamedIsTheContexts() {
        let text =
            "В 2023 году больше всего инвестиций в экономику Кыргызстана поступило из Китая. КНР за весь 2023 год инвестировала в экономику нашей страны 220,8 млн долларов."
        #expect(decide(text, published: "2024-09-01").last == .series("cn_kg.investment.yearly"))
        // "в стране" says where, not where to: one area named stays a total.
        let inside =
            "В 2023 году больше всего инвестиций в экономику Кыргызстана поступило из Китая. Инвестиции Китая в стране в 2023 году составили 220,8 млн долларов."
        #expect(reason(decide(inside, published: "2024-09-01").last).contains("one area named"))
    }

    @Test func investmentAfterDirectInvestmentAndItsShareGoToReview() {
        let text =
            "Приток прямых инвестиций из Китая в Кыргызстан за первые 6 месяцев 2024 года составил 109 млн долларов. КНР за весь 2023 год инвестировала в экономику Кыргызстана 220,8 млн долларов, что составило 27,7% от общего объема вложений."
        let decisions = decide(text, published: "2024-09-01")
        #expect(decisions[0] == .series("cn_kg.fdi.ytd"))
        #expect(reason(decisions[1]).contains("investment after direct investment (a figure of it"))
        // Its share is no surer: the sentence before speaks of direct investment too.
        #expect(reason(decisions[2]).contains("direct investment again, or all of it?"))
    }

    @Test func theTwoCountriesAreThoseOfTheNearestSentenceWhateverTheTitleNames() {
        let text =
            "За пять месяцев 2025 года товарооборот Таджикистана с Китаем составил $964 млн. Таджикистан и Россия за пять месяцев наторговали на $900 млн. Рост товарооборота между двумя странами составил 9,3%."
        let title = "Китай впервые стал основным торговым партнером Таджикистана"
        #expect(decide(text, published: "2025-07-01", title: title).last == .series("ru_tj.trade_turnover.ytd.yoy"))
    }

    @Test func aFallNamedBeforeTheFigureInBracketsIsNegativeGrowth() {
        let text = "В 2025 году сокращение объемов импорта из Китая в Россию (более чем на 10%) было ожидаемым."
        #expect(decide(text, published: "2026-02-11") == [.series("ru_cn.imports.yoy")])
        let other = "ОАЭ в 2023 году сократили торговлю с Индией на 11%, а Саудовская Аравия — на 9,1%."
        #expect(decide(other, published: "2024-02-01").last == .series("in_sa.trade_turnover.yoy"))
    }

    @Test func theOtherFlowOfTheSentenceBeforeTurnsItsPartsRound() {
        let text =
            "В прошлом году Россия оказалась вторым торговым партнером Грузии. Экспорт товаров в Россию составил свыше $657 млн. При этом импорт сократился на 5% - до $1,8 млрд."
        let decisions = decide(text, published: "2024-01-20")
        #expect(decisions[0] == .series("ge_ru.exports"))
        #expect(Array(decisions[1...]) == [.series("ge_ru.imports.yoy"), .series("ge_ru.imports")])
    }

    @Test func aFigureAfterASentenceAboutOneAreasTotalIsPartOfIt() {
        let text =
            "Товарооборот России и Грузии составил $2,5 млрд. Общий внешнеторговый оборот Грузии в 2023 году составил свыше $21,5 млрд (+12,5%). Экспорт - более $6 млрд (+9,1%), а импорт - свыше $15 млрд (+14%)."
        let decisions = decide(text, published: "2024-01-20")
        #expect(
            Array(decisions[1...]) == [
                .series("ge.trade_turnover"), .series("ge.trade_turnover.yoy"), .series("ge.exports"), .series("ge.exports.yoy"),
                .series("ge.imports"), .series("ge.imports.yoy"),
            ])
        // "Общий рост импорта в Грузию" is a total too.
        let growth = "Общий рост импорта в Грузию за 7 месяцев 2023 года составил 19%, тогда как импорта из Китая - 13%."
        #expect(reason(decide(growth, published: "2023-08-20").first).contains("total"))
    }

    @Test func anAdditionToAFigureBeforeIsNotALevel() {
        let text =
            "На белорусско-таджикском бизнес-форуме заключены контракты на сумму около $46 млн. Кроме того, еще на $2 млн были закреплены договоренности."
        let decisions = decide(text, published: "2022-10-11")
        #expect(decisions.first == .series("by_tj.agreements.value"))
        #expect(reason(decisions.last).contains("an addition"))
        // "увеличился ещё на 21 % — до 98 млрд рублей": the level after the rise is a level.
        let level = "В январе-апреле 2023 года товарооборот России и Азербайджана увеличился еще на 21% - до 98 млрд рублей."
        #expect(decide(level, published: "2023-06-01").last == .series("ru_az.trade_turnover.ytd.rub"))
    }

    @Test func theFiguresOwnAdjectiveNamesTheInvestorAgainstTheContexts() {
        let text =
            "Об этом говорится в материалах узбекской стороны к визиту. В прошлом году было освоено около 3 миллиардов долларов российских инвестиций."
        #expect(decide(text, published: "2024-05-26").last == .series("ru_uz.investment.yearly"))
    }

    @Test func theValueOrGrowthOfAQuantityOfGoodsIsOneGoods() {
        let text =
            "Грузия с января по сентябрь 2025 года экспортировала в Россию 43,4 тыс. тонн черешни, что на 19,1% меньше показателя 2024 года. За девять месяцев Грузия экспортировала в Россию 43 403,2 тонны черешни на сумму $120,2 млн."
        let decisions = decide(text, published: "2025-10-20")
        #expect(decisions.count == 4)
        #expect(decisions.allSatisfy { reason($0).contains("quantity") || reason($0).contains("series family") })
        #expect(reason(decisions[1]).contains("quantity") && reason(decisions[3]).contains("quantity"))
    }

    @Test func theValueOfACountInReviewGoesWithIt() {
        let text =
            "Уже реализованы восемь совместных проектов Казахстана и Беларуси общей стоимостью около 180 млн долларов, еще два проекта на 19 млн долларов – на стадии реализации."
        let decisions = decide(text, published: "2023-09-26")
        #expect(Array(decisions[0...1]) == [.series("kz_by.joint_projects.count"), .series("kz_by.joint_projects.value")])
        #expect(reason(decisions[2]).contains("an addition"))
        #expect(reason(decisions[3]).contains("which went to review"))
    }

    @Test func aTradeBalanceHasNoSeries() {
        let text = "В итоге отрицательное сальдо торговли Молдовы с Румынией в январе-июле 2022 г. составило $100,6 млн."
        #expect(reason(decide(text, published: "2022-09-28").first).contains("trade_balance"))
    }

    @Test func aPartyTheGazetteerDoesNotKnowIsNotCompletedFromContext() {
        let text =
            "Китай наращивает торговлю с соседями. В частности, экспорт из Синьцзяна в Кыргызстан за первые три месяца этого года составил 2,28 млрд долларов."
        #expect(reason(decide(text, published: "2022-04-20").last).contains("Синьцзяна"))
        // A region's own foreign trade: a single area's total with no area the gazetteer knows.
        let region = "В первом квартале 2022 года внешний товарооборот Синьцзян-Уйгурского автономного района достиг 5,91 млрд долларов."
        #expect(decide(region, published: "2022-04-20").allSatisfy { if case .review = $0 { true } else { false } })
    }

    @Test func aidIsNeitherInvestmentNorJointProjects() {
        let text =
            "Турция инвестирует в Молдову, а объем предоставленной ею помощи через агентство TIKA для внедрения 350 проектов за 25 лет составил $33 млн."
        let decisions = decide(text, published: "2019-07-18")
        #expect(reason(decisions.first).contains("aid or a grant"))
        #expect(reason(decisions.last).contains("went to review"))
    }

    @Test func anEnumerationWithDashesKeepsItsReporter() {
        let text =
            "В январе-марте 2019 года молдавский экспорт в Россию сократился на 3,4% - до $58,1 млн, в Беларусь – уменьшился на 17,8% - до $23,5 млн, в Украину – снизился на 10,4% - до $16,6 млн."
        let decisions = decide(text, published: "2019-06-14")
        #expect(
            decisions == [
                .series("md_ru.exports.ytd.yoy"), .series("md_ru.exports.ytd"), .series("md_by.exports.ytd.yoy"),
                .series("md_by.exports.ytd"),
                .series("md_ua.exports.ytd.yoy"), .series("md_ua.exports.ytd"),
            ])
    }

    @Test func aPlusRightBeforeAPercentageMakesItAChange() {
        let text = "В 2023 году экспорт товаров из Грузии в Россию составил свыше $657 млн (+2,2%)."
        #expect(decide(text, published: "2024-01-20") == [.series("ge_ru.exports"), .series("ge_ru.exports.yoy")])
    }

    @Test func aRateAfterACommaThatFollowsAPercentGoesOnFromIt() {
        let text = "Общий рост импорта в Грузию за 7 месяцев 2023 года составил 19%, тогда как импорта из Китая - 13%."
        let decisions = decide(text, published: "2023-08-20")
        #expect(reason(decisions.first).contains("total"))
        #expect(decisions.last == .series("ge_cn.imports.ytd.yoy"))
    }

    @Test func aHeadlineThatNamesOtherAreasThanItsBodyFigureSendsBothToReview() {
        let text = """
            Экспорт из Грузии в Россию вырос на 38% в 2021 году
            Товарооборот между Грузией и Россией в 2021 году вырос на 23,2%, а экспорт из России в Грузию вырос на 38,3%.
            """
        let decisions = decide(text, published: "2022-01-22")
        #expect(decisions[1] == .series("ru_ge.trade_turnover.yoy"))
        #expect(reason(decisions[0]).contains("say different things"))
        #expect(reason(decisions[2]).contains("say different things"))
        // A headline that says what the body says stays its restatement.
        let same = "Экспорт из России в Грузию вырос на 38% в 2021 году\nВ 2021 году экспорт из России в Грузию вырос на 38,3%."
        #expect(decide(same, published: "2022-01-22") == [.restatement(of: 1), .series("ru_ge.exports.yoy")])
    }

    @Test func anotherAreaNamedBeforeAOneAreaTotalMayOwnIt() {
        let text = "Россия занимает первое место по накопленным в Армении иностранным инвестициям с суммой свыше 3 миллиардов долларов."
        #expect(decide(text, published: "2013-03-12") == [.series("ru_am.investment.cumulative")])
    }

    @Test func aShareOfAWholeNamedAfterAdjectives() {
        let text = "В 2021 году на долю Франции приходилось лишь 0,4% экспорта Узбекистана, 0,6% общей внешней торговли и 0,7% импорта."
        #expect(decide(text, published: "2022-11-24")[1] == .series("uz_fr.trade_turnover.share"))
    }

    @Test func theGroupARankIsAmongIsNotAParty() {
        let text =
            "В 2013 году Беларусь и Туркменистан вышли на четвертое место по экспорту среди стран СНГ. Товарооборот составил почти $320 млн, что больше по сравнению с предыдущим годом почти на 35%."
        #expect(decide(text, published: "2014-02-01") == [.series("by_tm.trade_turnover"), .series("by_tm.trade_turnover.yoy")])
    }

    @Test func theNearestVerbBeforeGivesTheDirection() {
        let text = "В 2024 году экспорт России в Китай вырос на 10%, импорт сократился на 5%, а товарооборот — на 2%."
        let last = placements(text, published: "2025-03-01").last
        #expect(last?.decision == .series("ru_cn.trade_turnover.yoy"))
        #expect(last?.negated == true)
    }

    @Test func theOtherFlowTurnsPartsRoundOnlyWhenTheSentenceBeforeNamesItAlone() {
        let text = "В 2024 году экспорт Узбекистана в Китай составил $2 млрд, превысив импорт. Экспорт вырос на 15%."
        #expect(decide(text, published: "2025-03-01").last == .series("uz_cn.exports.yoy"))
    }

    @Test func aReporterBeforeAListIsNotFoldedIntoItsGroup() {
        let text = "В 2024 году товарооборот Казахстана с Таджикистаном, Кыргызстаном, Туркменистаном и Узбекистаном составил $9 млрд."
        #expect(reason(decide(text, published: "2025-03-01").first).contains("several areas named (KG, KZ, TJ, TM, UZ)"))
    }

    @Test func aShareAfterOrIsAShareOfTheWholeNamedAfterIt() {
        let text = "В 2024 году Казахстан поставил в Китай товаров на $1,2 млрд, или 15% казахстанского экспорта."
        #expect(decide(text, published: "2025-03-01") == [.series("kz_cn.exports"), .series("kz_cn.exports.share")])
    }

    @Test func byAYearIsADeadlineButByAPercentageIsARise() {
        let rise = "In January-October 2022, trade turnover between Kazakhstan and China increased by 34% to $19.7 billion."
        #expect(decide(rise, published: "2022-11-30", language: .english).last == .series("kz_cn.trade_turnover.ytd"))
        let goal = "Kazakhstan and China plan to bring trade turnover to $35 billion by 2030."
        #expect(
            decide(goal, published: "2022-11-30", language: .english).first.map { if case .review = $0 { true } else { false } } == true)
    }

    @Test func aFigureAfterASentenceAboutOneAreasTotalIsPartOfItEvenWhenItNamesThatArea() {
        let text =
            "Товарооборот России и Грузии составил $2,5 млрд. Внешнеторговый оборот Грузии в 2023 году составил $21,5 млрд. Грузинский экспорт - более $6 млрд."
        #expect(decide(text, published: "2024-01-20").last == .series("ge.exports"))
    }

    @Test func whoSaidTheFigureIsAPartyOnlyWhenTheSentenceNamesTooFew() {
        // Named alone, the speaker is not a total of its own: the partner comes from the context.
        let before = "Россия и Таджикистан наращивают торговлю."
        let quote = "«В прошлом году свыше 7% был рост нашего торгового оборота», — сказал Путин."
        #expect(decide(before + " " + quote, published: "2025-10-09").last == .series("ru_tj.trade_turnover.yoy"))
        // The sentence names the pair: who said it is not a third party.
        let third = "Товарооборот России и Таджикистана вырос в 2024 году на 7%, — сказал Лукашенко."
        #expect(decide(third, published: "2025-10-09") == [.series("ru_tj.trade_turnover.yoy")])
        // The sentence names one side: the speaker's country is the other.
        let side = "Товарооборот с Таджикистаном вырос в 2024 году на 7%, сказал министр экономического развития России."
        #expect(decide(side, published: "2025-10-09") == [.series("ru_tj.trade_turnover.yoy")])
        // The name before the verb says it too, and a leader's name is its country's.
        let subject =
            "В 2024 году товарооборот России и Армении составил $11,7 млрд. Пашинян добавил, что в 2024 году этот показатель оценивался в $9 млрд."
        #expect(decide(subject, published: "2025-10-09").last == .series("ru_am.trade_turnover"))
        let leader = "Г.Бердымухамедов отметил, что в 2008 году товарооборот с Россией составил $7 млрд."
        #expect(decide(leader, published: "2009-11-29") == [.series("ru_tm.trade_turnover")])
    }

    @Test func growthWithNoIndicatorIsThatOfTheFigureInTheSentenceBefore() {
        let text =
            "В 2024 году товарооборот России и Индонезии составил 4,3 млрд долларов. За первый квартал нынешнего года прирост составил порядка 40%."
        #expect(decide(text, published: "2025-06-01").last == .series("ru_id.trade_turnover.ytd.yoy"))
        // Not from a sentence further back: the text between may be about something else.
        let far = "В 2024 году товарооборот России и Индонезии составил 4,3 млрд долларов. Стороны обсудили туризм. Прирост составил 40%."
        #expect(reason(decide(far, published: "2025-06-01").last).contains("no indicator word"))
    }

    @Test(arguments: [
        "Объем китайских инвестиций в России по итогам 2018 года способен достичь 35 миллиардов долларов.",
        "Беларусь и Китай подпишут контракты на сумму около 3,3 млрд. долларов.",
        "В 2017 году экспорт российских продуктов питания в Египет вырос до $19 миллиардов.",
    ])
    func abilitiesFutureSigningsAndFoodAreNotLevels(sentence: String) {
        guard case .review = decide(sentence, published: "2018-02-21").last else {
            Issue.record("placed: \(sentence)")
            return
        }
    }

    @Test func aFieldIsNotARegion() {
        // "в области энергетики" is a field; a capitalized adjective makes "области" a region.
        let text = "Сотрудничество в области энергетики растет: товарооборот России и Казахстана в 2024 году составил $28 млрд."
        #expect(decide(text).first == .series("ru_kz.trade_turnover"))
    }

    @Test func aPronounThatReachesALevelTakesTheIndicatorBefore() {
        let text = "Товарооборот России и Узбекистана растет. По итогам 2022 года он достиг отметки в $9,3 млрд."
        #expect(decide(text, published: "2023-02-28").last == .series("ru_uz.trade_turnover"))
    }

    @Test func aPartThatSaysDirectIsDirectInvestment() {
        let text = "В 2006 году в экономику Беларуси поступило $23,34 млн инвестиций из Литвы (в том числе прямых - $5,35 млн)."
        #expect(decide(text, published: "2007-09-01") == [.series("lt_by.investment.yearly"), .series("lt_by.fdi.yearly")])
    }

    @Test func aCountrysExportsAfterThePairsTradeAreToThePartner() {
        let text =
            "Взаимный товарооборот России и ОАЭ за 2022 год составил около $9 млрд. Российский экспорт вырос на 71% и достиг $8,68 млрд."
        #expect(decide(text, published: "2023-06-15").last == .series("ru_ae.exports"))
    }

    @Test(arguments: [
        // A package of agreements providing for projects: the agreements' value.
        (
            "В 2017 году Узбекистан и Турция подписали пакет документов и соглашений, предусматривающих реализацию около 30 проектов на общую сумму более двух миллиардов долларов.",
            "tr_uz.agreements.value"
        ),
        // Invested up to the end of a year: a stock.
        ("До конца 2011 года вложение инвестиций из Китая в Узбекистан составило более 4 млрд долларов.", "cn_uz.investment.cumulative"),
        // An as-of day in the text: a stock.
        ("На 1 июля 2017 года Россия вложила в Украину $4,43 млрд.", "ru_ua.investment.cumulative"),
    ])
    func holdout12sConstructions(sentence: String, series: String) {
        #expect(decide(sentence, published: "2018-01-01").last == .series(series), "\(sentence)")
    }

    @Test func theOtherFlowSaidInEllipsisKeepsItsReporter() {
        let text = "Торговля Беларуси и Армении растет. В 2018 году экспорт из Беларуси достиг $37,4 млн, импорт — $12,7 млн."
        #expect(decide(text, published: "2019-06-01") == [.series("by_am.exports"), .series("by_am.imports")])
    }

    @Test func documentsStillBeingPreparedAreNotSigned() {
        let text =
            "В 2024 году Россия и Вьетнам готовят соглашения. Около 20 документов сейчас прорабатывается, они в большой степени готовности."
        #expect(reason(decide(text).last).contains("still being prepared"))
    }

    @Test func theIndicatorOfDannyPokazatelIsNamedInTheSentenceBefore() {
        let text =
            "В первом полугодии 2024 года объем взаимного товарооборота Таджикистана с Россией стал самым крупным. "
            + "За рассматриваемый период данный показатель составил 968,5 млн долларов."
        #expect(decide(text, published: "2024-07-18").last == .series("ru_tj.trade_turnover.ytd"))
    }

    @Test func anInvestmentShareAfterDolyaGoesToReview() {
        // The part after "приходится" is where the money goes, not who invests.
        let text = "В 2024 году на Казахстан приходится более 60% всех американских инвестиций в регионе."
        #expect(reason(decide(text).first).contains("the investor's part of the destination's total"))
    }

    @Test func theShareOfATradingPartnerIsInTheTradeOfTheAreaItPartners() {
        let text = "В 2024 году Россия осталась крупнейшим торговым партнером Киргизии с долей во внешней торговле страны в 22,3%."
        #expect(decide(text).first == .series("kg_ru.trade_turnover.share"))
    }

    @Test func aShortfallIsNotALevel() {
        let text = "В 2024 году взаимная торговля России и Армении недосчиталась $2 млрд."
        #expect(reason(decide(text).first).contains("a loss or shortfall"))
    }

    @Test(arguments: [
        "Азербайджан и Россия достигнут в 2025 году суммы в $5 млрд товарооборота.",
        "В 2025 году товарооборот России и Армении составит $6 млрд.",
    ])
    func aVerbInTheFutureTenseMakesAForecast(sentence: String) {
        #expect(reason(decide(sentence, published: "2025-10-14").first).contains("a goal or forecast"))
    }

    @Test func aWholeOfWhichAPartIsSpentIsACommitmentAndThePartTheLevel() {
        let text = "Объем корейских инвестиций в экономику Узбекистана превысил $5 млрд, из которых уже освоено более $2 млрд."
        let decisions = decide(text, published: "2010-02-15")
        #expect(reason(decisions.first).contains("committed, not reached"))
        #expect(decisions.last == .series("kr_uz.investment.cumulative"))
    }

    @Test func aTotalWithItsInvestorNamedTakesTheDestinationFromContext() {
        let text = """
            Япония наращивает инвестиции в Россию. \
            Общий объем накопленных японских инвестиций на начало 2004 года составил 1,9 млрд долларов.
            """
        #expect(decide(text, published: "2004-04-22").last == .series("jp_ru.investment.cumulative"))
        // With no investor named, a total is from everywhere, and the context does not complete it.
        let everywhere = "Япония наращивает инвестиции в Россию. Общий объем накопленных инвестиций в 2003 году составил $50 млрд."
        #expect(reason(decide(everywhere, published: "2004-04-22").last).contains("a total («общ объем»)"))
    }

    @Test func directCapitalInvestmentIsDirectInvestment() {
        #expect(
            decide("Прямые капиталовложения Турции в РФ составляют около $6 млрд.", published: "2011-01-20").first
                == .series("tr_ru.fdi.cumulative"))
    }

    @Test(arguments: [
        "В 2023 году есть все возможности для того, чтобы торговля России и Таджикистана достигла $2 млрд.",
        "Россия построит промышленную зону в Египте. Стоимость инвестиций оценивается в 7 млрд долларов.",
    ])
    func aPurposeOrACostEstimateIsNoLevel(text: String) {
        #expect(reason(decide(text, published: "2023-03-01").last).contains("a goal or forecast"))
    }

    @Test func aPronounForAnAreaPointsToTheSentenceBeforeWhateverTheTitleNames() {
        let text = "Партнером №1 для Грузии является Турция. Товарооборот с ней в 2022 году достиг 2,8 млрд долларов."
        let title = "Товарооборот Грузии с Россией вырос на 52%"
        #expect(decide(text, published: "2023-01-20", title: title).last == .series("ge_tr.trade_turnover"))
        // Without the pronoun, a sentence naming an area the title does not is a digression.
        let digression = "Партнером №1 для Грузии является Турция. Товарооборот в 2022 году достиг 2,5 млрд долларов."
        #expect(decide(digression, published: "2023-01-20", title: title).last == .series("ru_ge.trade_turnover"))
    }

    @Test func theFiguresClauseChoosesWhenTheSentenceNamesTooMany() {
        let text = "ОАЭ в первые пять месяцев 2023 года сократили объем взаимной торговли с Индией на 11%, а Саудовская Аравия — на 9,1%."
        #expect(
            decide(text, published: "2023-07-16", title: "Россия вошла в топ-3 торговых партнеров Индии").first
                == .series("ae_in.trade_turnover.ytd.yoy"))
    }

    @Test func rapidGrowthIsNoGoal() {
        let text =
            "Торговля между Азербайджаном и Узбекистаном развивается стремительными темпами: в 2024 году товарооборот составил $252 млн."
        #expect(decide(text).first == .series("az_uz.trade_turnover"))
    }

    @Test func aCountrysGoodsComeFromItAndAreAllItsGoods() {
        let text = "В январе-марте 2025 года импорт иранских товаров в Таджикистан составил $33,5 млн."
        #expect(decide(text).first == .series("tj_ir.imports.ytd"))
    }

    @Test func aPronounThatRisesTakesTheIndicatorOfTheFigureBefore() {
        let text = "В 2024 году товарооборот России и Монголии составил $1,9 млрд. Он вырос на 17,8% по итогам 2024 года."
        #expect(decide(text) == [.series("ru_mn.trade_turnover"), .series("ru_mn.trade_turnover.yoy")])
    }

    @Test func directInvestmentIsDirectWithAnAreaBetweenItsWords() {
        let text = "Объём накопленных прямых корейских инвестиций в экономику Узбекистана в 2024 году превысил $7 млрд."
        #expect(decide(text).first == .series("kr_uz.fdi.cumulative"))
    }

    @Test func aTaskIsAGoal() {
        let text = "Задача в 1 млрд долларов товарооборота Казахстана и Киргизии была достигнута в 2021 году."
        #expect(reason(decide(text).first).contains("a goal or forecast"))
    }

    @Test func aGoalWordDoesNotReachPastAContrast() {
        let text =
            "Задача в 1 млрд долларов товарооборота Казахстана и Киргизии была достигнута в 2021 году, а в 2022 году товарооборот вырос на 19%."
        let decisions = decide(text)
        #expect(reason(decisions.first).contains("a goal or forecast"))
        #expect(decisions.last == .series("kz_kg.trade_turnover.yoy"))
    }

    @Test(arguments: [
        ("Минск и Ташкент условились реализовать совместные проекты на сумму $1 млрд в 2025 году.", "a goal or forecast"),
        ("В 2024 году были обсуждены три совместных проекта Киргизии и Узбекистана.", "a goal or forecast"),
        ("ОАЭ инвестирует почти $3 млрд в энергетику Узбекистана.", "a goal or forecast"),
        (
            "Мы условились предпринять шаги для увеличения объема торговли Казахстана и Туркменистана до одного миллиарда долларов.",
            "a goal or forecast"
        ),
        (
            "В 2024 году Узбекистан и Азербайджан подписали соглашение о создании фонда с капиталом в $500 млн.",
            "the capital of a fund or company"
        ),
        (
            "Объём торговли между Туркменистаном и ОАЭ в 2024 году достиг 1,759 млрд долларов США (ненефтяная торговля).",
            "one group of goods or services"
        ),
    ])
    func intentionsCapitalAndGroupsAreNotTheIndicatorsLevel(sentence: String, reason expected: String) {
        #expect(reason(decide(sentence).first).contains(expected))
    }

    @Test func aChangeStatedBeforeItsComparativeIsNoLevel() {
        let text =
            "Товарооборот Таджикистана и Узбекистана в 2024 году составил 184 млн долларов, что на 6,1 млн долларов больше, чем годом ранее."
        let decisions = decide(text)
        #expect(decisions.first == .series("tj_uz.trade_turnover"))
        #expect(reason(decisions.last).contains("a change (up by the figure)"))
    }

    @Test func theSameAmountAgainInBracketsIsARestatementNotAnotherFigure() {
        let text =
            "В 2013 году товарооборот Беларуси и Казахстана составил порядка 950 млн долларов (по данным Белстата — 952,8 млн долларов)."
        #expect(decide(text) == [.series("kz_by.trade_turnover"), .restatement(of: 0)])
    }

    @Test func aRestatementOfARestatementPointsToTheFigureStored() {
        let text =
            "Инвестиции России в Казахстан составили 2,1 трлн тенге ($4,2 млрд)\nВ 2024 году инвестиции России в Казахстан составили 2,1 трлн тенге."
        let decisions = decide(text)
        #expect(decisions.count == 3)
        #expect(decisions.prefix(2).allSatisfy { $0 == .restatement(of: 2) })
    }

    @Test func aCapitalInTheDatelineIsNoParty() {
        let text = "17 мая, Минск /Корр. БЕЛТА/. Товарооборот с Китаем в 2018 году вырос на 17%."
        #expect(reason(decide(text).last).contains("one area named"))
        // And a region named by its adjective has no series at all.
        let region = "17 мая, Минск /Корр. БЕЛТА/. Товарооборот Минской области с Китаем в 2018 году вырос на 17%."
        #expect(reason(decide(region).last).contains("one region's figure («Минской области»)"))
    }

    @Test func percentagesInBracketsAreAListNotARestatement() {
        let text = "В 2016 году крупнейшими партнерами Узбекистана стали Китай (18,4%) и Россия (18,1%)."
        #expect(!decide(text).contains { if case .restatement = $0 { true } else { false } })
    }

    @Test func aPairOfCountriesSaidInWordsCompletesFromTheTitle() {
        let text = "Как сообщил Акылбек Жапаров, в 2022 году товарооборот между двумя странами составил 543,2 миллиона долларов."
        #expect(
            decide(text, title: "В Бишкеке начал работу бизнес-форум «Кыргызстан – Узбекистан»").first == .series("kg_uz.trade_turnover"))
    }

    @Test func anAdjectiveAfterDollarsIsNoCurrency() {
        let text = "В 2024 году в Узбекистане было освоено около 3 миллиардов долларов российских инвестиций."
        #expect(decide(text).first == .series("ru_uz.investment.yearly"))
    }

    @Test func aPairNamedInTheSentenceBeforeCompletesABilateralFigure() {
        let text = "Россия и Узбекистан расширяют сотрудничество. Товарооборот двух стран в 2024 году вырос до $11 млрд."
        #expect(decide(text).first == .series("ru_uz.trade_turnover"))
    }

    @Test func theTitleCompletesWhenNoSentenceNamesTheAreas() {
        #expect(
            decide("Товарооборот в 2024 году вырос до $11 млрд.", title: "Россия и Узбекистан").first == .series("ru_uz.trade_turnover"))
    }

    @Test func oneAreaWithNoPartnerIsATotalNotCompletedFromContext() {
        let text = "Казахстан и Китай подписали соглашения. Экспорт Казахстана в 2024 году составил $80 млрд."
        #expect(reason(decide(text).last).contains("one area named (KZ) with no partner"))
    }

    @Test func severalAreasInTheClauseGoToReview() {
        #expect(reason(decide("Товарооборот России, Казахстана и Китая в 2024 году составил $300 млрд.").first).contains("several areas"))
    }

    @Test func aDirectionalFigureBetweenUnmarkedAreasGoesToReview() {
        #expect(reason(decide("Инвестиции России и Узбекистана в 2024 году составили $1 млрд.").first).contains("not which is the origin"))
    }

    @Test func goalsAndChangesAreNotLevels() {
        #expect(
            reason(decide("Стороны намерены нарастить товарооборот России и Узбекистана до $20 млрд к 2030 году.").first).contains("goal"))
        #expect(
            reason(decide("Товарооборот России и Таджикистана в 2024 году вырос на $200 млн.").first).contains(
                "a change (up by the figure)"))
    }

    @Test(arguments: [
        ("Trade between Russia and Kazakhstan reached $28 billion in 2024, $2 billion more than in 2023.", "a change (up by the figure)"),
        ("Trade between Russia and Tajikistan rose by $200 million in 2024.", "a change (up by the figure)"),
        ("Trade between Russia and Armenia in 2024 was $1 billion lower than in 2023.", "a change (down by the figure)"),
    ])
    func englishChangesAreNotLevels(sentence: String, reason expected: String) {
        let decisions = decide(sentence)
        #expect(reason(decisions.last).contains(expected))
        if decisions.count == 2 { #expect(decisions.first == .series("ru_kz.trade_turnover")) }
    }

    @Test func upOrDownBeforeAPercentageIsGrowthButUpToIsABound() {
        let up = "In 2018, trade between Belarus and Kazakhstan reached $896 million, up 30% from the level of 2017."
        #expect(decide(up, published: "2019-08-28", language: .english).last == .series("kz_by.trade_turnover.yoy"))
        let down = "In 2018, trade between Belarus and Kazakhstan was $896 million, down by 5 percent."
        let fall = placements(down, published: "2019-08-28", language: .english).last
        #expect(fall?.decision == .series("kz_by.trade_turnover.yoy"))
        #expect(fall?.negated == true)
        let bound = "In 2018, trade between Belarus and Kazakhstan reached $896 million, with up to 30% in machinery."
        #expect(reason(decide(bound, published: "2019-08-28", language: .english).last).contains("neither growth nor a share"))
        let level = "The trade turnover between Belarus and Kazakhstan in 2018 made up $896 million."
        #expect(decide(level, published: "2019-08-28", language: .english) == [.series("kz_by.trade_turnover")])
        let change = "In 2018, trade between Belarus and Kazakhstan was up $96 million."
        #expect(reason(decide(change, published: "2019-08-28", language: .english).last).contains("a change (up by the figure)"))
    }

    @Test func aCountrysOwnFiguresAfterItsTotalStayItsOwnThroughARunOfSentencesAboutIt() {
        let text =
            "In April 2020, Turkey’s exports to Turkmenistan amounted to $69.6 million. Turkey's foreign trade turnover in April 2020 amounted to over $22.5 billion. In the reporting month, Turkey's exports dropped by 41.4 percent. It was also noted that Turkish imports grew by 1 percent, having amounted to $13.5 billion."
        let decisions = decide(text, published: "2020-05-20", language: .english)
        #expect(decisions.first == .series("tr_tm.exports.monthly"))
        #expect(
            Array(decisions.suffix(3)) == [
                .series("tr.exports.monthly.yoy"), .series("tr.imports.monthly.yoy"), .series("tr.imports.monthly"),
            ])
    }

    @Test func anEnglishAdjectiveIsCapitalizedWithoutBeginningAName() {
        let text = "The U.S.- Kazakh bilateral trade turnover exceeded $3 billion in 2022, up 37.2 percent from the previous year."
        #expect(
            decide(text, published: "2023-03-01", language: .english) == [
                .series("kz_us.trade_turnover"), .series("kz_us.trade_turnover.yoy"),
            ])
    }

    @Test func areasNamedAfterWordsPointingBackAtAPairSayWhereNotWho() {
        let text =
            "Uzbekistan and China agreed on new deals. Some 41 documents aimed at deepening cooperation between the two countries were signed on the eve of the China-Central Asia Summit in Xian, China."
        #expect(decide(text, published: "2023-05-19", language: .english).last == .series("cn_uz.agreements.count"))
    }

    @Test func aPartnersClauseAfterAClauseNamingAPairGoesToReview() {
        let text =
            "Trade between Uzbekistan and Russia grew to $9.9bn in 2023, while bilateral trade with the UAE reached $626mn in 2023."
        let decisions = decide(text, published: "2024-12-01", language: .english)
        #expect(decisions.first == .series("ru_uz.trade_turnover"))
        #expect(reason(decisions.last).contains("the other side is one of them"))
    }

    @Test func aFlowGivenItsFigureBeforeTheNextIsNoRivalAndItsPartsTurnRound() {
        let text =
            "According to the data, export from Georgia to Armenia amounted to USD 141 million from January to June 2013 whilst the import was equal to USD 50 million."
        #expect(
            decide(text, published: "2014-08-25", language: .english) == [.series("ge_am.exports.ytd"), .series("ge_am.imports.ytd")])
        let rival =
            "Пакет соглашений, предусматривающих реализацию около 30 проектов на общую сумму $2 млрд, подписали Россия и Узбекистан в 2024 году."
        #expect(decide(rival, published: "2024-05-01").last == .series("ru_uz.agreements.value"))
    }

    @Test func totaledAndAMonthAreNeitherATotalNorAParty() {
        let text = "UK exports to Uzbekistan in 2011 totaled USD 61.3 million."
        #expect(decide(text, published: "2012-07-27", language: .english) == [.series("gb_uz.exports")])
        let month = "Trade between Armenia and the US in Jan-Sep 2015 amounted to 118 million dollars."
        #expect(decide(month, published: "2015-11-10", language: .english) == [.series("am_us.trade_turnover.ytd")])
    }

    @Test func theirFlowInASentenceNamingNoAreaMayBeOfGoods() {
        let text =
            "In Georgia China mainly exports computing machines. Their imports in January to March 2018 made up 14 million USD."
        #expect(reason(decide(text, published: "2018-05-01", language: .english).last).contains("of the goods or of the countries"))
    }

    @Test func projectsSaidToBeSignedGoToReview() {
        let text =
            "Uzbekistan and Japan reviewed the implementation of 22 projects worth $4.3 billion, signed following the visit of the President to Japan in 2019."
        let decisions = decide(text, published: "2023-02-01", language: .english)
        #expect(decisions.count == 2)
        #expect(decisions.allSatisfy { reason($0).contains("projects said to be signed") })
    }

    @Test func directForeignInvestmentIsDirectInvestment() {
        let text = "By Jan-Jun 2015 U.S. direct foreign investments in Armenia's economy totaled 865 million AMD."
        #expect(decide(text, published: "2015-11-10", language: .english).first == .series("us_am.fdi.ytd.amd"))
    }

    @Test func goodsAndServicesAreTheWholeNotOneGroup() {
        let text = "In 2023, exports of goods and services from Kazakhstan to Russia reached $10 billion."
        #expect(decide(text, published: "2024-03-01", language: .english) == [.series("kz_ru.exports")])
        let russian = "Экспорт товаров и услуг из Казахстана в Россию в 2023 году достиг $10 млрд."
        #expect(decide(russian, published: "2024-03-01") == [.series("kz_ru.exports")])
    }

    @Test func anAreaNamedAfterAShareOfATotalOwnsTheWhole() {
        let text =
            "In the first half of 2021, China retained the status of Ukraine's largest trading partner. Bilateral trade reached $8.85 billion, which is 14.6% of the total volume of Ukrainian foreign trade."
        #expect(
            decide(text, published: "2021-08-01", language: .english) == [
                .series("cn_ua.trade_turnover.ytd"), .series("ua_cn.trade_turnover.ytd.share"),
            ])
    }

    @Test func orUpAfterABreakRestatesTheFigureBeforeAsGrowth() {
        let text = "Russia's bilateral trade with Indonesia totaled nearly $3 billion, or up 42 percent, in 2021."
        #expect(
            decide(text, published: "2022-03-01", language: .english) == [
                .series("ru_id.trade_turnover"), .series("ru_id.trade_turnover.yoy"),
            ])
        // Without the break, "or up" is no restatement.
        let joined = "Trade between Russia and Indonesia in 2021 was $3 billion or up to 42 percent of the target."
        #expect(decide(joined, published: "2022-03-01", language: .english).last != .series("ru_id.trade_turnover.yoy"))
    }

    @Test func aShareOfATotalWhoseOwnerIsNamedBetweenIsAShare() {
        let english = "In 2013, the ratio of Turkey's imports from Ukraine was approximately 1.8% of its total import."
        #expect(decide(english, published: "2014-01-01", language: .english) == [.series("tr_ua.imports.share")])
        let possessive = "In 2013, imports of Turkey from Ukraine made up 1.8% of Turkey's total imports."
        #expect(decide(possessive, published: "2014-01-01", language: .english) == [.series("tr_ua.imports.share")])
        let all = "In 2022, China was the destination for 25% of all Brazilian exports."
        #expect(decide(all, published: "2023-04-23", language: .english) == [.series("br_cn.exports.share")])
    }

    @Test func aRegionNamedAfterItsCapitalIsARegion() {
        let english = "In Q1 2019 Minsk Oblast's trade with China exceeded $412 million."
        #expect(
            reason(decide(english, published: "2019-05-20", title: "Belarus and China", language: .english).first).contains(
                "one region's figure («Minsk Oblast»)"))
        let russian = "Товарооборот Ташкентской области с Казахстаном в 2024 году составил $1,2 млрд."
        #expect(reason(decide(russian, published: "2025-02-01").first).contains("one region's figure"))
        // A country's own name before a region's word names no region.
        let group = "Trade between Kazakhstan and the Central Asia region reached $5 billion in 2023."
        #expect(!reason(decide(group, published: "2024-02-01", language: .english).first).contains("one region's figure"))
    }

    @Test func aHeadlinesDirectionRightAfterTheIndicatorIsGrowth() {
        let title = "Kazakhstan – Tajikistan Bilateral Trade Up 16.5% In H1 2022"
        #expect(decide(title, published: "2022-08-01", language: .english) == [.series("kz_tj.trade_turnover.ytd.yoy")])
    }

    @Test func wordsPointingBackAtTwoCountriesPassOverAGroupNamedWithThem() {
        let text =
            "Kazakhstan and Tajikistan are both members of the CIS trade bloc. In 2021, trade turnover between two countries increased by 46.9% over 2020, reaching US$1.2 billion."
        #expect(
            decide(text, published: "2022-08-01", language: .english) == [
                .series("kz_tj.trade_turnover.yoy"), .series("kz_tj.trade_turnover"),
            ])
        // Without them, the group is one of the candidates.
        let plain =
            "Kazakhstan and Tajikistan are both members of the CIS trade bloc. In 2021, trade turnover increased by 46.9% over 2020."
        #expect(reason(decide(plain, published: "2022-08-01", language: .english).first).contains("not clear which"))
    }

    @Test func aShareOfAnAreasTotalAfterThePartIsThePartsShare() {
        let text =
            "China remains Mongolia's top export destination in the first seven months of 2020, accounting for 68 percent of Mongolia's total exports."
        #expect(decide(text, published: "2020-08-14", language: .english) == [.series("mn_cn.exports.ytd.share")])
    }

    @Test func aPartsShareInAFlowWithNoOwnerIsInTheFlowOfTheSentenceBefore() {
        let text =
            "Импорт Турции из России в период с января по апрель 2016 года снизился до $5,077 млрд. В результате доля России в импорте сократилась до 8,1%."
        #expect(decide(text, published: "2016-06-01") == [.series("tr_ru.imports.ytd"), .series("tr_ru.imports.ytd.share")])
        // The world's imports are no area's of the context.
        let world =
            "Импорт Турции из России в период с января по апрель 2016 года снизился до $5,077 млрд. Доля России в мировом импорте сократилась до 8,1%."
        #expect(decide(world, published: "2016-06-01").last != .series("tr_ru.imports.ytd.share"))
    }

    @Test func aGroupsNameBeforeANounOfOneCountryIsNoParty() {
        let text =
            "Kazakhstan is the largest economy in Central Asia. In 2016 the EU invested $10.8 billion in the Central Asian country."
        // The EU's partner is then not named in the sentence: review, not the group's series.
        #expect(reason(decide(text, published: "2017-10-09", language: .english).first).contains("one area named (EU)"))
        // The group itself is one.
        let group = "In 2016 the EU invested $10.8 billion in the Central Asian countries."
        #expect(decide(group, published: "2017-10-09", language: .english) == [.series("eu_c5.investment.yearly")])
    }

    @Test func aPartWithAPeriodOfItsOwnIsNotMeasuredByItsWholesWords() {
        let text =
            "За последние 20 лет приток прямых иностранных инвестиций из Китая в Казахстан превысил 6,3 млрд долларов, в том числе около 210 млн долларов в 2025 году."
        #expect(decide(text, published: "2026-02-01") == [.series("cn_kz.fdi.cumulative"), .series("cn_kz.fdi.yearly")])
    }

    @Test func aMonthsChangeAgainstAnotherMonthIsNoYearOnYearChange() {
        let other = "Поставки из Украины в Беларусь в январе 2014 года сократились по сравнению с декабрем 2013 года на 41,6%."
        #expect(reason(decide(other, published: "2014-03-25").first).contains("a change against another month («декабрем»)"))
        let same = "Поставки из Украины в Беларусь в январе 2014 года сократились по сравнению с январем 2013 года на 38,5%."
        #expect(decide(same, published: "2014-03-25") == [.series("ua_by.exports.monthly.yoy")])
        let english = "Trade between Argentina and Brazil in September 2023 decreased by 16.6% compared to the previous August."
        #expect(
            reason(decide(english, published: "2023-10-07", language: .english).first).contains("a change against another month («August»)")
        )
    }

    @Test func aLevelAssumedIfATrendContinuesIsAPremiseNotAFigureReached() {
        let text =
            "При сохранении тенденции ежемесячного прироста товарооборота Украины и Белоруссии на уровне свыше 600 млн долл. по итогам 2012 года объемы взаимной торговли могут достигнуть 7 млрд долл."
        #expect(decide(text, published: "2012-11-01").allSatisfy { if case .review = $0 { true } else { false } })
    }

    @Test func jointProjectsWithOneSideFromTheTextBeforeNeedAWordSayingJoint() {
        let text =
            "Contracts were awarded to Turkish construction companies in the Central Asian country of Turkmenistan. Last year Turkish companies undertook projects in this country. In 2010 the value of projects was $4.5 billion."
        #expect(
            reason(decide(text, published: "2011-06-01", language: .english).last).contains(
                "parties from the text before, and no word saying they are joint"))
        let joint =
            "Turkish construction companies work in Turkmenistan. Last year Turkish and Turkmen companies launched joint projects. In 2010 the value of projects was $4.5 billion."
        #expect(decide(joint, published: "2011-06-01", language: .english).last == .series("tm_tr.joint_projects.value"))
    }

    @Test func aPartnerAfterSDoesNotMakeTheBalanceDependOnTrade() {
        let text = "В торговле с Молдовой у Беларуси положительное сальдо, которое в 2014 году составило 112,6 млн долларов."
        #expect(reason(decide(text, published: "2015-02-01").first).contains("trade_balance"))
        // "с" before a noun that is no area still makes the word after it depend on the one before.
        let projects = "Стороны реализуют 12 проектов России и Узбекистана с объемом инвестиций $5 млрд в 2024 году."
        #expect(decide(projects, published: "2025-02-01").last == .series("ru_uz.joint_projects.value"))
    }

    @Test func wordsInBracketsBeforeTheFigureExplainTheIndicatorBeforeThem() {
        let text =
            "По итогам 9 месяцев 2020 года доля Китая во внешнем обороте Украины (экспорт и импорт товаров и услуг) составила 12,9%."
        #expect(decide(text, published: "2020-11-13") == [.series("ua_cn.trade_turnover.ytd.share")])
        let total = "Общий внешний оборот торговли Украины за I полугодие 2020 года составил 84 835,8 млн долларов."
        #expect(decide(total, published: "2020-11-13") == [.series("ua.trade_turnover.ytd")])
    }

    @Test func aRateSaidOfEveryYearIsNoOnePeriodsChange() {
        let russian = "Объем товарооборота между Украиной и Турцией ежегодно увеличивается на 20%."
        #expect(reason(decide(russian, published: "2018-11-03").first).contains("a rate said of every year («ежегодно»)"))
        let english = "In 2018, trade between Turkey and Ukraine is growing by 20% annually."
        #expect(reason(decide(english, published: "2018-11-03", language: .english).first).contains("a rate said of every year"))
        let average = "In 2021, India-China bilateral trade grew by an average yearly growth of 12.55 per cent."
        #expect(reason(decide(average, published: "2023-01-13", language: .english).first).contains("a rate said of every year"))
        // One year's growth is placed.
        let once = "В 2017 году товарооборот между Украиной и Турцией увеличился на 20%."
        #expect(decide(once, published: "2018-11-03") == [.series("tr_ua.trade_turnover.yoy")])
    }

    @Test func englishTradeBalanceAndParticiplesOfChange() {
        let balance = "For 2023, the positive balance of trade of Poland with Ukraine is 31.4 billion zlotys."
        #expect(reason(decide(balance, published: "2024-03-04", language: .english).first).contains("trade_balance"))
        let negative =
            "Trade between Argentina and Brazil accumulated a negative balance of US$ 4.65 billion for Argentina in the first nine months of 2023."
        #expect(reason(decide(negative, published: "2023-10-07", language: .english).first).contains("trade_balance"))
        let imbalance = "In 2022, New Delhi’s trade imbalance with Beijing first crossed the $100 billion threshold."
        #expect(reason(decide(imbalance, published: "2023-01-13", language: .english).first).contains("trade_balance"))
        let rising =
            "Korea's exports to Kazakhstan grew 167.8 percent on year to $473 million in the third quarter of 2022, with imports from the country rising 45.6 percent on year to $968 million."
        #expect(decide(rising, published: "2022-10-20", language: .english).contains(.series("kr_kz.imports.quarterly.yoy")))
    }

    @Test func aPronounBeforeAdverbsAndAVerbStandsForTheFigureBefore() {
        let text =
            "In 2023, Polish exports to Ukraine reached 51.7 billion zlotys. In 2020, it only slightly exceeded 23 billion zlotys."
        #expect(decide(text, published: "2024-03-04", language: .english) == [.series("pl_ua.exports.pln"), .series("pl_ua.exports.pln")])
    }

    /// Sentences the third, fourth and fifth reviews (of the rules for holdout31–40) found misplaced:
    /// none may land in the series it names.
    @Test(arguments: [
        ("Товарооборот Казахстана и Китая в 2023 году вырос на 32% за счет роста импорта из Китая на 50%.", "kz_cn.trade_turnover.yoy", 1),
        (
            "В 2023 году товарооборот Узбекистана и России увеличился на 18,5% за счёт роста экспорта на 35,6%.",
            "ru_uz.trade_turnover.yoy", 1
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев выступил на саммите ЕАЭС в Москве. По его словам, товарооборот наших стран в 2023 году вырос на 10%.",
            "ru_kz.trade_turnover.yoy", 0
        ),
        (
            "В Бишкеке прошло заседание Евразийского межправительственного совета ЕАЭС. Премьер-министр Казахстана отметил, что в 2023 году взаимный товарооборот наших стран вырос на 10%.",
            "kz_kg.trade_turnover.yoy", 0
        ),
        (
            "В 2023 году товарооборот Казахстана с Китаем составил $41 млрд; отгрузки казахстанских товаров в КНР (экспорт) достигли $15 млрд.",
            "kz_cn.trade_turnover", 1
        ),
        (
            "Экспорт Китая в Россию в 2023 году вырос до $111 млрд. Доля Китая в глобальном экспорте составляет 14%.",
            "ru_cn.exports.share", 1
        ),
        ("Экспорт Китая в Россию в 2023 году вырос до $111 млрд. Доля Китая в экспорте составляет 14%.", "ru_cn.exports.share", 1),
        (
            "Казахстан в 2023 году нарастил экспорт в Россию до $10 млрд. В 2023 году в страны ЕАЭС республика экспортировала товаров на $12 млрд.",
            "kz_ru.exports", 1
        ),
        (
            "В 2023 году экспорт Казахстана в Китай (его доля в 2022 году составляла 18%, а в 2021 году – 15%) вырос на 10%.",
            "kz_cn.exports.share", 2
        ),
        ("В 2023 году импорт Казахстана из Китая, доля которого превысила треть, вырос на 20%.", "kz_cn.imports.share", 0),
        ("Доля Китая в импорте Казахстана в 2023 году составила 35%, импорт из Китая вырос на 20%.", "kz_cn.imports.share", 1),
        (
            "Накопленный объем китайских инвестиций в Казахстан с 2005 по 2023 год составил $25 млрд, из них $3 млрд по состоянию на конец 2015 года.",
            "cn_kz.investment.yearly", 1
        ),
        (
            "Kazakh Prime Minister spoke at the CIS heads of government meeting in Minsk. Trade between our countries grew 10% in 2023, he said.",
            "kz_by.trade_turnover.yoy", 0
        ),
        (
            "In 2023, trade between Kazakhstan and China reached $41 billion, while shipments to China (exports) totaled $15 billion.",
            "kz_cn.trade_turnover", 1
        ),
        ("In 2023, Ukraine’s exports to Turkey made up about 1.8% of its total imports.", "ua_tr.imports.share", 0),
        ("In 2023, exports from Russia made up 60% of its total trade with China.", "cn_ru.trade_turnover.share", 0),
        ("In 2023, Kazakhstan’s exports to China made up 65% of its total trade with China.", "cn_kz.trade_turnover.share", 0),
        ("In 2023, Kazakhstan’s exports to China (whose share was 18% in 2022 and 15% in 2021) rose 10%.", "kz_cn.exports.share", 2),
        ("In 2023, China's share of Kazakhstan's imports rose to 35%.", "cn_kz.imports.share", 0),
        ("При сохранении санкций товарооборот России и ЕС в 2024 году сократится до 50 млрд долларов.", "ru_eu.trade_turnover.ytd", 0),
        (
            "При сохранении нефтяных цен на уровне 80 долларов экспорт России в Индию в 2024 году увеличится на 15%.",
            "ru_in.exports.ytd.yoy", 1
        ),
        ("Саммит ЕАЭС прошел в Минске. Товарооборот между нашими странами в 2023 году вырос на 10%.", "by_eaeu.trade_turnover.yoy", 0),
        (
            "Токаев принял участие в саммите ЕАЭС. Взаимная торговля наших стран в 2023 году выросла на 10%.", "kz_eaeu.trade_turnover.yoy",
            0
        ),
        ("Доля экспорта Казахстана в Китай, которая в 2022 году составляла 18%, в 2023 году выросла на 3%.", "kz_cn.exports.yoy", 1),
        (
            "Соглашения на общую сумму 5 млрд долларов предусматривают инвестиции Китая в Узбекистан в размере 2 млрд долларов в 2023 году.",
            "cn_uz.agreements.value", 1
        ),
        (
            "За последние 20 лет приток прямых инвестиций из Китая в Казахстан превысил 6,3 млрд долларов, в том числе около 210 млн в 2023 году по данным Нацбанка на начало 2024 года.",
            "cn_kz.fdi.cumulative", 1
        ),
        ("Доля Китая во внешней торговле Казахстана (по экспорту) в 2023 году составила 20%.", "kz_cn.trade_turnover.share", 0),
        (
            "Товарооборот России и Казахстана в 2023 году составил 28 млрд долларов. Сам Казахстан тоже активен: он уже увеличил закупки китайских автомобилей на 40% в первом квартале 2024 года.",
            "kz_cn.trade_turnover.ytd.yoy", 1
        ),
        ("China bought 70% of all soybeans exported by Brazil in 2023.", "br_cn.exports.share", 0),
        ("Russia supplied 40% of all wheat imported by Egypt in 2023.", "eg_ru.imports.share", 0),
        ("Moscow Region Governor Andrei Vorobyov said exports to China rose 20% in 2023.", "ru_cn.exports.yoy", 0),
        ("The EAEU summit was held in Minsk. Trade between our countries grew 10% in 2023.", "by_eaeu.trade_turnover.yoy", 0),
        (
            "Trade between Russia and Kazakhstan reached $28 billion in 2023, a 10% increase in trade with the Russian border regions.",
            "ru_kz.trade_turnover.yoy", 1
        ),
        ("In 2023, Russia imposed a 20% increase in duties on imports from Kazakhstan.", "ru_kz.imports.yoy", 0),
        // The sixth review (a country's totals from context, possessives, "respectively", month on
        // month, shares, goods).
        (
            "Товарооборот Грузии с Китаем в 2023 году составил $2,1 млрд. Общий внешнеторговый оборот Грузии составил $21,5 млрд. Экспорт в эту страну — $800 млн.",
            "ge.exports", 2
        ),
        (
            "Общий внешнеторговый оборот Грузии в 2023 году составил $21,5 млрд. Экспорт в соседние страны составил $1,5 млрд.",
            "ge.exports", 1
        ),
        (
            "Turkey's foreign trade turnover in April 2020 amounted to $22.5 billion. Exports to neighbouring countries dropped by 41.4 percent.",
            "tr.exports.monthly.yoy", 1
        ),
        (
            "Turkey's foreign trade turnover in April 2020 amounted to $22.5 billion. Exports by small businesses dropped by 41.4 percent.",
            "tr.exports.monthly.yoy", 1
        ),
        (
            "Turkey's foreign trade turnover in April 2020 amounted to $22.5 billion. Automotive exports dropped by 41.4 percent.",
            "tr.exports.monthly.yoy", 1
        ),
        ("Внешнеторговый оборот Казахстана в 2023 году составил $140 млрд. Экспорт региона составил $3 млрд.", "kz.exports", 1),
        ("Внешнеторговый оборот Беларуси в 2023 году составил $80 млрд. Взаимный экспорт вырос на 5%.", "by.exports.yoy", 1),
        ("Внешнеторговый оборот Беларуси в 2023 году составил $80 млрд. Экспорт на рынки Азии вырос на 15%.", "by.exports.yoy", 1),
        (
            "Trade between Russia and Kazakhstan reached $26 billion in 2023, with Kazakhstan's exports and imports at $9 billion and $17 billion, respectively.",
            "ru_kz.imports", 2
        ),
        ("Turkey's exports to Germany rose 3% m/m in April 2024.", "tr_de.exports.monthly.yoy", 0),
        ("Экспорт Турции в Германию в апреле 2024 года вырос на 3% относительно марта.", "tr_de.exports.monthly.yoy", 0),
        ("Kazakhstan's arms sales to China reached $150 million in 2023.", "kz_cn.exports", 0),
        ("China's share of exports from Nigeria was 5% in 2023.", "cn_ng.exports.share", 0),
        ("На Китай в 2023 году пришлось 23% нигерийского импорта.", "cn_ng.imports.share", 0),
        ("Экспорт молока из Беларуси в Россию в 2023 году составил $1 млрд.", "by_ru.exports", 0),
        ("Indonesia's exports of medicines to China reached $500 million in 2023.", "id_cn.exports", 0),
        ("Trade between Indonesia and China reached US$127 billion by December 2023.", "cn_id.trade_turnover.monthly", 0),
        // The seventh review (narrowing words, commitments, goods).
        ("Georgia's total exports reached $6 billion in 2023. Exports to the Gulf reached $1 billion.", "ge.exports", 1),
        ("Georgia's total exports reached $6 billion in 2023. Exports by sea reached $3 billion.", "ge.exports", 1),
        ("Georgia's total exports reached $6 billion in 2023. Re-exports reached $2 billion.", "ge.exports", 1),
        ("Georgia's total exports reached $6 billion in 2023. Exports to the rest of the world reached $2 billion.", "ge.exports", 1),
        ("Georgia's total exports reached $6 billion in 2023. Exports to the top ten destinations reached $4 billion.", "ge.exports", 1),
        ("In 2023 China committed $5 billion in investment to Kenya.", "cn_ke.investment.yearly", 0),
        ("In 2023 Russia's energy exports to China reached $90 billion.", "ru_cn.exports", 0),
        ("In 2023 the US imported $427 billion in Chinese goods.", "cn_us.imports", 0),
        ("In 2018 the US imposed tariffs on $250 billion in Chinese imports.", "cn_us.imports", 0),
        ("In 2023 Russia received $110 billion in Chinese imports.", "cn_ru.imports", 0),
        // The eighth review (goods after the figure, since a year, spans, breakdowns, forecasts, volume).
        ("Brazil imported $3.1 billion worth of fertilizers from Russia in 2023.", "br_ru.imports", 0),
        ("India purchased $46 billion worth of crude from Russia in 2023.", "in_ru.imports", 0),
        ("Kazakhstan exported $1.6 billion of agricultural products to China in 2023.", "kz_cn.exports", 0),
        ("Since 2010, Japan has invested $15 billion in Indonesia.", "jp_id.investment.cumulative", 0),
        ("Турецкие компании вложили в экономику Казахстана $5 млрд с 2005 года.", "tr_kz.investment.cumulative", 0),
        ("Since 2015 trade between Egypt and Russia has grown by 80% to $7 billion.", "ru_eg.trade_turnover.yoy", 0),
        ("Товарооборот Казахстана и Кыргызстана с 2018 года вырос на 40% до $2,5 млрд.", "kz_kg.trade_turnover.yoy", 0),
        ("From 2015 to 2020, Chinese investment in Ethiopia amounted to $4 billion.", "cn_et.investment.yearly", 0),
        ("С 2015 по 2020 год объем инвестиций Китая в Казахстан составил $19 млрд.", "cn_kz.investment.yearly", 0),
        ("Kazakhstan's exports fell 6% to $78 billion in 2023, including $15 billion to China.", "kz_cn.exports", 1),
        ("Экспорт Казахстана в 2023 году снизился на 6% и составил $78 млрд, в том числе в Китай — $15 млрд.", "kz_cn.exports", 1),
        ("Товарооборот Казахстана и Турции в 2024 году превысит $7 млрд.", "kz_tr.trade_turnover.ytd", 0),
        ("Товарооборот Казахстана и Турции в 2024 году должен превысить $7 млрд.", "kz_tr.trade_turnover.ytd", 0),
        ("Kazakhstan's exports to China rose 15% in volume terms in 2023.", "kz_cn.exports.yoy", 0),
        ("Физический объем экспорта Казахстана в Турцию в 2023 году вырос на 20%.", "kz_tr.exports.yoy", 0),
    ])
    func foundMisplacedByTheReviewsNoLongerAre(text: String, wrong: String, index: Int) {
        let language = TextLanguage.detect(text) == .english ? ExtractionLanguage.english : .russian
        let decisions = decide(text, published: "2024-05-01", language: language)
        #expect(decisions.indices.contains(index) && decisions[index] != .series(wrong), "\(text): \(decisions)")
    }

    @Test func placementsTheFourthReviewFoundLostArePlaced() {
        let pair = "Казахстан и Таджикистан являются членами СНГ. Товарооборот между странами в 2023 году вырос на 46,9%."
        #expect(decide(pair, published: "2024-05-01") == [.series("kz_tj.trade_turnover.yoy")])
        let grain = "Казахстан ежегодно поставляет в Китай много зерна, а в 2023 году экспорт Казахстана в Китай вырос на 20%."
        #expect(decide(grain, published: "2024-05-01") == [.series("kz_cn.exports.yoy")])
        let yearToYear = "Товарооборот России и Китая за январь-апрель 2024 года вырос на 5,5% в год к году."
        #expect(decide(yearToYear, published: "2024-05-10") == [.series("ru_cn.trade_turnover.ytd.yoy")])
        let aside = "Brazil's exports to China (as a share of total exports) rose to 25% in 2023."
        #expect(decide(aside, published: "2024-05-01", language: .english) == [.series("br_cn.exports.share")])
    }

    @Test func namesOfInstitutionsAfterACapitalAreNoRegion() {
        let text = "A Tashkent State University of Economics study found that Uzbekistan’s trade with Russia reached $9.8 billion in 2023."
        #expect(decide(text, published: "2024-05-01", language: .english) == [.series("ru_uz.trade_turnover")])
        // "При сохранении …" is a forecast's premise, even when the verb is past: review, not a series.
        let premise = "При сохранении высоких цен на нефть экспорт Казахстана в Китай в 2023 году вырос на 15%."
        #expect(decide(premise, published: "2024-05-01").allSatisfy { if case .review = $0 { true } else { false } })
        let group = "В 2023 году в ЕАЭС страна экспортировала товаров на $9 млрд, сообщили в Минторге Казахстана."
        #expect(decide(group, published: "2024-05-01") == [.series("kz_eaeu.exports")])
    }

    @Test func exportAndImportTurnoverAreTheFlowsAndImportExportTurnoverIsTrade() {
        let text =
            "In 2021, Vietnam's export turnover to South Korea reached $21.9 billion, up 14.9 percent and import turnover reached $56.2 billion, up 19.7 percent."
        #expect(
            decide(text, published: "2022-03-30", language: .english) == [
                .series("vn_kr.exports"), .series("vn_kr.exports.yoy"), .series("vn_kr.imports"), .series("vn_kr.imports.yoy"),
            ])
        let total = "In the first two months of 2022, the total import-export turnover of Vietnam and South Korea reached US$13.8 billion."
        #expect(decide(total, published: "2022-03-30", language: .english) == [.series("kr_vn.trade_turnover.ytd")])
    }

    @Test func shippedGoodsToAPartnerAreExports() {
        let text = "Vietnam shipped 30.6 billion USD worth of goods to the US in 2014, up 24 percent against the previous year."
        #expect(decide(text, published: "2015-03-01", language: .english) == [.series("vn_us.exports"), .series("vn_us.exports.yoy")])
    }

    @Test func aNameTheGazetteerDoesNotKnowBeforeInvestedIsTheInvestor() {
        let text = "In 2022, Reliance has invested USD 2 billion in a joint venture for petrochemicals in the UAE."
        #expect(reason(decide(text, published: "2022-12-01", title: "India and the UAE", language: .english).first).contains("«Reliance»"))
        let russian = "В 2022 году Лукойл вложил в Узбекистан $1 млрд."
        #expect(reason(decide(russian, published: "2023-02-01", title: "Россия и Узбекистан").first).contains("«Лукойл»"))
        // An area before the verb is the investor.
        let area = "In 2022, India has invested USD 2 billion in the UAE."
        #expect(decide(area, published: "2023-02-01", language: .english) == [.series("in_ae.investment.yearly")])
    }

    @Test func aChangesNounRightAfterAPercentageNamesWhatChanged() {
        let text =
            "A rare novelty of the bilateral trade, otherwise dominated by the Chinese exports, was about 40% increase of Indian exports to China in 2017."
        #expect(decide(text, published: "2018-03-08", language: .english) == [.series("in_cn.exports.yoy")])
    }

    @Test func southAmericaIsAContinentNotTheUnitedStates() {
        let text = "In fact, bilateral trade between the two largest countries in South America plummeted to just USD 16.4 billion in 2020."
        #expect(
            decide(text, published: "2021-11-06", title: "Brazil and Argentina", language: .english) == [.series("ar_br.trade_turnover")])
        let russian = "Товарооборот крупнейших стран Латинской Америки в 2020 году сократился до $16,4 млрд."
        #expect(
            !decide(russian, published: "2021-11-06").contains { if case .series(let code) = $0 { code.contains("us") } else { false } })
    }

    @Test func goodsNamedBeforeTheFlowWordOrAsTheSubjectAreOneGroup() {
        let before = "In 2009, textiles exports from India to the US fell by 10.3 percent to USD 4.86 billion."
        #expect(decide(before, published: "2010-12-01", language: .english).allSatisfy { if case .review = $0 { true } else { false } })
        let subject =
            "Iron & Steel products which account for 5.3 percent of India’s exports to the US fell by 33.8 percent from USD 1.68 billion in 2008 to USD 1.12 billion in 2009."
        #expect(decide(subject, published: "2010-12-01", language: .english).allSatisfy { if case .review = $0 { true } else { false } })
        // Goods in general are all of the flow.
        let all = "In 2009, India's exports of goods to the US fell by 10.3 percent to USD 21.2 billion."
        #expect(decide(all, published: "2010-12-01", language: .english).last == .series("in_us.exports"))
    }

    @Test func aChangeOverSeveralYearsIsNoYearsChange() {
        let since = "In 2010, Chilean imports from China increased 26 percent since the Free Trade Agreement was signed in 2005."
        #expect(reason(decide(since, published: "2011-01-01", language: .english).first).contains("a change since an earlier time"))
        let from = "Trade between China and the US reached $590.7 billion in 2014, up 107% from the year of 2005."
        #expect(reason(decide(from, published: "2015-08-01", language: .english).last).contains("a change against 2005"))
        // The year before is a year's change; a base told for the next figure is not this one's.
        let next = "In 2022, exports reached 2.1 billion euros, an increase of about 61% compared to 2021 and over 134% compared to 2020."
        #expect(
            !reason(decide(next, published: "2023-03-01", title: "Romania and Moldova", language: .english).dropFirst().first).contains(
                "a change against 2020"))
    }

    /// Sentences the fifth review (of the rules for holdout38–40) found lost.
    @Test(arguments: [
        (
            "After fruitful talks, the presidents said trade turnover between Russia and Kazakhstan grew 8% in 2023.",
            "ru_kz.trade_turnover.yoy"
        ),
        ("Oil-rich Kazakhstan's trade with China grew 20% in 2023.", "kz_cn.trade_turnover.yoy"),
        ("US Secretary of State Condoleezza Rice said US exports to Kazakhstan grew 25% in 2005.", "us_kz.exports.yoy"),
        ("The world's top uranium producer Kazakhstan increased its exports to China by 30% in 2023.", "kz_cn.exports.yoy"),
        ("Kazakhstan's exports to China rose 20% in 2023 since demand for oil was strong.", "kz_cn.exports.yoy"),
        ("Russia's exports to Kazakhstan rose 10% in 2023 from projects launched in 2019.", "ru_kz.exports.yoy"),
    ])
    func placementsTheFifthReviewFoundLostArePlaced(text: String, series: String) {
        #expect(decide(text, published: "2024-05-01", language: .english).contains(.series(series)), "\(text)")
    }

    @Test func aFlowOfTheAreaThatTradesWithAPartnerIsThatAreas() {
        let text =
            "Торговый оборот Грузии с Турцией за шесть месяцев 2010 года составил свыше 496 миллионов долларов, из них 117 миллионов долларов составляет экспорт и 379 миллионов - импорт."
        #expect(
            decide(text, published: "2010-08-01") == [
                .series("ge_tr.trade_turnover.ytd"), .series("ge_tr.exports.ytd"), .series("ge_tr.imports.ytd"),
            ])
    }

    @Test func partsOfARegionsTradeAreTheRegions() {
        let text =
            "Товарооборот Туркестанской области с Республикой Узбекистан в 2023 году составил 421,9 млн долларов США. Из них экспорт составил 253,2 млн долларов США."
        let decisions = decide(text, published: "2024-03-01")
        #expect(reason(decisions.first).contains("one region's figure"))
        #expect(reason(decisions.last).contains("speaks of one region"))
    }

    @Test(arguments: [
        "Tajikistan and Turkey are charting a course to elevate their mutual trade volume to $1 billion by 2025.",
        "Trade between Tajikistan and Turkey reached $400 million in 2023, with subsequent years setting sights on the ambitious $1 billion goal.",
    ])
    func aDeadlineOrAGoalNounRightAfterTheFigureMakesItAGoalEvenUndated(sentence: String) {
        let extraction = Extractor(language: .english).extract(sentence, published: nil)
        let decision = classifier.place(extraction, text: sentence).last?.decision
        #expect(reason(decision).contains("a goal («"), "\(sentence)")
    }

    @Test func aFlowNamedAfterItsFigureIsItsIndicator() {
        let text =
            "In 2022, the trade turnover between Georgia and Turkey exceeded $2.8 billion, with $2.4 billion from imports. In 2007 the trade of Japan and Mongolia rose slightly, with imports/exports reaching US$ 84 million."
        let indicators = placements(text, published: "2023-01-23", language: .english).map(\.indicator)
        #expect(indicators == ["trade_turnover", "imports", "trade_turnover"])
    }

    @Test func aTaxOrRevenueGoesToReview() {
        let text = "Tax revenues from large enterprises with Chinese investments in Kyrgyzstan in 2018 amounted to 3.8 billion soms."
        #expect(reason(decide(text, published: "2019-05-01", language: .english).first).contains("a tax, revenue or profit"))
    }

    @Test func twoNamesJoinedByAHyphenAreAPair() {
        let text =
            "Activities in Mongolian-Japanese economic relations aim to increase trade. During 2007 the two countries’ trade rose slightly, including Mongolian exports amounting to US$ 10 million."
        #expect(decide(text, published: "2008-01-01", language: .english) == [.series("mn_jp.exports")])
        #expect(
            decide("Belarus-Armenia trade reached $84 million in 2007.", published: "2008-01-01", language: .english) == [
                .series("am_by.trade_turnover")
            ])
    }

    @Test(arguments: [
        "The volume of trade between Poland and Kazakhstan has increased. In 2013, its value amounted to USD 1.2 billion.",
        "The volume of trade between Poland and Kazakhstan has increased. In 2013, this figure stood at USD 1.2 billion.",
        "The volume of trade between Poland and Kazakhstan has increased. In 2013, it reached USD 1.2 billion.",
    ])
    func englishWordsThatStandForTheIndicatorBefore(text: String) {
        #expect(decide(text, published: "2016-01-10", language: .english) == [.series("kz_pl.trade_turnover")], "\(text)")
    }

    @Test func anInflowOfDirectInvestmentIsDirectInvestment() {
        let text = "Over 20 years, the gross inflow of direct investment from the Netherlands to Kazakhstan exceeded $92 billion."
        #expect(decide(text, published: "2019-10-31", language: .english) == [.series("nl_kz.fdi.cumulative")])
    }

    @Test func aPartnerNamedOtherwiseThanAsTheOtherSideOfTradeDoesNotMakeTheOtherTheReporter() {
        let text = "Kazakhstan's exports rose 5% to $78 billion in 2023, with China the largest buyer."
        #expect(decide(text, published: "2024-02-01", language: .english).allSatisfy { reason($0).contains("not which is the origin") })
    }

    @Test func initialsAndADottedCurrencyNameNoArea() {
        let initials = "Как сообщил вице-министр Е. С. Карабаев, товарооборот с Китаем в 2023 году составил $31 млрд."
        #expect(reason(decide(initials, published: "2024-02-01").first).contains("one area named"))
        let currency = "Kazakhstan's foreign trade turnover reached U.S.$139.8 billion in 2023."
        #expect(decide(currency, published: "2024-02-01", language: .english) == [.series("kz.trade_turnover")])
    }

    @Test func aLoneAreaWithItsTotalInBracketsIsNoListItem() {
        let text =
            "Товарооборот России и Казахстана в 2023 году составил $28 млрд. Внешнеторговый оборот Казахстана (139,8 млрд долларов) в 2023 году вырос на 3 %."
        #expect(
            decide(text, published: "2024-02-01").dropFirst().allSatisfy { decision in
                if case .series(let code) = decision { !code.hasPrefix("ru_kz") } else { true }
            })
    }

    @Test func aFlowWordAfterADashThatBeginsItsOwnClauseIsNotTheFiguresIndicator() {
        let text = "Товарооборот Казахстана с Узбекистаном в 2024 году вырос на 12 % и достиг $4,3 млрд — экспорт увеличился на 20 %."
        #expect(placements(text, published: "2025-02-01").dropFirst().first?.indicator == "trade_turnover")
    }

    @Test func upAfterAVerbThatTakesItIsNoDirection() {
        let text = "In 2023, exports from Kazakhstan to China took up 35% of the total."
        #expect(placements(text, published: "2024-02-01", language: .english).first?.trace.contains("growth") == false)
    }

    @Test func aGrowthAgainstAWholeYearIsNoGrowthOverTheSamePeriod() {
        let text =
            "Торговый оборот между Грузией и Россией в январе–ноябре 2018 года увеличился на 18 % – до 1254,9 млн долл., что на 5,2 % больше, чем за весь 2017 год."
        let decisions = decide(text, published: "2018-12-19")
        #expect(decisions.first == .series("ru_ge.trade_turnover.ytd.yoy"))
        #expect(reason(decisions.last).contains("against a whole year"))
    }

    @Test func aCountrysAgriculturalProduceIsOneGroupAndATradeBalanceNoTurnover() {
        let produce = "Экспорт украинской агропродукции в Египет в 2024 году составил 1,4 млрд долларов."
        #expect(reason(decide(produce, published: "2025-02-04").first).contains("one group of goods"))
        let balance = "Торговый баланс Молдовы с Румынией в январе-июле 2020 года составил 8,32 млн долларов."
        #expect(placements(balance, published: "2020-09-01").first?.indicator == "trade_balance")
    }

    @Test func aCountOfAGroupsMembersAfterOutOfIsNoOrigin() {
        let text = "В январе-июле 2020 года из 10 стран ЕС Молдова больше всего товаров импортировала из Италии — на $192,7 млн."
        #expect(decide(text, published: "2020-09-01") == [.series("md_it.imports.ytd")])
    }

    @Test(arguments: [
        "In 2023, Kazakhstan's exports and imports amounted to $78 billion and $61 billion, respectively.",
        "In 2023, Kazakhstan's imports rose to $61 billion, compared to Uzbekistan's $38 billion.",
        "The Russian Direct Investment Fund has invested $1 billion in Uzbekistan in 2023.",
        "Товарооборот Казахстана с Китаем в 2023 году вырос на 12 % и за счёт роста экспорта достиг $31 млрд.",
    ])
    func sentencesTheReviewFoundGoToReviewOrTheirOwnSeries(text: String) {
        let language = TextLanguage.detect(text) == .english ? ExtractionLanguage.english : .russian
        for decision in decide(text, published: "2024-02-01", language: language) {
            if case .series(let code) = decision {
                #expect(["kz_cn.trade_turnover", "kz_cn.trade_turnover.yoy"].contains(code), "\(text): \(code)")
            }
        }
    }

    @Test func aShareInAnAreasTradeIsOfThatAreasWholeAndGrowthAfterAContrastIsNoShare() {
        let text = "In 2023, China's share in Kazakhstan's trade reached 18% of the total while exports to China grew 20%."
        let decisions = decide(text, published: "2024-02-01", language: .english)
        #expect(decisions.first == .series("kz_cn.trade_turnover.share"))
        #expect(decisions.last.map { if case .series(let code) = $0 { !code.hasSuffix(".share") } else { true } } == true)
    }

    @Test func aCapitalizedPrepositionOrAnAreasNameBeforeARegionWordIsNoRegion() {
        let text = "В области торговли между Россией и Казахстаном в 2023 году оборот составил $28 млрд."
        #expect(decide(text, published: "2024-02-01") == [.series("ru_kz.trade_turnover")])
        let region = "Туркестанская область в 2023 году экспортировала в Узбекистан товаров на $253 млн."
        #expect(reason(decide(region, published: "2024-02-01").first).contains("one region's figure"))
    }

    @Test func theMonthMayIsNoModal() {
        let text = "In January-May 2018, trade between Azerbaijan and Pakistan grew by 38.6 percent."
        #expect(decide(text, published: "2018-07-05", language: .english) == [.series("az_pk.trade_turnover.ytd.yoy")])
        let modal = "Trade between Azerbaijan and Pakistan may grow to $100 million in 2019."
        #expect(reason(decide(modal, published: "2018-07-05", language: .english).first).contains("goal"))
    }

    @Test func aFundNamedRightAfterTheAmountIsItsSize() {
        let text = "In 2021, the 16 million dollar fund will ensure credit for investments by Hungarian companies in Kyrgyzstan."
        #expect(reason(decide(text, published: "2021-11-06", language: .english).first).contains("the size of a fund"))
    }

    @Test func aSentencePointingBackAtThePairNamesNoNewParties() {
        let text =
            "Vietnam and Russia have set a target of raising two-way trade turnover to $10 billion by 2025. Bilateral trade cooperation between the two countries has grown strongly after the free trade agreement between Vietnam and Eurasian Economic Union took effect in 2016. Two-way trade increased to $5.5 billion in 2021."
        #expect(decide(text, published: "2022-06-01", language: .english).last == .series("ru_vn.trade_turnover"))
    }

    @Test func anAgreementsNameNamesNoParty() {
        let text =
            "Since the Vietnam-Eurasian Economic Union Free Trade Agreement came into effect, trade between Vietnam and Russia reached $4.5 billion in 2018."
        #expect(decide(text, published: "2019-05-01", language: .english) == [.series("ru_vn.trade_turnover")])
    }

    @Test func theOtherFlowsPartTurnsRoundAcrossABracket() {
        let text =
            "Malaysia exported RM161.1 million (US$36.09 million) worth of goods to the Kyrgyz Republic in 2023 and imported RM1.22 million worth of electrical products."
        #expect(decide(text, published: "2024-05-14", language: .english).last == .series("my_kg.imports.myr"))
    }

    @Test func aFlowAfterASentenceNamingAPairAndAPercentageAboveAPeriodsLevel() {
        let text =
            "In 2010, the total trade between Serbia and the Russian Federation reached USD 2,701.6 million, some 16 percent above the 2009 balance. Serbia's export rose by 55 percent from the year before and totaled USD 541.1 million."
        #expect(
            decide(text, published: "2011-03-01", language: .english) == [
                .series("ru_rs.trade_turnover"), .series("ru_rs.trade_turnover.yoy"), .series("rs_ru.exports.yoy"),
                .series("rs_ru.exports"),
            ])
    }

    @Test func theSecondReviewsSentencesGoToReviewOrTheirOwnSeries() {
        func codes(_ text: String, _ language: ExtractionLanguage, _ published: String = "2024-03-01") -> [String] {
            decide(text, published: published, language: language).map { if case .series(let code) = $0 { code } else { "review" } }
        }
        #expect(
            codes(
                "Putin and Vučić discussed relations between Serbia and Russia. Serbia's exports rose 12 percent in 2023 to €30 billion.",
                .english
            )
            .allSatisfy { !$0.hasPrefix("rs_ru") })
        #expect(
            codes("Беларусь экспортировала товаров на 1,5 млрд долларов в Россию в 2023 году, а импортировала — на 2,1 млрд.", .russian)
                .last == "by_ru.imports")
        #expect(
            codes("Trade between Kazakhstan and China reached $4.5 billion in 2023, 10 percent below the $5 billion target.", .english).last
                == "review")
        #expect(
            codes("In 2023, Kazakhstan's exports to Russia rose 8 percent and the Kyrgyz Republic's exports grew 12 percent.", .english)
                .last
                == "review")
        #expect(codes("Trade between Kazakhstan and China May Reach $30 Billion in 2024.", .english) == ["review"])
    }

    @Test func aCountrysGoodsOfOneKindAreOneGroup() {
        let kind = "Экспорт белорусской продукции машиностроения в Россию в 2023 году вырос на 20 %."
        #expect(reason(decide(kind, published: "2024-03-01").first).contains("one group of goods"))
        let all = "Экспорт таджикской продукции в Россию в 2023 году составил $500 млн."
        #expect(decide(all, published: "2024-03-01") == [.series("tj_ru.exports")])
    }

    @Test func theLongestIndicatorAfterTheFigureAndAGrantRightAfterIt() {
        let surplus =
            "Russia's trade with Indonesia totaled nearly $3 billion in 2021. Indonesia recorded a $240 million trade surplus in 2021."
        #expect(placements(surplus, published: "2022-04-23", language: .english).last?.indicator == "trade_balance")
        let grant = "In 2019, the government provided a HUF 10 bln grant to support Hungarian investments in southern Serbia."
        #expect(reason(decide(grant, published: "2019-11-14", language: .english).first).contains("the size of a fund"))
    }

    @Test func aFlowWhosePartnersTheTextBeforeNamesOtherwiseThanTheTitleGoesToReview() {
        let text =
            "Внешнеторговая деятельность Молдовы сократилась из-за ухудшения отношений с Россией. Экспортные поставки в страны Европейского союза в январе-апреле 2006 года сократились на 4 %. В апреле 2006 года экспорт составил 62,1 млн долларов США."
        let decisions = decide(
            text, published: "2006-05-20", title: "Внешнеторговая деятельность Молдовы сократилась из-за ухудшения отношений с Россией")
        #expect(reason(decisions.last).contains("as partners of this flow"))
    }

    @Test func toBeforeAnAreaMakesItTheDestination() {
        let text = "In April 2020, Turkey’s exports to Turkmenistan amounted to $69.6 million."
        #expect(decide(text, published: "2020-05-20", language: .english) == [.series("tr_tm.exports.monthly")])
    }

    @Test(arguments: [
        (
            "In 2022, trade between Kazakhstan and the EU exceeded the 2021 figure by 27.6 percent, reaching $40 billion.",
            "kz_eu.trade_turnover.yoy"
        ),
        ("In 2023, trade between Georgia and Azerbaijan has raised by 7.7 percent.", "az_ge.trade_turnover.yoy"),
        ("In 2023, trade between Uzbekistan and the UAE reached $626mn, marking a 21% y/y increase.", "ae_uz.trade_turnover.yoy"),
    ])
    func englishGrowthSaidAfterOrAroundThePercentage(sentence: String, series: String) {
        #expect(decide(sentence, published: "2024-03-01", language: .english).contains(.series(series)), "\(sentence)")
    }

    @Test func aShareNounRightAfterThePercentageMakesItAShare() {
        let text = "In 2016, Turkey had a 13% share in Georgia's total trade."
        #expect(placements(text, published: "2017-03-01", language: .english).first?.trace.contains("a share") == true)
    }

    @Test func aFigureInBracketsAfterAListedAreaIsThatAreasWithTheReporterBefore() {
        let text =
            "Armenia's trade with EU countries in the first quarter of 2023 amounted to over $678.1 million. The largest trade partners were Germany (more than $173.6 million, up 97.7%), the Netherlands (over $116.4 million, up 84.7%) and France (over $36.2 million)."
        #expect(
            decide(text, published: "2023-05-04", language: .english) == [
                .series("am_eu.trade_turnover.ytd"), .series("am_de.trade_turnover.ytd"), .series("am_de.trade_turnover.ytd.yoy"),
                .series("am_nl.trade_turnover.ytd"), .series("am_nl.trade_turnover.ytd.yoy"), .series("am_fr.trade_turnover.ytd"),
            ])
        let russian = "Основными торговыми партнерами Армении в 2023 году были Россия ($7,3 млрд) и Китай ($2,1 млрд)."
        #expect(decide(russian, published: "2024-02-01") == [.series("ru_am.trade_turnover"), .series("am_cn.trade_turnover")])
    }

    @Test func aPeriodAfterPublicationIsAGoalEvenWithoutAGoalWord() {
        let text = "Программа предусматривает объём торговли Казахстана и Узбекистана в 10 млрд долларов США к 2030 году."
        #expect(reason(decide(text, published: "2026-01-30").first).contains("begins after the text was published"))
    }

    @Test func aGroupOfGoodsBetweenTheIndicatorAndTheFigureIsNotTheWhole() {
        let text = "В 2025 году из Азербайджана в Турцию было экспортировано 51,5 тысячи тонн сырой нефти на сумму 24 миллиона долларов."
        #expect(reason(decide(text).last).contains("one group of goods"))
    }

    @Test func aClauseParallelToTheIndicatorsTakesItsUnderstoodArea() {
        let text =
            "За январь-июль 2025 года торговый оборот Азербайджана с Турцией составил 3,4 миллиарда долларов, "
            + "с Казахстаном вырос в 3,8 раза и составил 517,1 миллиона долларов, а с Узбекистаном достиг 268,9 миллиона долларов."
        #expect(
            decide(text) == [.series("az_tr.trade_turnover.ytd"), .series("kz_az.trade_turnover.ytd"), .series("az_uz.trade_turnover.ytd")])
    }

    @Test func oneSidesProjectsInTheOthersCountryAreNotJointProjects() {
        let own = "В 2023 году турецкие компании реализовали в Туркменистане 7 проектов."
        #expect(reason(decide(own).first).contains("not joint ones"))
        let joint = "В Туркменистане реализуется 21 совместный турецко-туркменский проект."
        #expect(decide(joint).first == .series("tm_tr.joint_projects.count"))
    }

    @Test func seriesMadeFromTheFamilyHaveTitlesInBothLanguages() throws {
        let placement = try #require(place("Инвестиции России в экономику Узбекистана в 2024 году составили $1,2 млрд."))
        let series = try #require(placement.newSeries.last)
        #expect(series.code == "ru_uz.investment.yearly")
        #expect(series.titleRu == "Инвестиции России в Узбекистан, за год")
        #expect(series.titleEn == "Russian investment in Uzbekistan, yearly")
        #expect(series.measure == .flow && series.frequency == .annual && series.area == "RU" && series.counterpart == "UZ")
    }

    @Test func aCumulativeStockComesWithTheFlowItAccumulates() throws {
        let placement = try #require(place("Накопленные инвестиции России в Узбекистан превысили $13 млрд."))
        #expect(placement.decision == .series("ru_uz.investment.cumulative"))
        #expect(placement.newSeries.map(\.code) == ["ru_uz.investment.yearly", "ru_uz.investment.cumulative"])
        #expect(placement.newSeries.last?.accumulates == "ru_uz.investment.yearly")
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
        #expect(reason.contains("one group of goods or services («зерн»), not all exports"))
    }

    @Test func investmentBetweenUnnamedAreasGoesToReview() {
        guard case .review(let reason)? = decide("Инвестиции в регион составили 3 млрд долларов в 2024 году.").first else {
            Issue.record("expected review")
            return
        }
        #expect(reason.contains("no area named"))
    }

    @Test(arguments: [
        // The area of the sentence before is a side of the flow ("imports from Russia"), not the whole's owner.
        "Compared to 2021, imports from Russia increased by 79.4% and accounted for 13.6% of total imports. As for exports, last year exports to Russia increased by 6.8%.",
        // The sentence speaks of a pair.
        "Imports of these commodities reached US$7.62 billion, 73 percent of the country's total from Japan. In 2012, trade turnover between the two countries posted US$24.7 billion.",
        // The total before is a region's.
        "В первом квартале внешнеторговый оборот Минской области с Китаем превысил $412 млн. Экспорт составил $159 млн.",
    ])
    func aFlowAfterATotalIsNoTotalWhenTheTotalOrTheFlowSpeaksOfAPartner(text: String) {
        let decisions = decide(text, published: "2023-05-01", language: text.first!.isASCII ? .english : .russian)
        let last = decisions.last
        #expect(reason(last).contains("not"), "\(text): \(String(describing: last))")
    }

    @Test func aTotalOfExportsNamesItsOwnerAsWhereTheyComeFrom() {
        let text = "За первые 7 месяцев 2023 года общий объем экспорта из Грузии увеличился на 15,9%."
        #expect(decide(text, published: "2023-08-20") == [.series("ge.exports.ytd.yoy")])
        let outside = "В 2020 году объем внешней торговли ЕАЭС со странами вне экономического союза составил 624,6 млрд долл."
        #expect(decide(outside, published: "2021-02-01") == [.series("eaeu.trade_turnover")])
        let spelledOut = "Внешний торговый оборот Узбекистана в январе 2026 года составил $5,8 млрд."
        #expect(decide(spelledOut, published: "2026-02-20") == [.series("uz.trade_turnover.monthly")])
    }

    @Test func aTotalToPartnersSaidButNotNamedGoesToReview() {
        let africa = "В 2009 году общий объем экспорта белорусских товаров в страны Африки составил 256,3 млн долларов."
        let decision = decide(africa, published: "2010-03-01").first
        #expect(!reason(decision).hasPrefix("not review"), "\(String(describing: decision))")
    }

    @Test func aFlowNamingOnlyTheAreaOfATitleOnItAloneIsItsTotal() {
        let text = "Объем молдавского экспорта за первое полугодие 2015 года сократился на 16,2%, составив $812,3 млн."
        let title = "Экспорт Молдовы сократился более чем на 16%"
        #expect(
            decide(text, published: "2015-08-01", title: title) == [.series("md.exports.ytd.yoy"), .series("md.exports.ytd")])
        // Under a title on a pair, the partner is not guessed: review.
        let pair = "Экспорт Молдовы в Румынию вырос"
        #expect(!reason(decide(text, published: "2015-08-01", title: pair).last).hasPrefix("not review"))
        // Nor is trade turnover ("товарооборот Узбекистана" may be its trade with the region of the title).
        let turnover = "Товарооборот Узбекистана в 2023 году превысил 10 млрд долларов."
        #expect(!reason(decide(turnover, published: "2024-03-01", title: "Узбекистан наращивает торговлю").last).hasPrefix("not review"))
    }

    @Test func goodsNamedInRussianMakeOneGroupButIndustriesOfAgreementsDoNot() {
        let fruit = "В 2015 году Армения увеличила экспорт свежих фруктов и овощей на 66%."
        #expect(reason(decide(fruit, published: "2016-01-10").first).contains("one group of goods"))
        let agreements =
            "Узбекистан и Турция подписали пакет соглашений, предусматривающих реализацию около 30 проектов в текстильной и фармацевтической отраслях, на общую сумму более двух миллиардов долларов."
        #expect(decide(agreements, published: "2017-11-01").last == .series("tr_uz.agreements.value"))
    }

    @Test func aPossessiveBeforeAFlowOwnsItWhateverPrepositionGovernsIt() {
        let text = "In 2023, the UAE contributed $2.03 billion to Uganda's export earnings."
        #expect(decide(text, published: "2024-05-01", language: .english) == [.series("ug_ae.exports")])
    }

    @Test func figuresListedRespectivelyTakeTheListedIndicatorsInOrder() {
        let text =
            "Kenyan exports to Uganda are large. Goods exports and imports reached $1.4 billion and $620 million, respectively, as of 2019."
        #expect(
            decide(text, published: "2024-05-01", language: .english) == [.series("ke_ug.exports"), .series("ke_ug.imports")])
    }

    @Test func goodsListedAfterTheFlowMakeOneGroup() {
        let text =
            "Other significant exports from Kenya to Uganda included salt, sulfur, cement, and related materials, totaling $148.16 million in 2023."
        #expect(reason(decide(text, published: "2024-05-01", language: .english).first).contains("one group of goods"))
    }

    @Test func aChangeAgainstThePeriodJustBeforeIsNoYearOnYearChange() {
        let text = "The report showed a 9.2% surge in trade between Argentina and Brazil over the last month after an 8.5% rise in imports."
        #expect(
            decide(text, published: "2022-07-12", language: .english).allSatisfy { reason($0).contains("against the period just before") })
        // Said for the sentence, unless it says a change is year-on-year.
        let both = "Exports from Argentina to Brazil rose 4% month on month in June 2022 and 38% year on year."
        #expect(decide(both, published: "2022-07-12", language: .english).last == .series("ar_br.exports.monthly.yoy"))
    }

    @Test func anIndicatorAfterTheFigurePastAContrastIsAnotherClauses() {
        let text =
            "Argentine sales to Brazil increased in June 2022 by 38.2%, while imports from Brazil amounted to US$1,593 million."
        #expect(decide(text, published: "2022-07-12", language: .english).first == .series("ar_br.exports.monthly.yoy"))
    }

    @Test func aPurchaseFromANamedAreaIsImportsAndTheNextItemsVerbIsNotTheFigures() {
        let text = "In February alone, China bought products worth $4.08 billion from Russia and exported goods worth $2.75 billion."
        #expect(
            decide(text, published: "2019-03-08", language: .english) == [
                .series("cn_ru.imports.monthly"), .series("cn_ru.exports.monthly"),
            ])
        // Bought with no area it is bought from: shares, bonds, stakes are no imports.
        for bought in [
            "China bought US Treasuries worth $5 billion in 2018.", "Chinese firms bought stakes worth $5 billion in Kazakhstan in 2018.",
        ] {
            #expect(reason(decide(bought, published: "2019-03-08", language: .english).first).contains("a purchase"), "\(bought)")
        }
    }

    @Test func aShareWhosePartIsOneGroupOfGoodsGoesToReview() {
        let wool =
            "Uruguay mainly exports wool and soybean to China, among which its wool export steadily dominated the first place, or 51.2% of its total export value."
        #expect(reason(decide(wool, published: "2008-02-22", language: .english).first).contains("a share of one group of goods («wool»)"))
        let paper =
            "China's top import from Canada in 2015 consisted of wood pulp, paper and paper scraps, which accounted for just over 17 percent of all Canadian imports."
        #expect(reason(decide(paper, published: "2016-03-01", language: .english).first).contains("a share of one group of goods"))
        // A share of a country's whole with no goods named stays a share.
        let whole = "Exports to China made up 51.2% of Uruguay's total export value in 2007."
        #expect(decide(whole, published: "2008-02-22", language: .english) == [.series("uy_cn.exports.share")])
    }

    @Test func anAmountInBracketsRightAfterAGrowthRateIsTheChangeInMoney() {
        let text =
            "U.S. goods imports from Colombia totaled $15.6 billion in 2010, a 38.2% increase ($4.3 billion) from 2009. U.S. goods exports to Colombia in 2010 were $12.0 billion, up 27.4% ($2.6 billion) from 2009."
        let decisions = decide(text, published: "2011-05-01", language: .english)
        #expect(decisions.count == 6)
        #expect(decisions.first == .series("us_co.imports") && decisions[3] == .series("us_co.exports"))
        #expect(reason(decisions[2]).contains("a change in money") && reason(decisions[5]).contains("a change in money"))
    }

    @Test func anAmountInBracketsAfterOneTheExtractorDidNotReadRestatesIt() {
        let text =
            "In terms of trade, overall trade between the two countries, Belgium and Ivory Coast, soared from CFA298 billion (about €454.3 million) in 2012, to CFA514 billion (about €783.6 million) in 2016."
        let decisions = decide(text, published: "2017-10-25", language: .english)
        #expect(decisions.count == 2)
        #expect(decisions.allSatisfy { reason($0).contains("restates the amount before the bracket («CFA") }, "\(decisions)")
        // An amount the extractor read before the bracket is no such amount ("12,9% (10 854,7 млн долларов)").
        let share = "Доля Китая во внешней торговле Украины за девять месяцев 2020 года составила 12,9% (10 854,7 млн долларов)."
        #expect(!decide(share, published: "2020-11-01").contains { reason($0).contains("restates the amount") })
    }

    @Test func anAmountInBracketsAfterAnotherAndItsYearRestatesIt() {
        let text =
            "The volume of trade exchange between Jordan and Iraq increased in 2023 to reach 832 million dinars, about ($1.2 billion), compared to 772 million in 2022 ($1.1 billion)."
        let decisions = decide(text, published: "2024-04-18", language: .english)
        #expect(decisions.count == 3)
        #expect(reason(decisions[0]).contains("restates the amount before the bracket («832 million dinars"), "\(decisions)")
        #expect(reason(decisions[2]).contains("restates the amount before the bracket («772 million in 2022»)"), "\(decisions)")
    }

    @Test func anAmountInBracketsAfterAnItemOfAListIsOnePartOfABreakdown() {
        let text =
            "Cumulative Chinese investment in Bangladesh from 2001 to March 2025 amounted to $1.53 billion, with major allocations in power ($868.06m), construction ($46.41m) and leather ($20.37m)."
        let decisions = decide(text, published: "2025-10-23", language: .english)
        #expect(decisions.first == .series("cn_bd.investment.cumulative"))
        #expect(decisions.count == 4 && reason(decisions[1]).contains("one item («power») of a breakdown"), "\(decisions)")
        #expect(reason(decisions[2]).contains("one item («construction»)"), "\(decisions)")
        // Areas in brackets are a list of partners, not items ("Italy ($87.6 million)"): not this rule.
        let areas = "Armenia's trade with the EU reached $678 million, with Germany ($173.6 million) and Italy ($87.6 million) in the lead."
        #expect(!decide(areas, published: "2023-05-01", language: .english).contains { reason($0).contains("breakdown") })
    }

    @Test func growthInASentenceOnGoodsOrASectorIsNotTheFigureBeforesGrowth() {
        let text =
            "Chinese investment in Cambodia reached $5.1 billion in 2016. Some 830,000 Chinese tourists visited Cambodia last year, a 20 percent year-on-year increase."
        #expect(!decide(text, published: "2017-04-12", language: .english).contains(.series("cn_kh.investment.yearly.yoy")))
    }

    @Test func investmentNamingNoAreaAfterAShareOfAWholeOfInvestmentGoesToReview() {
        let text =
            "According to Leitl, 50% of the foreign direct investments in Slovenia are made by Austrian businesses. The FDI volume comes at € 6.0bn."
        #expect(reason(decide(text, published: "2012-11-08", language: .english).last).contains("a share of a whole («50% of …»)"))
    }

    @Test func aChangeBetweenTwoYearsApartIsOverSeveralYearsAndAStockIsAStock() {
        let text = "From 2010 to 2016, Japan’s stock of direct investment in Australia increased by 78 per cent to $91 billion."
        let decisions = decide(text, published: "2017-09-21", language: .english)
        #expect(reason(decisions.first).contains("a change over several years («From 2010 to 2016»)"), "\(decisions)")
        #expect(decisions.last == .series("jp_au.fdi.cumulative"))
        let russian = "С 2015 по 2020 год товарооборот России и Монголии вырос на 40%."
        #expect(reason(decide(russian, published: "2021-03-01").first).contains("a change over several years («С 2015 по 2020»)"))
    }

    @Test func aTotalWithASideTheGazetteerDoesNotKnowIsNoTotal() {
        let text = "Внешнеторговый оборот между Татарстаном и Беларусью составил более 800 млн долларов в 2022 году."
        #expect(decide(text, published: "2023-03-01").allSatisfy { if case .series = $0 { false } else { true } })
    }

    @Test func investmentAfterATitleOnDirectInvestmentGoesToReview() {
        let text = "German investment in China fell to 10.31 billion euros in the first half of 2023."
        let decisions = decide(
            text, published: "2023-09-20", title: "German direct investment in China declines in the first half of the year",
            language: .english)
        #expect(reason(decisions.first).contains("direct investment again, or all of it?"))
        // With no word of direct investment around, investment is investment.
        #expect(decide(text, published: "2023-09-20", language: .english) == [.series("de_cn.investment.ytd.eur")])
    }

    @Test func twoValuesOfOneSeriesAndPeriodInASentenceLeaveTheLaterOrTheComparedOneToReview() {
        let part = "In 2013, Australia’s two way trade with Indonesia was valued at $14.9b, where $11.2b was in goods."
        let decisions = decide(part, published: "2015-01-01", language: .english)
        #expect(decisions.first == .series("au_id.trade_turnover"))
        #expect(reason(decisions.last).contains("for the same period as «$14.9b» in its sentence"), "\(decisions)")
        // A bound and the value agree ("exceeded $100 billion … $108.3 billion"): no clash.
        let bound = "Trade between Russia and China exceeded $100 billion in 2018 and reached $108.3 billion."
        #expect(
            decide(bound, published: "2019-03-01", language: .english) == [
                .series("ru_cn.trade_turnover"), .series("ru_cn.trade_turnover"),
            ])
    }

    @Test func aPlaceTheGazetteerDoesNotKnowAfterTheFigureOrAsThePartnerIsNoArea() {
        for text in [
            "By the end of 2020, Chinese companies in Ghana had invested more than $43 billion in Africa.",
            "The Chinese ambassador to Ghana said that in the first seven months of 2023 China’s trade with Africa hit around $150 billion.",
        ] {
            #expect(reason(decide(text, published: "2023-09-28", language: .english).first).contains("Africa» names a party"), "\(text)")
        }
    }

    @Test func aCountryThatIsTheSubjectOfItsForeignInvestmentMayBeTheInvestor() {
        let text =
            "The United States has also displayed a strong showing thus far in 2011, increasing foreign direct investment from nearly $1.99 billion in 2010 to more than $8 billion in 2011."
        #expect(!decide(text, published: "2012-01-15", language: .english).contains { if case .series = $0 { true } else { false } })
        let afterTotal =
            "In the first eleven months of 2011, total foreign direct investment in Iraq totaled $70 billion. The United States has also displayed a strong showing, increasing foreign direct investment from nearly $1.99 billion in 2010."
        let decisions = decide(afterTotal, published: "2012-01-15", language: .english)
        #expect(decisions.first == .series("iq.fdi.ytd") && reason(decisions.last).hasPrefix("not review") == false, "\(decisions)")
        // Money said to come in makes it the recipient's.
        let inflow = "Kazakhstan attracted $23.7 billion of foreign direct investment in 2021."
        #expect(decide(inflow, published: "2022-04-06", language: .english) == [.series("kz.fdi.yearly")])
    }

    @Test func aFlowWhoseSentenceNamesNoAreaGoesOnWithTheGoodsOfTheSentenceBefore() {
        let text =
            "Бразилия значительно уменьшила объем закупок российских удобрений в феврале. Согласно официальной статистике, объем импорта составил 152,4 млн долларов."
        #expect(reason(decide(text, published: "2026-03-06").first).contains("one group of goods («удобрен»)"))
        // Goods in general are all of them.
        let all = "Бразилия значительно уменьшила закупки российской продукции в феврале. Объем импорта составил 152,4 млн долларов."
        #expect(!reason(decide(all, published: "2026-03-06").first).contains("one group of goods"))
    }

    @Test func aListOfTheLargestTradingPartnersIsARankingNotPairs() {
        let text =
            "В январе-марте 2023 года крупнейшими торговыми партнерами Грузии являются Турция — 673,7 млн долларов, Россия — 666,9 млн долларов и Китай — 376,0 млн долларов."
        let decisions = decide(text, published: "2023-04-20")
        #expect(decisions.count == 3 && decisions.allSatisfy { if case .series = $0 { false } else { true } }, "\(decisions)")
        #expect(reason(decisions.first).contains("a ranking of partners"))
    }

    @Test func dealsSetToBeSignedAndOneMeatAreNoFiguresReached() {
        let deals = "Egypt and Saudi Arabia are set to ink agreements amounting to USD 1.5 billion at the business forum in Cairo."
        #expect(reason(decide(deals, published: "2023-11-20", language: .english).first).contains("a goal or forecast"))
        let pork = "In the period January - April 2020, Dutch pork exports to China more than doubled to 334 million euros."
        #expect(reason(decide(pork, published: "2020-06-25", language: .english).first).contains("one group of goods"))
    }

    @Test func anEnglishNameRightBeforeTheInvestmentsWordsIsItsInvestor() {
        let text =
            "SA is also the largest recipient of UK foreign direct investment in Africa, accounting for 29% of its total in 2015 — that’s almost $15bn."
        #expect(!decide(text, published: "2016-12-07", language: .english).contains(.series("gb.fdi.yearly")))
    }

    @Test func anIndicatorWordPastASemicolonIsTheNextItems() {
        let text =
            "By sectors, mining accumulates close to 100 billion dollars in 2019; Electricity, gas and water, close to 40 billion; Trade below 20 billion."
        #expect(reason(decide(text, published: "2021-10-11", language: .english)[1]).contains("no indicator word"))
    }

    @Test func aChangeOverSeveralYearsIsNoYearOnYearChange() {
        for text in [
            "Trade between Belgium and Ivory Coast grew by 72% over the past four years to $514 million in 2016.",
            "Trade between Belgium and Ivory Coast soared to $514 million in 2016, thus a 72% increase in four years.",
            "Товарооборот России и Кот-д'Ивуара за пять лет вырос на 72% и в 2016 году составил $514 млн.",
            "Товарооборот России и Кот-д'Ивуара за последние 3 года вырос на 72% и в 2016 году составил $514 млн.",
        ] {
            let language = TextLanguage.detect(text) == .english ? ExtractionLanguage.english : .russian
            let decisions = decide(text, published: "2017-10-25", language: language)
            #expect(decisions.contains { reason($0).contains("a change over several years") }, "\(text): \(decisions)")
            #expect(!decisions.contains { if case .series(let code) = $0 { code.hasSuffix(".yoy") } else { false } }, "\(text)")
        }
        // One year's change with a span said in another clause stays year-on-year.
        let fastest = "Trade between Belgium and Ivory Coast grew by 7% in 2016, the fastest in 10 years."
        #expect(decide(fastest, published: "2017-10-25", language: .english) == [.series("be_ci.trade_turnover.yoy")])
    }

    @Test func goodsOfOneOriginAreOneGroupOfGoods() {
        let text = "За первые восемь месяцев 2015 года импорт товаров литовского происхождения в Россию уменьшился на 55,4%."
        #expect(reason(decide(text, published: "2015-10-14").first).contains("происхождени"))
    }

    @Test func aTotalAfterASentenceCallingTheAreaAPartnerIsNoTotalOfIt() {
        let text =
            "Colombia is currently our 27th largest goods trading partner with $27.7 billion in total (two way) goods trade during 2010. Goods exports totaled $12.0 billion in 2010."
        let decisions = decide(text, published: "2011-05-01", language: .english)
        #expect(decisions.last.map { if case .series = $0 { false } else { true } } == true, "\(decisions)")
    }

    @Test func aDeadlinePastBracketsRestatingTheFigureMakesItAGoal() {
        let text = "Indonesia and India put the value of their trade at US$50 billion (Rp 700 trillion) by 2025."
        #expect(reason(decide(text, published: "2025-03-01", language: .english).first).contains("a goal («by 2025» right after it)"))
    }

    @Test func aShareOfImportsIsOfTheAreaTheyGoInto() {
        let text = "China's share of imports into Nigeria was 23% in the first quarter of 2024."
        #expect(decide(text, published: "2025-05-01", language: .english) == [.series("ng_cn.imports.ytd.share")])
    }

    @Test(arguments: [
        // The partner is pointed at ("туда") or named in the text before, or the title is one group of goods.
        (
            "Румыния остается главным партнером. Объем молдавского экспорта туда в 2023 году составил $812,3 млн.",
            "Экспорт Молдовы сократился более чем на 16%", "md.exports"
        ),
        (
            "Romania remains the main buyer. Moldovan exports there in 2023 amounted to $812.3 million.", "Moldovan exports drop 16%",
            "md.exports"
        ),
        (
            "Объем молдавского экспорта в Румынию в 2023 году составил $812,3 млн. Молдавский импорт вырос до $1 млрд.",
            "Экспорт Молдовы сократился", "md.imports"
        ),
        ("Moldovan exports in 2023 amounted to $812.3 million.", "Moldovan wine exports drop 16%", "md.exports"),
        (
            "Russia remained Kazakhstan's main supplier. Kazakhstan's imports reached $17 billion in 2023.", "Kazakhstan's imports grow",
            "kz.imports"
        ),
    ])
    func aTitleOnOneAreaMakesNoTotalOfAFlowItsTextNarrows(text: String, title: String, wrong: String) {
        let language = TextLanguage.detect(text) == .english ? ExtractionLanguage.english : .russian
        let decisions = decide(text, published: "2024-01-20", title: title, language: language)
        #expect(!decisions.isEmpty && !decisions.contains(.series(wrong)), "\(text): \(decisions)")
    }

    @Test func anInvestmentAnnouncedOrPledgedIsAGoal() {
        let text = "Qatar and Germany have a common interest in Turkey, with Qatar announcing $15 billion of investments there last month."
        #expect(reason(decide(text, published: "2018-09-07", language: .english).first).contains("a goal or forecast"))
        let announced = "In 2023 Saudi Arabia announced $15 billion of investments in Egypt."
        #expect(reason(decide(announced, published: "2024-03-01", language: .english).first).contains("a pledge"))
        // Telling that a level was reached is no pledge.
        let told = "The ministry announced that trade between Russia and Iran reached $5 billion in 2023."
        #expect(decide(told, published: "2024-03-01", language: .english) == [.series("ru_ir.trade_turnover")])
        let pledge = "China pledged $10 billion of investment in Kazakhstan in 2023."
        #expect(reason(decide(pledge, published: "2024-01-07", language: .english).first).contains("a goal or forecast"))
    }

    @Test func holdout47sWrongPlacementsAreClosedInGeneral() {
        func english(_ text: String, _ published: String) -> [Classifier.Decision] {
            decide(text, published: published, language: .english)
        }
        // "mutual exchange" is trade; an indicator after ", with" is another figure's.
        let exchange =
            "In 2019, mutual exchange between Germany and Poland was worth EUR 123.5 billion, with German imports of Polish products standing at 27.5 percent."
        #expect(english(exchange, "2020-05-01").first == .series("de_pl.trade_turnover.eur"))
        // An English adjective right before a flow's word owns it.
        let french = "Italy is France's second largest customer (absorbing, in 2011, €31.3 billion in French exports)."
        #expect(english(french, "2012-05-01").first == .series("fr_it.exports.eur"))
        // A country's foreign investment named by its possessive may be made abroad.
        let abroad = "According to 2017 figures, Germany's direct foreign investments were worth USD 82 billion."
        #expect(!reason(english(abroad, "2018-05-01").first).hasPrefix("not review"))
        // An amount "more in comparison to" a year is a change.
        let more =
            "Trade between Serbia and Hungary reached €1.1 billion in 2015, which is approximately €50 million more in comparison to 2014."
        #expect(reason(english(more, "2016-11-21").last).contains("a change"))
        // A sector, product categories: one group of goods.
        let sector = "A significant share of French imports of capital goods comes from Italy (24% French imports in this sector in 2010)."
        #expect(reason(english(sector, "2012-05-01").first).contains("one group of goods"))
    }

    @Test func holdout49sWrongPlacementsAreClosedInGeneral() {
        func english(_ text: String, _ published: String) -> [Classifier.Decision] {
            decide(text, published: published, language: .english)
        }
        // A trader's rank is the sender's exports or the receiver's imports.
        let rank = "ASEAN was the third largest exporter to Korea in 2008 after China (US$76.93 billion)."
        #expect(english(rank, "2009-06-02").allSatisfy { !reason($0).hasPrefix("not review") })
        // A ranking of partners: each with the country the text is about.
        let ranking =
            "China was Germany's main trading partner in 2023. Next came the United States with a trading volume of 252.6 billion euros, followed by the Netherlands with a foreign trade turnover of 220.1 billion euros."
        #expect(english(ranking, "2024-02-20").allSatisfy { !reason($0).hasPrefix("not review") })
        // An area named as left out.
        let other = "Canada's exports to countries other than the United States were up 13% in the first 11 months of 2006."
        #expect(reason(english(other, "2007-01-15").first).contains("left out"))
        // "non-oil related exports": one group of goods.
        let nonOil = "Non-oil related exports from Mexico to the US decreased 4 percent in June 2016 on a yearly rate."
        #expect(reason(english(nonOil, "2016-07-26").first).contains("one group of goods"))
        // An amount after a verb of change with "to" and another amount after it is by how much; an
        // annual figure told by the month its year ends is no month's.
        let nz =
            "Annual goods imports from China to New Zealand have increased 6.1 billion NZ dollars since the October 2008 year to 12.3 billion NZ dollars in the October 2018 year."
        #expect(english(nz, "2018-11-27").allSatisfy { !reason($0).hasPrefix("not review") })
        // An annual growth rate given over several years.
        let range = "Trade between Korea and ASEAN reached US$90.2 billion in 2008, recording an annual growth rate of 15-25 percent."
        #expect(!reason(english(range, "2009-06-02").last).hasPrefix("not review"))
    }

    @Test func goodsWordsAfterAllNameEveryKind() {
        let text = "Trade in all categories between Vietnam and China reached $200 billion in 2023."
        #expect(decide(text, published: "2024-03-01", language: .english) == [.series("cn_vn.trade_turnover")])
    }

    @Test func aTradeWarIsNoTrade() {
        let text =
            "The trade imbalance between China and the US — one of the reasons that prompted the trade war — totaled $42.1 billion in the first two months of 2018."
        #expect(reason(decide(text, published: "2019-03-08", language: .english).first).contains("no series family for trade_policy"))
    }

}
