/// Currency names, abbreviations, signs and ISO 4217 codes, mapped to ISO 4217 codes.
///
/// The tables are data, not logic: to recognise a new currency add its spellings here.
/// Words are matched lowercased with `ё` as `е`.
enum Currencies {
    /// Signs written before or after the number.
    static let signs: [Word: String] = [
        "$": "USD", "€": "EUR", "₽": "RUB", "₸": "KZT", "₴": "UAH", "£": "GBP", "¥": "CNY", "₼": "AZN",
        "₾": "GEL", "֏": "AMD", "₹": "INR", "₺": "TRY", "₩": "KRW", "₣": "CHF", "₪": "ILS", "₦": "NGN",
    ]

    /// Letters written as a sign before a number in Gulf, Malaysian and East African news ("SR45
    /// billion", "QR10 million", "Dh5 billion", "RM451.1 million", "Sh80.7 billion", "Ush1.5
    /// trillion"), read only capitalized and right before the number. A bare "Sh" is the Kenyan
    /// shilling, as "$" is the US dollar: Ugandan and Tanzanian papers write "Ush"/"Shs" and "TSh".
    static let letterSigns: [Word: String] = [
        "sr": "SAR", "qr": "QAR", "dh": "AED", "dhs": "AED", "rm": "MYR", "sh": "KES", "ksh": "KES", "kshs": "KES", "ush": "UGX",
        "ushs": "UGX", "shs": "UGX", "tsh": "TZS", "tshs": "TZS", "rp": "IDR", "r": "ZAR",
    ]

    /// Letters glued before "$" that say which dollar ("A$", "NZ$", "C$", "HK$", "S$", "NT$", "R$").
    static let dollarPrefixes: [Word: String] = [
        "us": "USD", "a": "AUD", "au": "AUD", "nz": "NZD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "s": "SGD", "sg": "SGD",
        "nt": "TWD", "r": "BRL", "mx": "MXN", "aus": "AUD", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD",
        "usd": "USD",
    ]

    /// ISO 4217 codes seen in Russian and Kazakh business news, lowercased.
    static let codes: Set<Word> = [
        "usd", "eur", "rub", "kzt", "uah", "cny", "rmb", "byn", "uzs", "kgs", "tjs", "tmt", "azn", "amd", "gel",
        "mdl", "gbp", "chf", "jpy", "krw", "inr", "try", "aed", "sar", "hkd", "cad", "aud", "sgd", "nzd",
        "sek", "nok", "dkk", "pln", "czk", "huf", "brl", "mxn", "zar", "irr", "mnt", "vnd", "thb", "idr",
        "myr", "ils", "egp", "qar", "kwd", "kes", "ugx", "tzs", "rwf", "etb", "ngn", "ghs", "twd", "xof", "xaf", "zmw", "dzd",
        "tnd", "lkr", "bdt", "pkr", "npr", "php", "khr", "mmk", "lak", "jod", "bhd", "omr", "iqd", "lbp", "rsd", "bgn", "ron", "isk",
    ]

    /// Whole words (and abbreviations written with or without a dot).
    static let words: [Word: String] = [
        "долл": "USD", "дол": "USD", "евро": "EUR", "руб": "RUB", "р": "RUB", "тенге": "KZT", "теңге": "KZT", "тг": "KZT",
        "грн": "UAH", "сум": "UZS", "сумов": "UZS", "сума": "UZS", "сом": "KGS", "сомов": "KGS", "сома": "KGS",
        "сомони": "TJS", "лари": "GEL", "вон": "KRW", "реалов": "BRL", "реала": "BRL", "злотых": "PLN",
        "шекелей": "ILS", "бат": "THB", "донгов": "VND", "тугриков": "MNT", "риалов": "IRR", "риала": "IRR", "риал": "IRR", "лей": "MDL",
        "леев": "MDL", "бел": "BYN", "byr": "BYN", "рупий": "INR", "рупии": "INR", "иен": "JPY", "йен": "JPY",
        "иены": "JPY", "йены": "JPY", "юаней": "CNY", "юань": "CNY", "юаня": "CNY", "юанях": "CNY",
        // English.
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
        "roubles": "RUB", "tenge": "KZT", "yuan": "CNY", "renminbi": "CNY", "som": "KGS", "soms": "KGS", "sum": "UZS",
        "soum": "UZS", "soums": "UZS", "sums": "UZS", "somoni": "TJS", "manat": "AZN", "manats": "AZN", "lari": "GEL",
        "dram": "AMD", "drams": "AMD", "rupee": "INR", "rupees": "INR", "yen": "JPY", "lira": "TRY", "liras": "TRY",
        "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH",
        "zloty": "PLN", "zlotys": "PLN", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "franc": "CHF",
        "francs": "CHF", "won": "KRW", "tugrik": "MNT", "tugriks": "MNT", "shilling": "KES", "shillings": "KES",
        "rand": "ZAR", "rands": "ZAR", "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "kronor": "SEK", "krona": "SEK",
    ]

