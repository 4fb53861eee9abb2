import Foundation

/// The seeded generator of the property tests, shared by every test target: SplitMix64, so a failure prints a seed that replays it.
///
/// `ECON_FUZZ_SEED` fixes the seed and `ECON_FUZZ_SCALE` multiplies every test's budget
/// (`scripts/fuzz/run.sh` runs long budgets with fresh seeds); `swift test` uses seed 1, scale 1.
public struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public static var seed: UInt64 { ProcessInfo.processInfo.environment["ECON_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1 }

    /// `base` iterations times `ECON_FUZZ_SCALE`.
    public static func budget(_ base: Int) -> Int {
        base * (ProcessInfo.processInfo.environment["ECON_FUZZ_SCALE"].flatMap { Int($0) } ?? 1)
    }

    /// A string of `0..<maxLength` pieces drawn from `alphabet`.
    public mutating func string(from alphabet: [String], maxLength: Int) -> String {
        let count = Int.random(in: 0..<maxLength, using: &self)
        return (0..<count).map { _ in alphabet.randomElement(using: &self) ?? "" }.joined()
    }

    /// Any Unicode scalar, biased towards ASCII.
    public mutating func scalar() -> Unicode.Scalar {
        switch Int.random(in: 0..<4, using: &self) {
        case 0, 1: return Unicode.Scalar(UInt8.random(in: 0...127, using: &self))
        case 2: return Unicode.Scalar(UInt32.random(in: 0x400...0x4FF, using: &self)) ?? "я"
        default:
            while true { if let s = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &self)) { return s } }
        }
    }
}
