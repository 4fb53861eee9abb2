import EconExtract
import Testing

/// The extractor must never trap, whatever the text.
struct RobustnessTests {
    /// A small deterministic generator, so failures reproduce.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "более", "до", "от", "с", "из них", "(", ")", "$", "€", "₸", "млрд", "млн", "тыс.", "трлн", "1", "22", "333", "4 000",
        "5,5", ",", ".", "-", "–", "—", "%", "году", "2024", "января", "квартале", "первом", "\n", "\r\n", " ", "\u{00A0}",
        "\u{00AD}", "🚀", "«", "»", "рублей", "долларов", "проектов", "рабочих мест", "между", "и", "полтора", "миллиарда",
        "№", "-й", "т.", "п.п.", "чем", "с лишним", "на", "по состоянию на", "01.10.2025", "9", "месяцев", "\u{0301}", "",
    ]

    @Test(arguments: 0..<20)
    func neverTrapsOnRandomFragments(seed: Int) {
        var rng = SplitMix(state: UInt64(seed))
        var text = ""
        for _ in 0..<400 {
            text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
            if rng.next() % 3 == 0 { text += " " }
        }
        let result = Extractor().extract(text, published: try? PublicationTime(parsing: "2025-11"))
        let count = text.unicodeScalars.count
        for f in result.figures {
            #expect(0 <= f.start && f.start <= f.end && f.end <= count)
            #expect(f.partOf.map { $0 >= 0 && $0 < result.figures.count } ?? true)
            #expect(f.sameAs.map { $0 >= 0 && $0 < result.figures.count } ?? true)
        }
    }

    @Test(arguments: [
        "", " ", "\n", "$", "млрд", "более", "1", "(", "из них", "-", "5-", "$5", "от 5 до", "с 5 до", "\u{00AD}", "0,", ",5",
    ])
    func handlesTinyInputs(text: String) {
        _ = Extractor().extract(text, published: nil)
    }

    @Test func handlesHugeNumbersWithoutInfinity() {
        let text = String(repeating: "9", count: 400) + " трлн долларов"
        let f = Extractor().extract(text, published: nil).figures
        #expect(f.allSatisfy { $0.value.map(\.isFinite) ?? true })
    }
}

struct LongInputTests {
    @Test func aHugeSentenceWithoutStopsStaysFast() {
        let text = String(repeating: "5 млрд долларов в 2024 году и ", count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Extractor().extract(text, published: nil) }
        #expect(elapsed < .seconds(20))
    }

    @Test func upToInAnotherClauseIsABound() {
        #expect(
            values("Экспорт вырос на 5%, а кредиты выдаются в размере до 5 млн тенге.") == [
                "5 percent exact", "5000000 KZT at-most",
            ])
    }
}
