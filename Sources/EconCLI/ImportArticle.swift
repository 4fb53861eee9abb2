import ArgumentParser
import EconKit
import Foundation

struct ImportArticle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Import the figures of Russian or English articles into their series, traced to their sentences.",
        discussion: """
            Metadata comes from the sidecar beside the file (same name, .json: title, source, author, \
            language, published) and from --published/--source, which win. Each figure is put in the series \
            the classification rules name (created with the rules' metadata when missing); a figure no rule \
            places, or that two rules fit equally, goes to review (see 'econ review') — a normal outcome, exit 0. \
            Importing the same file again changes nothing. One transaction per article: all or nothing.

            Many at once: name several files or folders (their .txt, .html and feed files; --recursive for subfolders), \
            or - to read a list of paths from standard input. Each article is its own transaction; one \
            that fails (unreadable, not Russian, malformed metadata) is listed with its reason and the \
            rest go on. An RSS or Atom feed file is read item by item, each an article. The summary \
            counts articles, figures new/unchanged/revised/to review, and failures; the exit code is 65 \
            when any article was refused. A batch flushes the store to disk once, at its end: a killed \
            run loses nothing stored, a power loss may take back its last articles (run it again). A \
            page saved again with the same canonical URL and article text is the article already stored.

            Language: econ reads Russian and English, told per document from the sidecar's or page's \
            language, else from the text itself. A text in another language (Kazakh, Ukrainian, German, \
            Chinese …) is refused with exit 65 and nothing stored; --lang ru or --lang en reads every \
            text in that language anyway.

            Rules: the bundled set, extended by --rules FILE or $ECON_RULES (a JSON file of the same shape; \
            "replace_default": true replaces the bundled set). 'econ rules' prints the bundled set.

            EXAMPLES:
              econ import article data/articles/2025-11-tokayev-visit.ru.txt
              econ import article news.txt --published 2025-11-12 --source "ТАСС" --dry-run
              econ import article ~/news/2025-11 --recursive
              find ~/news -name '*.txt' -newer last-run | econ import article -
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Articles (UTF-8 text), folders of them, or - for a list of paths on standard input.") var files: [String]
    @Flag(help: "Also import the articles in subfolders of the folders named.") var recursive = false
    @Option(help: "auto (Russian or English, told per document; refuse any other language), ru or en (read every text so).")
    var lang: Language = .auto

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case auto, ru, en

        /// The language forced, or `nil` for auto.
        var forced: ExtractionLanguage? {
            switch self {
            case .auto: nil
            case .ru: .russian
            case .en: .english
            }
        }
    }
    @Option(help: ArgumentHelp("When the article was published (YYYY, YYYY-MM, YYYY-MM-DD); overrides the sidecar.", valueName: "date"))
    var published: String?
    @Option(help: "The article's source; overrides the sidecar.") var source: String?
    @Option(help: ArgumentHelp("A rules file extending the bundled rules (default: $ECON_RULES).", valueName: "file")) var rules: String?
    @Flag(help: "Show what would be stored; write nothing.") var dryRun = false
    @Flag(
        help:
            "Read every article again, even one the store holds read the same way (same text, metadata and rules files), which is otherwise reported as already read."
    )
    var reread = false
    @Option(help: "table or json.") var format: RecordFormat = .table

    func run() throws {
        let rules = try ClassificationRules.resolve(
            userFile: ClassificationRules.userFile(explicit: rules, environment: ProcessInfo.processInfo.environment))
        var template = ArticleImport(
            path: "", rules: rules, published: try Arguments.time(published), source: source, dryRun: dryRun, language: lang.forced)
        template.reread = reread
        let single = files.count == 1 && files[0] != "-" && !Self.isFolder(files[0]) && !NewsFeed.isFeed(path: files[0])
        let paths = single ? files : try ArticleBatch.articlePaths(try Self.expandStandardInput(files), recursive: recursive)
        // A dry run on a missing store works as on an empty one and creates nothing.
        let target = dryRun ? try store.openForDryRun() : try store.openForWriting()
        guard single else { return try runBatch(ArticleBatch(paths: paths, template: template), into: target) }
        let file = files[0]
        var article = template
        article.path = file
        let report = try article.run(into: target)
        if format == .json {
            print(Self.json(report).rendered(pretty: true))
            return
        }
        let header =
            "\(report.document.name ?? file)\(report.document.title.map { " — \($0)" } ?? "") (published \(report.document.published?.text ?? "unknown"))"
        print(dryRun ? "dry run, nothing written: \(header)" : header)
        if let already = report.alreadyRead {
            print(Self.alreadyReadLine(already) + " (--reread reads it again)")
            return
        }
        var rows: [[String]] = []
        for (i, result) in report.figures.enumerated() {
            let f = result.figure
            let amount = (try? Amount(value: f.value, qualifier: f.qualifier, low: f.low, high: f.high)).map(Show.display) ?? ""
            rows.append([
                String(i), f.surface, Self.series(result.outcome), amount + " " + f.unit, f.qualifier.rawValue, f.period?.description ?? "",
                Self.status(result.outcome),
            ])
        }
        print(
            RecordPrinter.table(header: ["#", "surface", "series", "value", "qualifier", "period", "outcome"], rows: rows), terminator: "")
        for a in report.annotations {
            print(
                "annotation \(a.annotation.period?.description ?? "-") → \(a.series ?? "(no series; not stored)")\(a.isNew ? " (new)" : ""): \(a.annotation.text)"
            )
        }
        if !report.createdSeries.isEmpty { print("created series: \(report.createdSeries.joined(separator: ", "))") }
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The inputs with `-` replaced by the paths read from standard input, one per line.
    static func expandStandardInput(_ inputs: [String]) throws -> [String] {
        guard inputs.contains("-") else { return inputs }
        var listed: [String] = []
        while let line = readLine(strippingNewline: true) {
            let path = line.trimmingCharacters(in: .whitespaces)
            if !path.isEmpty { listed.append(path) }
        }
        return inputs.flatMap { $0 == "-" ? listed : [$0] }
    }

    /// Many articles: a line per article as it goes, a summary, exit 65 when any was refused.
    func runBatch(_ batch: ArticleBatch, into target: Store) throws {
        let interactive = Terminal.isInteractive && format == .table
        var records: [JSONValue] = []
        var done = 0
        let summary = try batch.run(into: target) { result in
            done += 1
            if interactive { Terminal.progress("\(done) of \(batch.paths.count) articles") }
            switch result {
            case .imported(let path, let report):
                if format == .json {
                    var object = Self.json(report)
                    if case .object(var members) = object {
                        members.insert(("path", .string(path)), at: 0)
                        object = .object(members)
                    }
                    records.append(object)
                    return
                }
                if interactive { Terminal.progress(nil) }
                if let already = report.alreadyRead {
                    print("\(path): \(Self.alreadyReadLine(already))")
                    return
                }
                let counts = Dictionary(grouping: report.figures.map { Self.kind($0.outcome) }, by: { $0 }).mapValues(\.count)
                print(
                    "\(path): \(report.figures.count) figure\(report.figures.count == 1 ? "" : "s") (\(counts["new", default: 0]) new, \(counts["unchanged", default: 0]) unchanged, "
                        + "\(counts["revision", default: 0]) revised, \(counts["review", default: 0]) to review"
                        + (counts["another source", default: 0] > 0 ? ", \(counts["another source", default: 0]) from another source" : "")
                        + ")")
            case .failed(let path, let reason):
                if interactive { Terminal.progress(nil) }
                if format == .json { records.append(.object([("path", .string(path)), ("error", .string(reason))])) }
                FileHandle.standardError.write(Data("econ: \(reason.hasPrefix(path) ? reason : "\(path): \(reason)")\n".utf8))
            }
        }
        if interactive { Terminal.progress(nil) }
        let line =
            "\(dryRun ? "dry run, nothing written: " : "")\(summary.articles) article\(summary.articles == 1 ? "" : "s") imported, \(summary.failed) refused; figures: \(summary.new) new, "
            + "\(summary.unchanged) unchanged, \(summary.revisions) revised, \(summary.toReview) to review"
            + (summary.otherSources > 0 ? ", \(summary.otherSources) already stored from another source" : "")
        if format == .json {
            print(
                JSONValue.object([
                    ("articles", .array(records)),
                    (
                        "summary",
                        .object([
                            ("imported", .number(Double(summary.articles))), ("refused", .number(Double(summary.failed))),
                            ("new", .number(Double(summary.new))), ("unchanged", .number(Double(summary.unchanged))),
                            ("revised", .number(Double(summary.revisions))), ("to_review", .number(Double(summary.toReview))),
                            ("another_source", .number(Double(summary.otherSources))),
                            ("dry_run", .bool(dryRun)),
                        ])
                    ),
                ]).rendered(pretty: true))
        } else {
            print(line)
        }
        if summary.failed > 0 { throw ArticlesRefused(count: summary.failed, of: batch.paths.count) }
    }

    /// The kind of a figure's outcome, for the summary line.
    static func kind(_ outcome: ArticleImport.FigureResult.Outcome) -> String {
        switch outcome {
        case .stored(_, .new): "new"
        case .stored(_, .unchanged): "unchanged"
        case .stored(_, .anotherSource): "another source"
        case .stored: "revision"
        case .review: "review"
        case .restatement: "restatement"
        }
    }

    struct ArticlesRefused: CategorizedError {
        var count: Int
        var of: Int
        var category: ErrorCategory { .dataError }
        var description: String { "\(count) of \(of) articles were refused (listed above); the others were imported" }
    }

    static func series(_ outcome: ArticleImport.FigureResult.Outcome) -> String {
        switch outcome {
        case .stored(let series, _): series
        case .review: "(review)"
        case .restatement(let main): "(same as #\(main))"
        }
    }

    static func status(_ outcome: ArticleImport.FigureResult.Outcome) -> String {
        switch outcome {
        case .stored(_, let o): o.rawValue
        case .review(let reason, let isNew): (isNew ? "sent to review: " : "already in review: ") + reason
        case .restatement: "restatement, not stored"
        }
    }

    /// `already read the same way: 3 figures unchanged, 2 in review`.
    static func alreadyReadLine(_ already: ArticleImport.AlreadyRead) -> String {
        "already read the same way: \(already.stored) figure\(already.stored == 1 ? "" : "s") unchanged, \(already.inReview) in review"
    }

    static func json(_ report: ArticleImport.Report) -> JSONValue {
        .object([
            ("document", .string(report.document.name)), ("title", .string(report.document.title)),
            ("published", .string(report.document.published?.text)), ("sha256", .string(report.document.sha256)),
            ("dry_run", .bool(report.dryRun)),
            (
                "figures",
                .array(
                    report.figures.map { r in
                        var members: [(String, JSONValue)] = []
                        if case .object(let figure) = r.figure.json { members = figure }
                        members.append(("series", .string({ if case .stored(let s, _) = r.outcome { s } else { nil } }())))
                        members.append(("outcome", .string(status(r.outcome))))
                        return .object(members)
                    })
            ),
            (
                "annotations",
                .array(
                    report.annotations.map { a in
                        .object([
                            ("text", .string(a.annotation.text)), ("period", .string(a.annotation.period?.description)),
                            ("series", .string(a.series)), ("new", .bool(a.isNew)),
                        ])
                    })
            ),
            ("created_series", .array(report.createdSeries.map { .string($0) })),
            (
                "already_read",
                report.alreadyRead.map { .object([("stored", .number(Double($0.stored))), ("in_review", .number(Double($0.inReview)))]) }
                    ?? .null
            ),
        ])
    }
}

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List figures no rule could place, and assign or dismiss them.",
        discussion: """
            Pending items are a normal state: 'econ review' exits 0 while items wait.

            'assign --remember' also writes the decision as a rule (the figure's indicator, unit and the \
            series' areas) into your rules file (--rules, $ECON_RULES, else ~/.config/econ/rules.json), so \
            the same kind of figure is placed next time. 'econ rules --explain' shows why a figure was not.

            EXAMPLES:
              econ review
              econ review assign 3 ru_kz.trade_turnover
              econ review assign 5 ru_uz.trade_turnover --remember
              econ review dismiss 4
            """,
        subcommands: [ListItems.self, Assign.self, Dismiss.self],
        defaultSubcommand: ListItems.self
    )

    struct ListItems: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List pending review items (the default).")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Also list assigned and dismissed items.") var all = false
        @Option(help: "table, csv or json.") var format: RecordFormat = .table

        func run() throws {
            let items = try store.openForReading().reviewItems(includeDone: all)
            let records: [[(String, Field)]] = items.map { item in
                [
                    ("id", .integer(Int(item.id))), ("status", .text(item.status)), ("surface", .text(item.surface)),
                    ("value", .number(item.amount.value)), ("qualifier", .text(item.amount.qualifier.rawValue)),
                    ("low", .number(item.amount.low)),
                    ("high", .number(item.amount.high)), ("unit", .text(item.unit)), ("period", .text(item.period?.description)),
                    ("reason", .text(item.reason)), ("series", .text(item.series)), ("document", .text(item.document)),
                    ("sentence", .text(item.sentence)),
                ]
            }
            if format == .table && items.isEmpty { print(all ? "no review items" : "no figures waiting for review"); return }
            try RecordPrinter(format: format).print(
                records,
                columns: [
                    "id", "status", "surface", "value", "qualifier", "low", "high", "unit", "period", "reason", "series", "document",
                    "sentence",
                ])
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store a pending figure in an existing series.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The review item id.") var id: Int64
        @Argument(help: "The series to store it in (it must exist; nothing is created).") var series: String
        @Flag(help: "Also keep the decision as a rule in your rules file, for the same kind of figure next time.") var remember = false
        @Option(
            help: ArgumentHelp(
                "The rules file --remember writes (default: $ECON_RULES, else ~/.config/econ/rules.json).", valueName: "file"))
        var rules: String?

        func run() throws {
            let target = try store.openForWriting()
            let item = try target.reviewItem(id)
            let outcome = try target.assignReviewItem(id, to: series)
            print("review item \(id) → \(series): \(outcome.rawValue)")
            guard remember, let item, let stored = try target.series(series) else { return }
            let environment = ProcessInfo.processInfo.environment
            guard let path = ClassificationRules.userFile(explicit: rules, environment: environment, mustExist: false) else {
                throw ImportError.missingFile("a rules file to write: give --rules FILE (no $ECON_RULES, $XDG_CONFIG_HOME or $HOME)")
            }
            let current = try ClassificationRules.resolve(userFile: FileManager.default.fileExists(atPath: path) ? path : nil)
            let rule = try RememberedPlacement.rule(for: item, in: stored, classifier: try Classifier(rules: current))
            let changed = try RememberedPlacement.append(rule, toRulesFile: path)
            print(
                changed
                    ? "remembered in \(path): \(rule.indicator) in \(rule.unit) between \(rule.area) and \(rule.counterpart) → \(series)"
                    : "\(path) already has that rule")
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop a pending figure on purpose.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The review item id.") var id: Int64

        func run() throws {
            try store.openForWriting().dismissReviewItem(id)
            print("review item \(id) dismissed")
        }
    }
}
