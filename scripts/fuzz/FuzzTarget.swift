// libFuzzer entry point for econ's pure parsers (built by scripts/fuzz/run.sh with
// `swiftc -sanitize=fuzzer,address`). The first input byte picks the target; the rest is the input.
// A broken property calls fatalError, which libFuzzer reports as a crash with the input saved.
import EconExtract
import EconModel
import Foundation

private func scalarsText(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String? {
    guard 0 <= a, a <= b, b <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[a..<b])
    return String(view)
}

private func fuzzExtractor(_ bytes: [UInt8]) {
    guard let result = try? Extractor().extract(utf8: bytes, published: try? PublicationTime(parsing: "2025-11")) else { return }
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    for f in result.figures {
        guard scalarsText(scalars, f.start, f.end) == f.surface else { fatalError("surface \(f.surface) != text at \(f.start)..<\(f.end)") }
        guard scalarsText(scalars, f.sentenceStart, f.sentenceEnd) == f.sentence else { fatalError("sentence offsets") }
        for x in [f.value, f.low, f.high].compactMap({ $0 }) where !x.isFinite { fatalError("non-finite value") }
    }
    for a in result.annotations where scalarsText(scalars, a.start, a.end) != a.text { fatalError("annotation offsets") }
}

private func fuzzParsers(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    if let p = try? Period(parsing: text) {
        guard p.description == text, Period(p.description) == p else { fatalError("period \(text) prints as \(p)") }
        _ = p.advanced(by: Int(bytes.first ?? 0) - 128)
    }
    if let t = try? PublicationTime(parsing: text) {
        guard (try? PublicationTime(parsing: t.text)) == t, PublicationTime(sortKey: t.sortKey) == t else { fatalError("time \(text)") }
    }
    for shift in [0, 3, 9, -9] {
        for comma in [false, true] {
            if let x = try? DecimalText.parse(text, decimalComma: comma, exponentShift: shift) {
                guard x.isFinite else { fatalError("non-finite from \(text)") }
                guard (try? DecimalText.parse(DecimalText.format(x))) == x else { fatalError("format/parse of \(x)") }
            }
        }
    }
    if bytes.count == 8 {
        let x = Double(bitPattern: bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        if x.isFinite, (try? DecimalText.parse(DecimalText.format(x))) != x { fatalError("format/parse of \(x.bitPattern)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 2 {
    case 0: fuzzExtractor(bytes)
    default: fuzzParsers(bytes)
    }
    return 0
}