    /// English adjectives before a currency word: which dollar, rouble or manat is meant.
    static let englishAdjectives: [Word: (replaces: String?, with: String?)] = [
        "us": (nil, nil), "american": (nil, nil), "russian": (nil, nil), "kazakh": (nil, nil), "kazakhstani": (nil, nil),
        "chinese": (nil, nil), "uzbek": (nil, nil), "kyrgyz": (nil, nil), "tajik": (nil, nil), "azerbaijani": (nil, nil),
        "turkish": (nil, nil), "indian": (nil, nil), "japanese": (nil, nil), "british": (nil, nil), "swiss": (nil, nil),
        "armenian": (nil, nil), "georgian": (nil, nil), "ukrainian": (nil, nil), "korean": (nil, nil), "belarusian": ("RUB", "BYN"),
        "belarussian": ("RUB", "BYN"), "canadian": ("USD", "CAD"), "australian": ("USD", "AUD"), "singapore": ("USD", "SGD"),
        "turkmen": ("AZN", "TMT"), "new": (nil, nil), "kenyan": (nil, nil), "ugandan": ("KES", "UGX"),
        "tanzanian": ("KES", "TZS"), "kenya": (nil, nil), "uganda": ("KES", "UGX"), "tanzania": ("KES", "TZS"),
        "nz": ("USD", "NZD"), "zealand": ("USD", "NZD"), "taiwan": ("USD", "TWD"), "taiwanese": ("USD", "TWD"),
        "south": (nil, nil), "african": (nil, nil), "nigerian": (nil, nil), "ghanaian": (nil, nil), "ethiopian": (nil, nil),
        "swedish": (nil, nil),
        "moroccan": ("AED", "MAD"), "egyptian": ("GBP", "EGP"),
    ]

    /// Word beginnings that name a currency in any case (`доллар`, `долларов`, `долларах`…).
    static let prefixes: [(Word, String)] = [
        ("доллар", "USD"), ("рубл", "RUB"), ("гривн", "UAH"), ("гривен", "UAH"), ("юан", "CNY"),
        ("манат", "AZN"), ("драм", "AMD"), ("фунт", "GBP"), ("франк", "CHF"), ("дирхам", "AED"),
        ("лир", "TRY"), ("риял", "SAR"), ("ринггит", "MYR"),
        // Kazakh declines what Russian does not: "теңгеге", "теңгеден", "еуроға".
        ("теңге", "KZT"), ("еуро", "EUR"),
    ]

    /// Adjectives that pin down which dollar, rouble or manat is meant, or repeat the obvious one.
    static let adjectives: [(prefix: Word, replaces: String?, with: String?)] = [
        ("американск", nil, nil), ("российск", nil, nil), ("казахстанск", nil, nil), ("китайск", nil, nil),
        ("узбекск", nil, nil), ("кыргызск", nil, nil), ("киргизск", nil, nil), ("украинск", nil, nil),
        ("турецк", nil, nil), ("индийск", nil, nil), ("японск", nil, nil), ("британск", nil, nil),
        ("английск", nil, nil), ("швейцарск", nil, nil), ("азербайджанск", nil, nil), ("армянск", nil, nil),
        ("грузинск", nil, nil), ("таджикск", nil, nil), ("белорусск", "RUB", "BYN"), ("гонконгск", "USD", "HKD"),
        ("канадск", "USD", "CAD"), ("австралийск", "USD", "AUD"), ("сингапурск", "USD", "SGD"),
        ("новозеландск", "USD", "NZD"), ("туркменск", "AZN", "TMT"), ("приднестровск", "RUB", "PRB"),
        ("бразильск", nil, nil), ("южнокорейск", nil, nil), ("корейск", nil, nil), ("иранск", nil, nil),
        ("саудовск", "IRR", "SAR"), ("эмиратск", nil, nil),
        ("катарск", "IRR", "QAR"), ("оманск", "IRR", "OMR"), ("йеменск", "IRR", "YER"), ("польск", nil, nil), ("молдавск", nil, nil),
        ("монгольск", nil, nil), ("вьетнамск", nil, nil), ("таиландск", nil, nil), ("тайск", nil, nil),
        ("израильск", nil, nil), ("стерлинг", nil, nil),
    ]

    /// The currency a word names on its own, or `nil`.
    static func code(forWord word: Word) -> String? {
        if let code = words[word] { return code }
        if word.byteCount == 3, codes.contains(word) { return word.string.uppercased() }
        for (prefix, code) in prefixes where word.hasPrefix(prefix) {
            // `лир` must not take `лирика`; currency words are short.
            if prefix == "лир" && word.byteCount > 10 { continue }
            return code
        }
        return nil
    }

    /// For a currency adjective: the code it turns `base` into (`base` itself when it only repeats it).
    static func adjective(_ word: Word) -> (replaces: String?, with: String?)? {
        if let english = englishAdjectives[word] { return english }
        guard word.byteCount >= 10 else { return nil }
        for entry in adjectives where word.hasPrefix(entry.prefix) { return (entry.replaces, entry.with) }
        return nil
    }
}
