import EconModel
import EconTestSupport
import Testing

struct DecimalTextTests {
    @Test(arguments: [
        (56.6e9, "56600000000"), (0.1, "0.1"), (-5, "-5"), (26e9, "26000000000"), (1e16, "10000000000000000"),
        (1.5e-7, "0.00000015"), (123.456, "123.456"), (-0.0, "0"), (1e21, "1e+21"), (1.2345678901234568e+20, "123456789012345680000"),
        (56.6, "56.6"), (Double.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),
        (0.30000000000000004, "0.30000000000000004"),
    ])
    func formatsShortestPlainForm(value: Double, text: String) {
        #expect(DecimalText.format(value) == text)
    }

    @Test(arguments: [
        56.6e9, 0.1, 1.0 / 3.0, -2.5e-9, 9_007_199_254_740_992, 4e9, 17e9, 12345.678e3, Double.greatestFiniteMagnitude,
        Double.leastNonzeroMagnitude,
    ])
    func formattedTextReadsBackToTheSameValue(value: Double) throws {
        #expect(try DecimalText.parse(DecimalText.format(value)) == value)
    }

    @Test(arguments: [("-5", -5.0), ("1e9", 1e9), ("2.5E-3", 0.0025), ("+7", 7), ("56.6", 56.6), (".5", 0.5), ("5.", 5)])
    func parsesPlainNumbers(text: String, value: Double) throws {
        #expect(try DecimalText.parse(text) == value)
    }

    @Test(arguments: ["nan", "NaN", "inf", "-Infinity", "0x1p3", "1 000", "1,5", "", "-", "e5", "1e", "12,3,4", " 5", "5 ", "1_000"])
    func refusesAnythingElse(text: String) {
        #expect(throws: NumberError.malformed(text)) { try DecimalText.parse(text) }
    }

    @Test func refusesValuesOutOfRange() {
        #expect(throws: NumberError.outOfRange("1e400")) { try DecimalText.parse("1e400") }
    }

    @Test func readsDecimalCommaWhenAsked() throws {
        #expect(try DecimalText.parse("56,6", decimalComma: true) == 56.6)
        #expect(throws: NumberError.malformed("56.6")) { try DecimalText.parse("56.6", decimalComma: true) }
    }

    @Test(arguments: [("56.6", 9, 56.6e9), ("56,6", 9, 56.6e9), ("1.5e2", 3, 150_000), ("0.001", 6, 1000), ("12", -3, 0.012)])
    func exponentShiftScalesExactly(text: String, shift: Int, value: Double) throws {
        #expect(try DecimalText.parse(text, decimalComma: text.contains(","), exponentShift: shift) == value)
    }

    /// Short decimals skip `strtod`; the result must be the very same double, sign of zero included.
    @Test func shortDecimalsConvertExactlyAsStrtodDoes() throws {
        var random = FuzzRandom(seed: FuzzRandom.seed)
        var texts = ["0", "-0", "+0.0", "0.1", "0.3", "1.005", "999999999999999", "-123456789012.345", "0.000000000000001", "5.", ".5"]
        for _ in 0..<FuzzRandom.budget(20_000) {
            let digits = Int.random(in: 1...15, using: &random)
            let all = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            let point = Int.random(in: 0...digits, using: &random)
            let sign = ["", "-", "+"].randomElement(using: &random) ?? ""
            texts.append(sign + String(all.prefix(point)) + "." + String(all.dropFirst(point)))
        }
        for text in texts {
            let parsed = try DecimalText.parse(text)
            let reference = Double(text)
            #expect(parsed.bitPattern == reference?.bitPattern, "\(text)")
        }
    }
}
