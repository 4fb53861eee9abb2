import Crypto
import Foundation

/// Imports an article: extracts its figures, classifies them into series by the rules, and stores
/// them with their document, sentence and offsets — all in one transaction.
///
/// Metadata (title, source, author, language, published) comes from a sidecar JSON file beside the
/// article (same name, `.json` instead of `.txt`) and from the options, the options winning.
public struct ArticleImport: Sendable {
    /// The sidecar file's content.
    public struct Metadata: Sendable, Decodable, Equatable {
        public var title, source, author, language, published: String?
        /// The article's address (a page's canonical URL, a feed item's link).
        public var url: String?

        public init(
            title: String? = nil, source: String? = nil, author: String? = nil, language: String? = nil, published: String? = nil,
            url: String? = nil
        ) {
            self.title = title
            self.source = source
            self.author = author
            self.language = language
            self.published = published
            self.url = url
        }
    }

    public var path: String
    public var rules: ClassificationRules
    /// Overrides the sidecar's `published`.
    public var published: PublicationTime?
    /// Overrides the sidecar's `source`.
    public var source: String?
    public var dryRun = false
    /// The language to read every text in, whatever its letters or sidecar say (`--lang ru|en`);
    /// `nil` (the default) reads Russian and English and refuses any other language.
    public var language: ExtractionLanguage?
    /// Read the text as Russian whatever its letters say (`--lang ru`).
    public var forceRussian: Bool {
        get { language == .russian }
        set { language = newValue ? .russian : nil }
    }
    /// The classifier built from `rules`, when the caller built it once for many articles (its
    /// patterns took a quarter of the time of importing an article when built each time).
    public var classifier: Classifier?
    /// Read the article again even when the store holds it read the same way (same text, metadata,
    /// rules files and reader); by default such an article is reported as already read, unchanged.
    public var reread = false

    /// The version of what reads an article — extraction, classification, storing. It is part of
    /// each stored article's reading: change it whenever a release reads the same text differently,
    /// so that re-importing reads articles again.
    public static let readerVersion = "econ-article-reader-4"

    public init(
        path: String, rules: ClassificationRules, published: PublicationTime? = nil, source: String? = nil, dryRun: Bool = false,
        forceRussian: Bool = false, language: ExtractionLanguage? = nil
    ) {
        self.path = path
        self.rules = rules
        self.published = published
        self.source = source
        self.dryRun = dryRun
        self.language = language ?? (forceRussian ? .russian : nil)
    }

    /// The language to read a document in: the one forced, else the one its sidecar or page names,
    /// else the one its letters show; a document in any other language is refused (see ``TextLanguage``).
    func readingLanguage(_ text: String, declared: String?) throws(ImportError) -> ExtractionLanguage {
        if let language { return language }
        if let declared, !declared.isEmpty {
            let code = declared.lowercased().prefix { $0.isLetter }
            if code == "ru" || code == "rus" || code == "russian" { return .russian }
            if code == "en" || code == "eng" || code == "english" { return .english }
            throw .invalidFile(
                path,
                reason:
                    "its metadata says the language is '\(declared)'; econ reads Russian and English articles (--lang ru or --lang en reads it anyway)"
            )
        }
        let detected = TextLanguage.detect(text)
        guard let language = detected.readAs else {
            throw .invalidFile(
                path,
                reason:
                    "the text looks like \(detected), not Russian or English; nothing was stored (--lang ru or --lang en reads it anyway)")
        }
        return language
    }

    /// What happened to one figure.
    public struct FigureResult: Sendable {
        public enum Outcome: Sendable, Equatable {
            case stored(series: String, RecordOutcome)
            /// Sent to review; `isNew` is false when the same figure already waits there.
            case review(reason: String, isNew: Bool)
            case restatement(of: Int)
        }

        public var figure: ExtractedFigure
        public var outcome: Outcome
    }

    public struct AnnotationResult: Sendable {
        public var annotation: ExtractedAnnotation
        /// The series it was attached to, or `nil` (not stored).
        public var series: String?
        public var isNew: Bool
    }

    public struct Report: Sendable {
        public var document: Document
        public var figures: [FigureResult]
        public var annotations: [AnnotationResult]
        public var createdSeries: [String]
        public var dryRun: Bool
        /// Set when the store held the article read the same way: it was not read again, and
        /// ``figures`` is empty. What the earlier reading stored and sent to review.
        public var alreadyRead: AlreadyRead? = nil
    }

    /// What an earlier reading of the same article, read the same way, gave.
    public struct AlreadyRead: Sendable, Equatable {
        /// Figures stored in series (all of them unchanged now).
        public var stored: Int
        /// Figures that went to review.
        public var inReview: Int

        public init(stored: Int, inReview: Int) {
            self.stored = stored
            self.inReview = inReview
        }
    }

