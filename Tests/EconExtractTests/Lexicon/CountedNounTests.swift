import EconExtract
import Testing

struct CountedNounTests {
    @Test(arguments: [
        ("Реализуются 175 совместных индустриальных проектов.", "175 projects exact"),
        ("Будет создано свыше 64 тыс. рабочих мест.", "64000 jobs more-than"),
        ("Будет создано 1 500 новых рабочих мест.", "1500 jobs exact"),
        ("Подписано 12 соглашений.", "12 agreements exact"),
        ("Подписаны 30 коммерческих контрактов.", "30 contracts exact"),
        ("В стране работают 400 компаний с российским капиталом.", "400 companies exact"),
        ("Открыто 15 новых предприятий.", "15 enterprises exact"),
        ("Около 14 000 человек смогут получить постоянное место работы.", "14000 people approx"),
        ("Добыча составила 90 млн т нефти.", "90000000 t exact"),
        ("Добыча составила 90 млн тонн нефти.", "90000000 t exact"),
        ("Добыча составила 1,8 млн баррелей в сутки.", "1800000 barrels exact"),
        ("Экспорт газа — 50 млрд куб. м.", "50000000000 m3 exact"),
        ("Экспорт газа — 50 млрд кубометров.", "50000000000 m3 exact"),
        ("Экспорт газа — 50 млрд м3.", "50000000000 m3 exact"),
        ("Посевы заняли 16 млн га.", "16000000 ha exact"),
        ("Посевы заняли 16 млн гектаров.", "16000000 ha exact"),
        ("Мощность станции — 1 200 МВт.", "1200 MW exact"),
    ])
    func countsEconomicThings(text: String, expected: String) {
        #expect(values(text) == [expected])
    }

    @Test func peopleOutsideWorkArentFigures() {
        #expect(values("В аварии пострадали 5 человек.").isEmpty)
        #expect(values("На предприятии работают 5 000 человек.") == ["5000 people exact"])
    }
}

struct CompoundNounTests {
    @Test func theSecondHalfOfAHyphenatedNounIsTheCountedThing() {
        #expect(values("Реализовано 120 бизнес-проектов.") == ["120 projects exact"])
        #expect(values("Открыто 3 тыс. вакансий.") == ["3000 jobs exact"])
    }
}
