// Driver for scripts/bench/extract.sh: times EconExtract on a file, prints what it finds, or
// generates the benchmark corpus.
//
//   extract-bench FILE [--published DATE] [--json] [--repeat N]
//   extract-bench --generate OUT --megabytes N SOURCE...   (SOURCE: .tsv corpus or plain text)
//
// Compiled with swiftc against the modules `swift build` made, so the package needs no extra target.
import EconExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        out.append(contentsOf: buffer[0..<n])
    }
    return out
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Writes about `megabytes` MB of articles made of real sentences, with every digit redrawn by a
/// fixed linear congruential generator so numbers vary but the output is the same on every run.
func generate(out: String, megabytes: Int, sources: [String]) -> Int32 {
    var sentences: [String] = []
    for path in sources {
        guard let bytes = readFile(path) else {
            fputs("cannot read \(path)\n", stderr)
            return 66
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if path.hasSuffix(".tsv") {
                if columns.count == 3 { sentences.append(String(columns[1])) }
            } else {
                // Plain text: one sentence per ". " piece is close enough for filler.
                sentences.append(contentsOf: line.split(separator: ". ").map { $0 + "." })
            }
        }
    }
    guard !sentences.isEmpty, let f = fopen(out, "wb") else { return 74 }
    defer { fclose(f) }
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
    let target = megabytes * 1_000_000
    var written = 0
    while written < target {
        var article = ""
        for p in 0..<Int(3 + next() % 5) {
            if p > 0 { article += "\n" }
            for k in 0..<Int(2 + next() % 5) {
                if k > 0 { article += " " }
                for scalar in sentences[Int(next() % UInt64(sentences.count))].unicodeScalars {
                    if scalar.value >= 0x31 && scalar.value <= 0x39 {
                        article.unicodeScalars.append(Unicode.Scalar(UInt8(0x31 + next() % 9)))
                    } else {
                        article.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        article += "\n\n"
        let bytes = Array(article.utf8)
        fwrite(bytes, 1, bytes.count, f)
        written += bytes.count
    }
    return 0
}

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "--generate", args.count >= 5, args[2] == "--megabytes", let mb = Int(args[3]) {
    exit(generate(out: args[1], megabytes: mb, sources: Array(args[4...])))
}
var published: PublicationTime? = nil
var printJSON = false
var repeats = 1
var path: String? = nil
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--published": published = try? PublicationTime(parsing: args.isEmpty ? "" : args.removeFirst())
    case "--json": printJSON = true
    case "--repeat": repeats = Int(args.isEmpty ? "1" : args.removeFirst()) ?? 1
    default: path = a
    }
}
guard let path, let bytes = readFile(path) else {
    fputs("usage: extract-bench FILE [--published DATE] [--json] [--repeat N]\n", stderr)
    exit(64)
}
let text: String
do { text = try UTF8Input.decode(bytes) } catch {
    fputs("error: \(error)\n", stderr)
    exit(65)
}
let extractor = Extractor()
if printJSON {
    print(extractor.extract(text, published: published).json.rendered(pretty: true))
    exit(0)
}
// Documents are separated by blank lines in the generated corpus; extract each as an article would be.
let documents = text.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
var figures = 0
var best = Double.infinity
for _ in 0..<repeats {
    let t0 = now()
    var count = 0
    for doc in documents { count += extractor.extract(doc, published: published).figures.count }
    let elapsed = now() - t0
    best = min(best, elapsed)
    figures = count
}
let megabytes = Double(bytes.count) / 1_000_000
print("bytes: \(bytes.count)  documents: \(documents.count)  figures: \(figures)")
print("best of \(repeats): \(best) s  →  \(megabytes / best) MB/s")