    /// The sidecar path for an article path: `x.ru.txt` → `x.ru.json`.
    public static func sidecarPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.pathExtension.isEmpty ? path + ".json" : url.deletingPathExtension().path + ".json"
    }

    public func run(into store: Store) throws -> Report {
        try self.store(try read(checkingIn: ArticleReadings(store: store)), into: store)
    }

    /// Imports an article given as bytes (plain text or an HTML page) — a feed's item, a page a
    /// program fetched — with `metadata` standing for the sidecar; `path` names it in messages.
    public func run(content bytes: [UInt8], name: String, metadata: Metadata, into store: Store) throws -> Report {
        try self.store(try read(content: bytes, name: name, metadata: metadata, checkingIn: ArticleReadings(store: store)), into: store)
    }

    /// An article read — decoded, its figures extracted and placed — and not yet stored, or found
    /// already read the same way. Reading touches the store only to ask that; a batch reads the
    /// next article on another thread while it stores this one.
    struct Reading: Sendable {
        var document: Document
        var published: PublicationTime?
        var extraction: Extraction
        var placements: [Classifier.Placement]
        /// The series each annotation belongs to (`nil`: none), one per annotation.
        var annotationSeries: [String?] = []
        /// The digest of how it was read, kept with the document.
        var fingerprint: String?
        var alreadyRead: AlreadyRead?
    }

    /// Reads the article at ``path`` and its sidecar.
    func read(checkingIn readings: ArticleReadings) throws -> Reading {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
        return try read(file: [UInt8](data), checkingIn: readings)
    }

    /// Reads the article whose file at ``path`` holds `bytes` (read by the caller), and its sidecar.
    func read(file bytes: [UInt8], checkingIn readings: ArticleReadings) throws -> Reading {
        try read(content: bytes, name: URL(fileURLWithPath: path).lastPathComponent, metadata: try readSidecar(), checkingIn: readings)
    }

    /// Reads an article given as bytes; `readings` tells whether the store holds it read the same way.
    func read(content bytes: [UInt8], name: String, metadata: Metadata, checkingIn readings: ArticleReadings) throws -> Reading {
        var sidecar = metadata
        // A web page: its article's text is what figures are read from; what the page says about
        // itself fills what the sidecar leaves out (the sidecar and the options win).
        var textBytes = bytes
        if HTMLArticle.looksLikeHTML(bytes) {
            let page = try HTMLArticle.read(bytes, path: path)
            textBytes = Array(page.text.utf8)
            sidecar.title = sidecar.title ?? page.title
            sidecar.source = sidecar.source ?? page.outlet ?? page.canonicalURL
            sidecar.author = sidecar.author ?? page.author
            sidecar.language = sidecar.language ?? page.language
            sidecar.url = sidecar.url ?? page.canonicalURL
            if sidecar.published == nil, published == nil, let date = page.published {
                sidecar.published =
                    (try? PublicationTime(parsing: date))?.text ?? (try? PublicationTime(parsing: String(date.prefix(10))))?.text
            }
        }
        let published = try published ?? sidecar.published.map { try PublicationTime(parsing: $0) }
        let text: String
        do {
            text = try UTF8Input.decode(textBytes)
        } catch {
            throw ImportError.invalidFile(path, reason: "\(error)")
        }
        let language = try readingLanguage(text, declared: sidecar.language)
        let document = Document(
            content: bytes, kind: "article", name: name, title: sidecar.title,
            source: source ?? sidecar.source, author: sidecar.author, language: sidecar.language ?? language.rawValue, published: published,
            url: sidecar.url,
            text: text)
        // The same article read the same way before: not read again (extraction and classification
        // are most of an import's time).
        let fingerprint = rules.digest.map { Self.reading(document, language: language, rules: $0) }
        if let fingerprint, !reread, let already = try readings.alreadyRead(sha256: document.sha256, reading: fingerprint) {
            return Reading(
                document: document, published: published, extraction: Extraction(), placements: [], fingerprint: fingerprint,
                alreadyRead: already)
        }
        let extraction = Extractor(language: language).extract(text, published: published)
        let classifier = try self.classifier ?? Classifier(rules: rules)
        let placements = classifier.place(extraction, text: text, title: sidecar.title, published: published)
        let annotationSeries = extraction.annotations.map {
            classifier.series(for: $0, figures: extraction.figures, placements: placements)
        }
        return Reading(
            document: document, published: published, extraction: extraction, placements: placements,
            annotationSeries: annotationSeries, fingerprint: fingerprint)
    }

    /// Stores what ``read(content:name:metadata:checkingIn:)`` read, in one transaction.
    func store(_ read: Reading, into store: Store) throws -> Report {
        let document = read.document
        if let already = read.alreadyRead {
            return Report(document: document, figures: [], annotations: [], createdSeries: [], dryRun: dryRun, alreadyRead: already)
        }
        let (published, extraction, placements, reading) = (read.published, read.extraction, read.placements, read.fingerprint)

        var figureResults: [FigureResult] = []
        var annotationResults: [AnnotationResult] = []
        var created: [String] = []
        let now = store.clock()
        let nowText = RecordingTime.text(now)
        try store.writeOrRollBack(commit: !dryRun) { db in
            let documentID = try Store.documentID(db, document, now: nowText)
            for (figure, placement) in zip(extraction.figures, placements) {
                switch placement.decision {
                case .restatement(let main):
                    figureResults.append(FigureResult(figure: figure, outcome: .restatement(of: main)))
                case .review(let reason):
                    let isNew = try Store.addReviewItem(db, documentID: documentID, figure: figure, reason: reason, now: nowText)
                    figureResults.append(FigureResult(figure: figure, outcome: .review(reason: reason, isNew: isNew)))
                case .series(let code):
                    created += try ensureSeries(placement.newSeries, db: db, now: nowText)
                    guard let period = placement.period ?? figure.period else { continue }
                    var amount: Amount
                    do {
                        amount = try Amount(value: figure.value, qualifier: figure.qualifier, low: figure.low, high: figure.high)
                        if placement.negated { amount = amount.negated }
                    } catch {
                        let isNew = try Store.addReviewItem(db, documentID: documentID, figure: figure, reason: "\(error)", now: nowText)
                        figureResults.append(FigureResult(figure: figure, outcome: .review(reason: "\(error)", isNew: isNew)))
                        continue
                    }
                    let observation = NewObservation(
                        series: code, period: period, amount: amount, published: published, source: document.source,
                        note: figure.isTarget ? "target" : nil, documentID: documentID, sentence: figure.sentence, start: figure.start,
                        end: figure.end)
                    let outcome = try Store.record(observation, db: db, now: now)
                    figureResults.append(FigureResult(figure: figure, outcome: .stored(series: code, outcome)))
                }
            }
            for (annotation, series) in zip(extraction.annotations, read.annotationSeries) {
                guard let code = series else {
                    annotationResults.append(AnnotationResult(annotation: annotation, series: nil, isNew: false))
                    continue
                }
                let definition = placements.lazy.flatMap(\.newSeries).first { $0.code == code }
                created += try ensureSeries(definition.map { [$0] } ?? [], db: db, now: nowText)
                guard let seriesID = try Store.seriesID(db, code: code) else { continue }
                let isNew = try Store.addAnnotation(
                    db, seriesID: seriesID, period: annotation.period, text: annotation.text, documentID: documentID,
                    start: annotation.start,
                    end: annotation.end, published: published?.text, now: nowText)
                annotationResults.append(AnnotationResult(annotation: annotation, series: code, isNew: isNew))
            }
            if let reading {
                var stored = 0
                var review = 0
                for result in figureResults {
                    if case .stored = result.outcome { stored += 1 }
                    if case .review = result.outcome { review += 1 }
                }
                try db.execute("UPDATE document SET reading = ? WHERE id = ?", ["\(reading) \(stored) \(review)", documentID])
            }
        }
        return Report(document: document, figures: figureResults, annotations: annotationResults, createdSeries: created, dryRun: dryRun)
    }

    /// The digest of how an article is read: the reader's version, the rules files, the language
    /// and everything the document says about itself.
    static func reading(_ document: Document, language: ExtractionLanguage, rules digest: String) -> String {
        let parts: [String?] = [
            readerVersion, digest, language.rawValue, document.name, document.title, document.source, document.author, document.language,
            document.published?.text, document.url,
        ]
        let joined = parts.map { $0 ?? "\u{0}" }.joined(separator: "\u{1F}")
        return Store.hex(Array(SHA256.hash(data: Data(joined.utf8))))
    }

    /// Creates the series a placement needs (a flow before the stock that accumulates it) when the
    /// store lacks them; returns the codes created.
    private func ensureSeries(_ chain: [Series], db: any StoreConnection, now: String) throws -> [String] {
        var created: [String] = []
        for series in chain where try Store.seriesID(db, code: series.code) == nil {
            if let flow = series.accumulates { try Store.checkAccumulates(db, stock: series, flow: flow) }
            try Store.insertSeries(db, series, now: now)
            created.append(series.code)
        }
        return created
    }

    private func readSidecar() throws -> Metadata {
        let sidecar = Self.sidecarPath(for: path)
        guard sidecar != path, let data = FileManager.default.contents(atPath: sidecar) else { return Metadata() }
        do {
            return try JSONDecoder().decode(Metadata.self, from: data)
        } catch {
            throw ImportError.invalidFile(sidecar, reason: "not a metadata file (title, source, author, language, published): \(error)")
        }
    }
}
