import ArgumentParser
import EconKit
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the economic figures in a Russian or English text or a saved web page (no store needed).",
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
    @Option(help: "auto (English when the text is English, else Russian), ru or en.") var lang: ImportArticle.Language = .auto

    enum ExtractFormat: String, ExpressibleByArgument { case json, table }

    func run() throws {
        var bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else { throw ImportError.missingFile(file) }
            bytes = [UInt8](data)
        }
        var published = try Arguments.time(published)
        // A saved web page: the figures of its article's text (offsets count in that text).
        if HTMLArticle.looksLikeHTML(bytes) {
            let page = try HTMLArticle.read(bytes, path: file == "-" ? "standard input" : file)
            bytes = Array(page.text.utf8)
            if published == nil, let date = page.published { published = try? PublicationTime(parsing: date) }
        }
        let extraction: Extraction
        do {
            let text = try UTF8Input.decode(bytes)
            let language = lang.forced ?? TextLanguage.detect(text).readAs ?? .russian
            extraction = Extractor(language: language).extract(text, published: published)
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
        abstract: "Print the bundled classification rules (JSON), or explain how they place the figures of a sentence.",
        discussion: """
            Without options: the bundled rules, to copy and extend (a file of the same shape, every key \
            optional, given with --rules, $ECON_RULES or ~/.config/econ/rules.json; "replace_default": true \
            replaces the bundled set).

            With --explain: each figure of the text, the indicator word, the areas named with their part \
            (origin, destination, partner, pair), the context used, the family and the series code — or \
            the reason it goes to review.

            EXAMPLES:
              econ rules > my-rules.json
              econ rules --explain 'Товарооборот между Россией и Киргизией в 2024 году вырос до $4 млрд.'
              econ rules --explain "$(cat article.txt)" --published 2025-03 --title 'Россия и Узбекистан'
              econ rules --areas | grep -i узбек
            """
    )

    @Option(help: ArgumentHelp("A sentence or text whose figures to explain.", valueName: "text")) var explain: String?
    @Option(help: ArgumentHelp("When the text was published: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date")) var published: String?
    @Option(help: ArgumentHelp("The article's title (context for areas).", valueName: "text")) var title: String?
    @Option(
        help: ArgumentHelp("A rules file extending the bundled rules (default: $ECON_RULES, ~/.config/econ/rules.json).", valueName: "file")
    )
    var rules: String?
    @Flag(help: "Print every area of the gazetteer with its code, kind, slug and names.") var areas = false

    func validate() throws {
        if areas && explain != nil { throw ValidationError("--areas and --explain do not go together: give one") }
        if explain == nil && (published != nil || title != nil || rules != nil) {
            throw ValidationError("--published, --title and --rules go with --explain TEXT")
        }
    }

    func run() throws {
        if areas {
            let gazetteer = try Gazetteer.bundled()
            let rows = gazetteer.areas.map { a in
                [a.code, a.kind.rawValue, a.slug, a.name("ru") ?? "", a.name("en") ?? "", a.members.joined(separator: " ")]
            }
            print(RecordPrinter.table(header: ["code", "kind", "slug", "ru", "en", "members"], rows: rows), terminator: "")
            return
        }
        guard let explain else {
            guard let url = ClassificationRules.defaultURL, let data = FileManager.default.contents(atPath: url.path)
            else { throw ImportError.missingFile("classification-rules.json") }
            FileHandle.standardOutput.write(data)
            return
        }
        let resolved = try ClassificationRules.resolve(
            userFile: ClassificationRules.userFile(explicit: rules, environment: ProcessInfo.processInfo.environment))
        let time = try Arguments.time(published)
        let extraction = Extractor(language: TextLanguage.detect(explain).readAs ?? .russian).extract(explain, published: time)
        let placements = try Classifier(rules: resolved).place(extraction, text: explain, title: title, published: time)
        if extraction.figures.isEmpty { print("no figures found") }
        for (i, (figure, placement)) in zip(extraction.figures, placements).enumerated() {
            let amount =
                (try? Amount(value: figure.value, qualifier: figure.qualifier, low: figure.low, high: figure.high)).map(Show.display) ?? ""
            print("#\(i) «\(figure.surface)» \(amount) \(figure.unit), period \(figure.period?.description ?? "none")")
            for step in placement.trace { print("   \(step)") }
            switch placement.decision {
            case .series(let code): print("   → \(code)\(placement.negated ? " (negated: a fall)" : "")")
            case .review(let reason): print("   → review: \(reason)")
            case .restatement(let main): print("   → restatement of #\(main), not stored")
            }
        }
    }
}
