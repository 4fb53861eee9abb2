/// Words that say what a figure measures, mapped to a coarse indicator name.
///
/// Only a first hint for the classifier (issue 4), which uses its own rules file; the extractor
/// reports the indicator word nearest to the figure.
enum Indicators {
    /// Word beginnings and the indicator they signal, most specific first.
    static let stems: [(Word, String)] = [
        ("товарооборот", "trade_turnover"), ("взаимн", "trade_turnover"), ("внешнеторгов", "trade_turnover"),
        ("торгов", "trade_turnover"), ("оборот", "turnover"), ("инвестир", "investment"), ("инвестиц", "investment"),
        ("капиталовложен", "investment"), ("вложен", "investment"), ("экспорт", "exports"), ("импорт", "imports"),
        ("ввп", "gdp"), ("валов", "gdp"), ("инфляц", "inflation"), ("бюджет", "budget"), ("доход", "revenue"),
        ("выручк", "revenue"), ("расход", "expenditure"), ("прибыл", "profit"), ("дефицит", "deficit"),
        ("профицит", "surplus"), ("госдолг", "debt"), ("долг", "debt"), ("резерв", "reserves"),
        ("кредит", "credit"), ("займ", "credit"), ("заем", "credit"), ("ставк", "interest_rate"),
        ("зарплат", "wages"), ("заработн", "wages"), ("безработ", "unemployment"), ("добыч", "production"),
        ("производств", "production"), ("выпуск", "production"), ("урожай", "harvest"), ("поставк", "supplies"),
        ("перевоз", "transport"), ("грузооборот", "transport"), ("транзит", "transit"), ("тариф", "tariff"),
        ("цен", "price"), ("стоимост", "value"), ("финансирован", "financing"), ("субсиди", "subsidies"),
        ("соглашени", "agreements"), ("контракт", "contracts"), ("сделк", "deals"), ("капитализац", "market_cap"),
        ("активы", "assets"), ("актив", "assets"), ("налог", "taxes"), ("пошлин", "duties"), ("фонд", "fund"),
    ]

    /// The indicator a counted unit implies on its own.
    static func forUnit(_ unit: String) -> String? {
        switch unit {
        case "projects": "projects"
        case "jobs": "jobs"
        case "agreements": "agreements"
        case "contracts": "contracts"
        case "companies": "companies"
        case "enterprises": "enterprises"
        case "people": "employment"
        default: nil
        }
    }

    /// Stems grouped by first letter: most words are checked against two or three stems, not sixty.
    private static let byFirstScalar: [Unicode.Scalar: [(Word, String)]] = {
        var table: [Unicode.Scalar: [(Word, String)]] = [:]
        for entry in stems {
            if let first = entry.0.unicodeScalars.first { table[first, default: []].append(entry) }
        }
        return table
    }()

    /// English words and the indicator they signal, most specific first.
    static let englishStems: [(Word, String)] = [
        ("turnover", "trade_turnover"), ("trade", "trade_turnover"), ("invest", "investment"), ("export", "exports"),
        ("import", "imports"), ("gdp", "gdp"), ("inflation", "inflation"), ("budget", "budget"), ("revenue", "revenue"),
        ("income", "revenue"), ("spending", "expenditure"), ("expenditure", "expenditure"), ("profit", "profit"),
        ("deficit", "deficit"), ("surplus", "surplus"), ("debt", "debt"), ("reserve", "reserves"), ("loan", "credit"),
        ("credit", "credit"), ("rate", "interest_rate"), ("wage", "wages"), ("salar", "wages"), ("unemploy", "unemployment"),
        ("output", "production"), ("production", "production"), ("produc", "production"), ("harvest", "harvest"),
        ("supplies", "supplies"), ("transit", "transit"), ("tariff", "tariff"), ("price", "price"), ("cost", "value"),
        ("worth", "value"), ("value", "value"), ("financ", "financing"), ("fund", "fund"), ("subsid", "subsidies"),
        ("agreement", "agreements"), ("contract", "contracts"), ("deal", "deals"), ("asset", "assets"), ("tax", "taxes"),
        ("dut", "duties"), ("remittance", "remittances"),
    ]

    /// The indicator a word signals, or `nil`.
    static func forWord(_ word: Word) -> String? {
        if let first = word.unicodeScalars.first, first.isASCII {
            guard word.byteCount >= 3 else { return nil }
            for (stem, indicator) in englishStems where word.hasPrefix(stem) { return indicator }
            return nil
        }
        guard word.byteCount >= 6 else { return word == "ввп" ? "gdp" : nil }
        guard let first = word.unicodeScalars.first, let candidates = byFirstScalar[first] else { return nil }
        for (stem, indicator) in candidates where word.hasPrefix(stem) {
            if stem == "цен" && word.hasPrefix("центр") { continue }
            return indicator
        }
        return nil
    }
}
