import EconExtract
import Testing

/// English text read with the same care as Russian (issue 17): scales, currencies, qualifiers,
/// ranges, parts and periods as English news writes them.
struct EnglishExtractionTests {
    static func found(_ text: String, published: String? = "2025-11") -> [String] {
        let time = published.flatMap { try? PublicationTime(parsing: $0) }
        return Extractor(language: .english).extract(text, published: time).figures.map(describe)
    }

    @Test func theSeedArticlesFiguresInEnglish() {
        let text = """
            Russian companies have invested more than $26 billion in Kazakhstan, about $4 billion of it in 2024. \
            175 joint industrial projects worth $56.6 billion are under way, creating over 64 thousand jobs. \
            At the summit on November 6, Kazakhstan signed commercial agreements worth more than $17 billion.
            """
        let result = Extractor(language: .english).extract(text, published: try? PublicationTime(parsing: "2025-11-20"))
        #expect(
            result.figures.map(describe) == [
                "26000000000 USD more-than 2025-11-20", "4000000000 USD approx 2024", "175 projects exact 2025-11-20",
                "56600000000 USD exact 2025-11-20", "64000 jobs more-than 2025-11-20", "17000000000 USD more-than 2025-11-06",
            ])
        #expect(result.figures[1].partOf == 0)
    }

    @Test(arguments: [
        ("Exports reached $1,250 million.", "1250000000 USD exact"),
        ("Exports reached US$ 500 million.", "500000000 USD exact"),
        ("Exports reached USD 3 bn.", "3000000000 USD exact"),
        ("The agreements are worth SR45 billion.", "45000000000 SAR exact"),
        ("The fund invested QR 10 million.", "10000000 QAR exact"),
        ("Trade was RM451.1 million in 2023.", "451100000 MYR exact"),
        ("Exports reached Sh80.7 billion.", "80700000000 KES exact"),
        ("Exports reached KSh5 billion.", "5000000000 KES exact"),
        ("Exports reached Ush1.5 trillion.", "1500000000000 UGX exact"),
        ("Exports reached Shs2.3 trillion.", "2300000000000 UGX exact"),
        ("Exports reached TSh 2 billion.", "2000000000 TZS exact"),
        ("Trade reached Rp 700 trillion.", "700000000000000 IDR exact"),
        ("Exports reached A$183 billion.", "183000000000 AUD exact"),
        ("Exports reached NZ$1.2 billion.", "1200000000 NZD exact"),
        ("Exports reached C$29.4 billion.", "29400000000 CAD exact"),
        ("Investment reached NT$146.68 billion.", "146680000000 TWD exact"),
        ("Exports reached 1.2 billion NZ dollars.", "1200000000 NZD exact"),
        ("Exports reached 20 billion Kenya shillings.", "20000000000 KES exact"),
        ("Exports reached 1.5 trillion Ugandan shillings.", "1500000000000 UGX exact"),
        ("Exports reached 3 billion Tanzanian shillings.", "3000000000 TZS exact"),
        ("Exports peaked at R15.4 billion.", "15400000000 ZAR exact"),
        ("Swiss companies invested R13.9-billion.", "13900000000 ZAR exact"),
        ("Trade fell to $14-billion.", "14000000000 USD exact"),
        ("Exports reached 15.4 billion South African rand.", "15400000000 ZAR exact"),
        ("The volume of trade is 55 billion Rands.", "55000000000 ZAR exact"),
        ("Trade reached 20 billion naira.", "20000000000 NGN exact"),
        ("Exports were six billion krona.", "6000000000 SEK exact"),
        ("Exports were 12 billion Swedish kronor.", "12000000000 SEK exact"),
        ("Trade reached 20 billion Moroccan dirhams.", "20000000000 MAD exact"),
        ("Trade reached 20 billion Egyptian pounds.", "20000000000 EGP exact"),
        ("Trade reached XOF 20 billion.", "20000000000 XOF exact"),
        ("Exports reached RON 2.7 billion.", "2700000000 RON exact"),
        ("The budget is KZT 1.5 trillion.", "1500000000000 KZT exact"),
        ("Investment of 2.5 trillion tenge was attracted.", "2500000000000 KZT exact"),
        ("The deal is worth $450m.", "450000000 USD exact"),
        ("The fund holds $1.2tn.", "1200000000000 USD exact"),
        ("They paid 18,744.9 million manats.", "18744900000 AZN exact"),
        ("Spending rose to 3 billion roubles.", "3000000000 RUB exact"),
        ("The EU pledged 12 billion euros.", "12000000000 EUR exact"),
        ("Trade reached 5 billion U.S. dollars.", "5000000000 USD exact"),
        ("China invested 800 million yuan.", "800000000 CNY exact"),
        ("The grant is 50 million som.", "50000000 KGS exact"),
        ("A loan of £0.1 billion was agreed.", "100000000 GBP exact"),
        ("Inflation slowed to 8.5 per cent.", "8.5 percent exact"),
        ("The rate was cut by 50 basis points.", "50 bp exact"),
        ("Unemployment fell 0.3 percentage points.", "0.3 pp exact"),
        ("The harvest was 3.5 million tonnes of grain.", "3500000 t exact"),
        ("Oil output hit 1.8 million barrels.", "1800000 barrels exact"),
    ])
    func scalesAndCurrencies(text: String, expected: String) {
        #expect(Self.found(text).map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [expected], "\(text)")
    }

    @Test func currenciesThatCannotBeToldApartAreLeftOut() {
        // CFA francs are West or Central African; kroner Danish or Norwegian: no guess.
        for text in ["Trade reached 514 billion CFA francs in 2016.", "Exports reached 1,241 billion kroner in 2016."] {
            #expect(Self.found(text).isEmpty, "\(text)")
        }
    }

    @Test func aRangeWithTheSignBeforeItsFirstEndAndTheScaleAfterItsSecond() {
        let figures = Extractor(language: .english).extract("Total trade peaked at around R21 to 22 billion.", published: nil).figures
        #expect(figures.count == 1)
        #expect(figures.first?.qualifier == .range && figures.first?.low == 21e9 && figures.first?.high == 22e9)
        #expect(figures.first?.unit == "ZAR")
    }

    @Test func aVerbPastTheBoundsTheFigureAndAFiscalYearIsNoFigure() {
        let text =
            "The bilateral trade surpassed the $2.8 billion mark in the fiscal year 2018-19. It neared the $400 million mark in 2022."
        let figures = Extractor(language: .english).extract(text, published: nil).figures
        #expect(figures.map(\.surface) == ["surpassed the $2.8 billion", "neared the $400 million"])
        #expect(figures.map(\.qualifier) == [.moreThan, .approx])
        #expect(figures.first?.period?.description == "2018-01/2019-12")
    }

    /// "increasing by 43.5 per cent from 2020": the year a change is measured from is not its period;
    /// "from 2020 to 2022" still is one.
    @Test func theYearAChangeIsMeasuredFromIsNotItsPeriod() {
        #expect(
            Self.found("Total trade amounted to RM95.10 billion in 2021, increasing by 43.5 per cent from 2020.", published: "2022-09")
                == ["95100000000 MYR exact 2021", "43.5 percent exact 2021"])
        #expect(Self.found("Exports rose by 32.5 per cent from 2020.", published: "2022-09") == ["32.5 percent exact 2022-09"])
        #expect(Self.found("Exports from 2019 were $5 billion.", published: "2022-09") == ["5000000000 USD exact 2019"])
    }

    /// "In 2023 German companies invested …": a year opening its sentence after "in" is a year even
    /// with a counted noun after it; without the preposition it counts ("financed 2023 projects").
    @Test func aYearOpeningItsSentenceIsNoCount() {
        #expect(Self.found("In 2023 German companies invested $5 billion in Kenya.", published: "2024-03") == ["5000000000 USD exact 2023"])
        #expect(Self.found("The fund financed 2023 projects.", published: "2024-03").first?.hasPrefix("2023 projects") == true)
        #expect(
            Extractor(language: .russian).extract(
                "В 2023 компании из Германии вложили $5 млрд в Кению.", published: try? PublicationTime(parsing: "2024-03")
            )
            .figures.map(describe) == ["5000000000 USD exact 2023"])
    }

    /// "$626.7 million (Zz80.7 billion)": the digits after the point of a number glued to letters
    /// (a sign the extractor does not know) were read as "7 billion" US dollars.
    @Test func theFractionOfANumberGluedToUnknownLettersIsNoFigureOfItsOwn() {
        #expect(Self.found("Exports reached $626.7 million (Zz80.7 billion) in 2023.") == ["626700000 USD exact 2023"])
        // Nor does a scaled amount after a short capitalized word (a sign not in the lexicon) take the
        // dollar of the figure before.
        #expect(Self.found("Trade of US$50 billion (Zz 700 trillion) was reached in 2024.") == ["50000000000 USD exact 2024"])
        // Nor is a dollar with letters the lexicon does not know glued before it a US dollar.
        #expect(Self.found("Exports reached Zz$5 billion in 2021.").isEmpty)
    }

    @Test func letterSignsAreCurrenciesOnlyCapitalizedBeforeTheNumber() {
        #expect(Self.found("The plant employs sr45 staff.").allSatisfy { !$0.contains("SAR") })
        #expect(Self.found("Mr Smith, SR, paid 45 million.").allSatisfy { !$0.contains("SAR") })
    }

    @Test(arguments: [
        ("Trade exceeded $30 billion.", "more-than"), ("Trade was over $30 billion.", "more-than"),
        ("Trade was in excess of $30 billion.", "more-than"), ("Trade was above $30 billion.", "more-than"),
        ("Trade was about $30 billion.", "approx"), ("Trade was around $30 billion.", "approx"),
        ("Trade was approximately $30 billion.", "approx"), ("Trade was roughly $30 billion.", "approx"),
        ("Trade was some $30 billion.", "approx"), ("Trade was nearly $30 billion.", "approx"),
        ("Trade was almost $30 billion.", "approx"), ("Trade was close to $30 billion.", "approx"),
        ("Trade may be up to $30 billion.", "at-most"), ("Trade was at least $30 billion.", "at-least"),
        ("Trade was at most $30 billion.", "at-most"), ("Trade was less than $30 billion.", "less-than"),
        ("Trade was under $30 billion.", "less-than"), ("Trade was below $30 billion.", "less-than"),
        ("Trade was $30 billion or more.", "at-least"), ("Trade was exactly $30 billion.", "exact"),
    ])
    func qualifiers(text: String, qualifier: String) {
        #expect(Self.found(text).map { String($0.split(separator: " ")[2]) } == [qualifier], "\(text)")
    }

    @Test func changesAreExactAndLevelsReachedAreNotBounds() {
        #expect(Self.found("Trade rose by 7.5% in 2024.") == ["7.5 percent exact 2024"])
        #expect(
            Self.found("Turnover rose by 11.1% up to AZN 1.528 bn.").map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
                "11.1 percent exact", "1528000000 AZN exact",
            ])
        #expect(Self.found("Exports were $2 billion more than in 2023.").first?.hasPrefix("2000000000 USD exact") == true)
    }

    @Test func ranges() {
        #expect(Self.found("Investment of $3-5 billion is planned.").first?.hasPrefix("3000000000..5000000000 USD range") == true)
        #expect(Self.found("It will cost between $3 billion and $5 billion.").first?.hasPrefix("3000000000..5000000000 USD range") == true)
        #expect(Self.found("The bank sees inflation from 3 to 4 percent.").first?.hasPrefix("3..4 percent range") == true)
        #expect(Self.found("Exports rose from $3 billion to $5 billion.").count == 2)
    }

    @Test func periods() {
        #expect(Self.found("GDP grew 4.8% in the first half of 2025.") == ["4.8 percent exact 2025-H1"])
        #expect(Self.found("Trade reached $21 billion in January-September 2025.") == ["21000000000 USD exact 2025-01/2025-09"])
        #expect(Self.found("Exports were $5 billion in Q1 2025.") == ["5000000000 USD exact 2025-Q1"])
        #expect(Self.found("Reserves stood at $50 billion as of October 1.") == ["50000000000 USD exact 2025-10-01"])
        #expect(Self.found("Trade was $28 billion last year.") == ["28000000000 USD exact 2024"])
        #expect(Self.found("Investment reached $3 billion year-to-date.") == ["3000000000 USD exact 2025-01/2025-11"])
        #expect(Self.found("Trade is to reach $30 billion by 2030.").first?.hasSuffix(" -") == false)
    }

    @Test func goalsAreMarkedAsTargetsNotFiguresReached() {
        let extractor = Extractor(language: .english)
        for text in [
            "Trade is to reach $30 billion by 2030.", "The two countries plan to double trade to $20 billion.",
            "Kazakhstan expects investment of $5 billion next year.", "The plant will create 500 jobs.",
        ] {
            #expect(extractor.extract(text, published: nil).figures.last?.isTarget == true, "\(text)")
        }
        for text in ["Trade reached $30 billion in 2024.", "Russian business has invested more than $26 billion in Kazakhstan."] {
            #expect(extractor.extract(text, published: nil).figures.allSatisfy { !$0.isTarget }, "\(text)")
        }
    }

    @Test func numbersThatAreNotFigures() {
        #expect(Self.found("The 5-year plan was adopted in 2024 by 12 votes.").isEmpty)
        #expect(Self.found("The earthquake of magnitude 6.1 killed 10 people.").isEmpty)
        #expect(Self.found("He may visit on 5 May.").isEmpty)
    }
}
