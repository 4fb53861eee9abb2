import EconKit
import Testing

struct SeriesTests {
    @Test(arguments: ["ru_kz.investment.cumulative", "A-b_C.9", "инвестиции.РФ", "Ru_KZ"])
    func acceptsCodesOfLettersDigitsAndPunctuation(code: String) throws {
        #expect(try SeriesCode.validate(code) == code)
    }

    @Test(arguments: ["", "a b", "a/b", "a;DROP", "x\u{0}", "й\u{0306}x".decomposedStringWithCanonicalMapping, "a'b"])
    func refusesOtherCodes(code: String) {
        #expect(throws: SeriesError.self) { try SeriesCode.validate(code) }
    }

    @Test(arguments: TestEngine.all) func codesAreCaseSensitive(engine: TestEngine) throws {
        let store = try engine.store()
        try store.addSeries(Series(code: "GDP", measure: .flow, unit: "USD", frequency: .annual))
        try store.addSeries(Series(code: "gdp", measure: .flow, unit: "USD", frequency: .annual))
        #expect(try store.allSeries().map(\.code) == ["GDP", "gdp"])
    }

    @Test(arguments: TestEngine.all) func addingAnExistingCodeIsAnError(engine: TestEngine) throws {
        let store = try engine.store()
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        #expect(throws: SeriesError.alreadyExists("x")) {
            try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        }
    }

    @Test(arguments: TestEngine.all) func stockAccumulatesAnExistingFlowOfTheSameUnit(engine: TestEngine) throws {
        let store = try investmentStore(engine)
        #expect(try store.series("ru_kz.investment.cumulative")?.accumulates == "ru_kz.investment.yearly")
        try store.addSeries(Series(code: "jobs", measure: .flow, unit: "jobs", frequency: .annual))
        for (stock, reason) in [
            (Series(code: "s1", measure: .stock, unit: "USD", frequency: .irregular, accumulates: "missing"), "there is no series"),
            (Series(code: "s2", measure: .stock, unit: "USD", frequency: .irregular, accumulates: "jobs"), "units differ"),
            (Series(code: "s3", measure: .flow, unit: "USD", frequency: .annual, accumulates: "ru_kz.investment.yearly"), "only a stock"),
            (
                Series(code: "s4", measure: .stock, unit: "USD", frequency: .irregular, accumulates: "ru_kz.investment.cumulative"),
                "is a stock"
            ),
        ] {
            let error = #expect(throws: SeriesError.self) { try store.addSeries(stock) }
            #expect(error?.description.contains(reason) == true, "\(stock.code): \(String(describing: error))")
        }
    }

    @Test func sanitizeTurnsRunsOfBadCharactersIntoOneUnderscore() {
        #expect(SeriesCode.sanitize("General Motors") == "General_Motors")
        #expect(SeriesCode.sanitize("a / b  c") == "a_b_c")
    }

    @Test func storeLocationFollowsTheDocumentedPrecedence() throws {
        #expect(try StoreLocation.resolve(explicit: "/x.sqlite", environment: ["ECON_DB": "/y"]) == "/x.sqlite")
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["ECON_DB": "/y", "XDG_DATA_HOME": "/d"]) == "/y")
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/econ/econ.sqlite")
        #expect(try StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/econ/econ.sqlite")
        #expect(throws: StoreLocationError.noPath) { try StoreLocation.resolve(explicit: nil, environment: [:]) }
    }
}
