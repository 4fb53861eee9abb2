import ArgumentParser
import EconKit
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the economic figures in a Russian text (no store needed).",
        discussion: """
            Prints each figure normalized: value in base units, unit (ISO 4217 for money, percent, or the \
            counted thing), qualifier, period, and where it is. Offsets (start, end) count Unicode scalars \
            (code points) of the input from 0, end exclusive. With --published, relative periods ("в прошлом \
            году") and as-of figures get dates; without it they have none.

            EXAMPLES:
              econ extract data/articles/2025-11-tokayev-visit.ru.txt --published 2025-11
              echo 'Товарооборот превысил $28 млрд в 2024 году.' \\
                | econ extract - --format json
            """
    )

    @Argument(help: "The text file, or - for standard input.") var file: String
    @Option(help: ArgumentHelp("When the text was published: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date")) var published: String?
    @Option(help: "json or table.") var format: ExtractFormat = .table

    enum ExtractFormat: String, ExpressibleByArgument { case json, table }

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else { throw ImportError.missingFile(file) }
            bytes = [UInt8](data)
        }
        let extraction: Extraction
        do {
            extraction = try Extractor().extract(utf8: bytes, published: try Arguments.time(published))
        } catch let error as any CategorizedError {
            throw ImportError.invalidFile(file == "-" ? "standard input" : file, reason: error.description)
        }
        if format == .json {
            print(extraction.json.rendered(pretty: true))
            return
        }
        let rows = extraction.figures.enumerated().map { i, f -> [String] in
            let amount = (try? Amount(value: f.value, qualifier: f.qualifier, low: f.low, high: f.high)).map(Show.display) ?? ""
            let links = [f.partOf.map { "part of #\($0)" }, f.sameAs.map { "same as #\($0)" }].compactMap { $0 }.joined(separator: ", ")
            return [
                String(i), f.surface, amount, f.unit, f.qualifier.rawValue, f.period?.description ?? "", f.indicator ?? "", links,
                "\(f.start)–\(f.end)",
            ]
        }
        print(
            RecordPrinter.table(header: ["#", "surface", "value", "unit", "qualifier", "period", "indicator", "links", "at"], rows: rows),
            terminator: "")
        for a in extraction.annotations { print("annotation \(a.period?.description ?? "-"): \(a.text)") }
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the bundled classification rules (JSON), to copy and extend.",
        discussion: "EXAMPLE:\n  econ rules > my-rules.json   # edit, then: econ import article x.txt --rules my-rules.json"
    )

    func run() throws {
        guard let url = ClassificationRules.defaultURL, let data = FileManager.default.contents(atPath: url.path)
        else { throw ImportError.missingFile("classification-rules.json") }
        FileHandle.standardOutput.write(data)
    }
}
