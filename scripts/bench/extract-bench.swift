// Driver for scripts/bench/extract.sh: times EconExtract on a file, or prints what it finds.
//
//   extract-bench FILE [--published DATE] [--json] [--repeat N]
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

var args = Array(CommandLine.arguments.dropFirst())
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
