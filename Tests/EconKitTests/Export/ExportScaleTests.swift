import EconKit
import Foundation
import Testing

struct ExportScaleTests {
    @Test(arguments: [
        (56.6e9, ExportScale.billions, "56.6"),
        (56.6e9, .millions, "56600"),
        (56.6e9, .thousands, "56600000"),
        (56.6e9, .units, "56600000000"),
        (4e9, .billions, "4"),
        (-2.5e9, .billions, "-2.5"),
        (175, .billions, "0.000000175"),
        (64_000, .thousands, "64"),
        (0.1, .thousands, "0.0001"),
        (-0.5, .thousands, "-0.0005"),
        (0, .billions, "0"),
        (123_456_789, .millions, "123.456789"),
        (1.5e22, .thousands, "15000000000000000000"),
        (1e21, .units, "1e+21"),
        (2.5e30, .billions, "2.5e+21"),
        (0.1 + 0.2, .units, "0.30000000000000004"),
    ])
    func dividesByMovingTheDecimalPoint(value: Double, scale: ExportScale, expected: String) {
        #expect(scale.text(value) == expected)
    }

    @Test(arguments: [
        (5155.993, ExportScale.thousands, "5.155993"),
        (79343.271, .millions, "0.079343271"),
        (2.51, .thousands, "0.00251"),
    ])
    func floatingDivisionWouldNotBeShortest(value: Double, scale: ExportScale, expected: String) {
        // Why scaling shifts text: when value × 10^k is not exactly representable, dividing in
        // floating point lands one step away from the shortest decimal (5.1559930000000005).
        let divided = DecimalText.format(value / pow(10, Double(scale.exponent)))
        #expect(divided != expected)
        #expect(scale.text(value) == expected)
    }

    @Test func unitsAreExactlyTheShortestTextEconWritesEverywhere() {
        var generator = SplitMix64(seed: 11)
        var values: [Double] = [
            0, -0.0, 1, -1, 9_007_199_254_740_991, -9_007_199_254_740_991, 9_007_199_254_740_992, 1e15, 1e20, 1e21, 0.5,
        ]
        for _ in 0..<5_000 {
            let digits = Double(generator.next() % 9_007_199_254_740_992)
            values.append(generator.next() % 2 == 0 ? digits : -digits)
            values.append(digits / 1_000)
        }
        for x in values { #expect(ExportScale.units.text(x) == DecimalText.format(x), "\(x)") }
    }

    @Test(arguments: ExportScale.allCases)
    func shiftedTextReadsBackToTheSameNumber(scale: ExportScale) throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let magnitude = Double(generator.next() % 30) - 8
            let x = (Double(generator.next() % 1_000_000_007) / 1_000) * pow(10, magnitude) * (generator.next() % 2 == 0 ? 1 : -1)
            let text = scale.text(x)
            // Shifting the point back (adding to the exponent) must give exactly the stored double.
            let parts = text.split(separator: "e")
            let exponent = scale.exponent + (parts.count == 2 ? Int(parts[1]) ?? 0 : 0)
            let back = try #require(Double("\(parts[0])e\(exponent)"))
            #expect(back == x, "\(x) → \(text)")
            #expect(!text.contains("e") || abs(x) / pow(10, Double(scale.exponent)) >= 1e21, "\(text)")
        }
    }
}

/// A small deterministic generator, so the table of random values is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
