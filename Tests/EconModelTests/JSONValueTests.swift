import EconModel
import Testing

struct JSONValueTests {
    @Test func keepsKeyOrderAndShortestNumbers() {
        let doc = JSONValue.object([
            ("series", "ru_kz.investment.cumulative"), ("value", .number(56.6e9)), ("low", .null), ("share", .number(0.1)),
        ])
        #expect(doc.rendered() == #"{"series":"ru_kz.investment.cumulative","value":56600000000,"low":null,"share":0.1}"#)
    }

    @Test func escapesControlCharactersButKeepsCyrillic() {
        let doc = JSONValue.array(["Российский «бизнес»\n\t\"q\" \\ \u{1}"])
        #expect(doc.rendered() == #"["Российский «бизнес»\n\t\"q\" \\ \u0001"]"#)
    }

    @Test func prettyPrintsWithTwoSpaces() {
        let doc = JSONValue.object([("a", .array([.number(1), .bool(true)])), ("b", .object([]))])
        #expect(doc.rendered(pretty: true) == "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": {}\n}")
    }
}
