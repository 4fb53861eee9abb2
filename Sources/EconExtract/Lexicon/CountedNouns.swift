/// Nouns that make a number a figure when counted, and the physical units, with their unit names.
///
/// Each entry is a sequence of word patterns: `проект*` matches any word starting with `проект`,
/// a pattern without `*` matches the word exactly. Multi-word entries (`рабоч* мест*`) are tried
/// before single words so that "рабочих мест" is jobs and not workers.
enum CountedNouns {
    struct Entry: Sendable {
        let patterns: [Word]
        let unit: String
        /// Counts of people are figures only where the sentence talks about work or population;
        /// "погибли 5 человек" is not an economic figure.
        let needsEmploymentContext: Bool
    }

    static let entries: [Entry] = {
        func e(_ p: String, _ unit: String, people: Bool = false) -> Entry {
            Entry(patterns: p.split(separator: " ").map { Word(String($0)) }, unit: unit, needsEmploymentContext: people)
        }
        return [
            e("рабоч* мест*", "jobs"), e("рабочее место", "jobs"), e("мест* работы", "jobs"),
            e("новых мест", "jobs"), e("ваканси*", "jobs"), e("рабочих", "people", people: true),
            e("кубических метров", "m3"), e("куб м", "m3"), e("куб метров", "m3"), e("кубометр*", "m3"), e("кубов", "m3"),
            e("кв м", "m2"), e("квадратных метров", "m2"), e("кв метров", "m2"), e("квм", "m2"),
            e("квт ч", "kWh"), e("квтч", "kWh"), e("киловатт-час*", "kWh"), e("мвт ч", "MWh"), e("гвт ч", "GWh"),
            e("проект*", "projects"), e("инвестпроект*", "projects"), e("инвестиционных проект*", "projects"),
            e("соглашени*", "agreements"), e("договор*", "agreements"), e("меморандум*", "agreements"),
            e("документ*", "agreements"), e("протокол*", "agreements"), e("контракт*", "contracts"),
            e("деловых структур", "companies"), e("ц / га", "c/ha"), e("центнер* с гектара", "c/ha"),
            e("центнер* с га", "c/ha"), e("ц с га", "c/ha"),
            e("компани*", "companies"), e("фирм", "companies"), e("фирмы", "companies"), e("фирма", "companies"),
            e("предприяти*", "enterprises"), e("завод*", "enterprises"), e("фабрик*", "enterprises"),
            e("человек", "people", people: true), e("сотрудник*", "people", people: true),
            e("работник*", "people", people: true), e("специалист*", "people", people: true),
            e("госслужащ*", "people", people: true), e("служащ*", "people", people: true),
            e("занятых", "people", people: true), e("безработных", "people", people: true),
            e("тонн*", "t"), e("тн", "t"), e("баррел*", "barrels"), e("барр", "barrels"), e("б / с", "barrels"),
            // No kilometres: in news they are mostly distances and road marks ("на 1652 км трассы").
            e("гектар*", "ha"), e("га", "ha"),
            e("мвт", "MW"), e("мегаватт*", "MW"), e("гвт", "GW"), e("гигаватт*", "GW"),
            // Kazakh: "жоба" project, "жұмыс орны" job, "кәсіпорын" enterprise, "шаршы метр" square metre.
            e("жоба*", "projects"), e("жұмыс орн*", "jobs"), e("кәсіпорын*", "enterprises"), e("кәсіпорн*", "enterprises"),
            e("шаршы метр*", "m2"),
            e("вагон*", "wagons"), e("контейнер*", "containers"), e("дфэ", "TEU"), e("teu", "TEU"),
            // English.
            e("new jobs", "jobs"), e("jobs", "jobs"), e("job", "jobs"), e("workplaces", "jobs"), e("positions", "jobs"),
            e("job openings", "jobs"), e("vacancies", "jobs"), e("nonfarm payrolls", "jobs"), e("payrolls", "jobs"),
            e("projects", "projects"), e("project", "projects"), e("investment projects", "projects"),
            e("agreements", "agreements"), e("agreement", "agreements"), e("deals", "agreements"), e("deal", "agreements"),
            e("memorand*", "agreements"), e("documents", "agreements"), e("contracts", "contracts"), e("contract", "contracts"),
            e("joint ventures", "companies"), e("companies", "companies"), e("company", "companies"), e("firms", "companies"),
            e("enterprises", "enterprises"), e("enterprise", "enterprises"), e("factories", "enterprises"),
            e("factory", "enterprises"), e("plants", "enterprises"),
            e("people", "people", people: true), e("workers", "people", people: true), e("employees", "people", people: true),
            e("specialists", "people", people: true), e("persons", "people", people: true),
            e("metric tons", "t"), e("metric tonnes", "t"), e("tons", "t"), e("tonnes", "t"), e("ton", "t"), e("tonne", "t"),
            e("mt", "t"), e("barrels", "barrels"), e("barrel", "barrels"), e("bbl", "barrels"),
            e("cubic meters", "m3"), e("cubic metres", "m3"), e("square meters", "m2"), e("square metres", "m2"),
            e("sq m", "m2"), e("hectares", "ha"), e("hectare", "ha"),
            e("megawatts", "MW"), e("mw", "MW"), e("gigawatts", "GW"), e("gw", "GW"), e("kwh", "kWh"),
            e("wagons", "wagons"), e("railcars", "wagons"), e("containers", "containers"),
        ]
    }()

    /// Entries keyed by the first letter of their first pattern, to try only a few per word.
    static let byFirstScalar: [Unicode.Scalar: [Entry]] = {
        var table: [Unicode.Scalar: [Entry]] = [:]
        for entry in entries {
            guard let first = entry.patterns.first?.unicodeScalars.first else { continue }
            table[first, default: []].append(entry)
        }
        return table
    }()

    /// Whether a word pattern (`проект*` or `мест`) matches a normalized word.
    static func matches(_ pattern: Word, _ word: Word) -> Bool {
        if pattern.hasSuffix("*") { return word.hasPrefix(Word(String(pattern.string.dropLast()))) }
        return word == pattern
    }

    /// Adjective endings: words with them may stand between a number and its noun
    /// ("175 совместных индустриальных проектов").
    static func looksLikeAdjective(_ word: Word) -> Bool {
        if let first = word.unicodeScalars.first, first.isASCII { return EnglishWords.mayModifyNoun(word) }
        guard word.byteCount >= 6 else { return false }
        return adjectiveEndings.contains { word.hasSuffix($0) } || kazakhAdjectiveEndings.contains { word.hasSuffix($0) }
            || word == "жаңа"
    }

    /// Kazakh adjective suffixes ("шетелдік", "инвестициялық"); no Russian word ends in them.
    private static let kazakhAdjectiveEndings: [Word] = ["лық", "лік", "дық", "дік", "тық", "тік"]

    private static let adjectiveEndings: [Word] = [
        "ых", "их", "ого", "его", "ому", "ему", "ой", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ыми", "ими",
    ]
}
