import Foundation

/// Imports many articles — files, folders of them, lists of paths — each in its own transaction:
/// one that fails is reported with its path and reason, and the rest go on.
public struct ArticleBatch {
    /// How one article went.
    public enum Result: Sendable {
        case imported(path: String, ArticleImport.Report)
        case failed(path: String, reason: String)
    }

    /// The counts a batch ends with.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        public var failed = 0
        public var new = 0, unchanged = 0, revisions = 0, toReview = 0
        /// Figures already stored from another document, kept as one more source.
        public var otherSources = 0

        public init() {}

        mutating func add(_ result: Result) {
            switch result {
            case .failed:
                failed += 1
            case .imported(_, let report):
                articles += 1
                if let already = report.alreadyRead {
                    unchanged += already.stored
                    toReview += already.inReview
                }
                for figure in report.figures {
                    switch figure.outcome {
                    case .stored(_, .new): new += 1
                    case .stored(_, .unchanged): unchanged += 1
                    case .stored(_, .anotherSource): otherSources += 1
                    case .stored(_, .revision), .stored(_, .olderRevision): revisions += 1
                    case .review: toReview += 1
                    case .restatement: break
                    }
                }
            }
        }
    }

    /// The article files that `inputs` name: files as given, folders' `.txt`, `.html`, `.htm` and feed
    /// (`.xml`, `.rss`, `.atom`) files (sorted; with
    /// `recursive`, their subfolders' too).
    ///
    /// - Throws: ``ImportError/missingFile(_:)`` for an input that does not exist.
    public static func articlePaths(_ inputs: [String], recursive: Bool) throws -> [String] {
        var paths: [String] = []
        let fileManager = FileManager.default
        for input in inputs {
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: input, isDirectory: &isFolder) else { throw ImportError.missingFile(input) }
            guard isFolder.boolValue else {
                paths.append(input)
                continue
            }
            paths += try articles(in: input, recursive: recursive)
        }
        return paths
    }

    private static func articles(in folder: String, recursive: Bool) throws -> [String] {
        let fileManager = FileManager.default
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw ImportError.invalidFile(folder, reason: "cannot list the folder: \(error.localizedDescription)")
        }
        var found: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if recursive { found += try articles(in: path, recursive: true) }
            } else if [".txt", ".html", ".htm", ".xml", ".rss", ".atom"].contains(where: { name.lowercased().hasSuffix($0) }) {
                found.append(path)
            }
        }
        return found
    }

    public var paths: [String]
    /// The import of one article, its path put in.
    public var template: ArticleImport

    /// - Parameter template: options every article shares (rules, source, published, dry run, language).
    public init(paths: [String], template: ArticleImport) {
        self.paths = paths
        self.template = template
    }

    /// Imports every article in turn, handing each result to `each` as it comes; returns the counts.
    ///
    /// Articles are read (extraction, classification) on one thread per core, up to four, while the
    /// calling thread stores them in order, and the store's file is flushed to disk once at the end
    /// (``Store/flushingOnceAtTheEnd(_:)``): each article is still its own transaction. The store is
    /// asked which articles it holds read once, when the batch begins (``ArticleReadings``).
    ///
    /// - Throws: a ``StoreError`` (the store, not an article, failed: busy, unreachable, full),
    ///   stopping the batch; the articles before it are stored.
    @discardableResult
    public func run(into store: Store, each: (Result) throws -> Void = { _ in }) throws -> Summary {
        var template = template
        if template.classifier == nil { template.classifier = try Classifier(rules: template.rules) }
        // Reader k reads the paths k, k + n, k + 2n, …; taking one path from each in turn keeps the
        // order of `paths`.
        let readers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, paths.count))
        let readings = try ArticleReadings.noted(in: try store.concurrentReader())
        let pipes = (0..<readers).map { k in
            Self.read(paths.indices.filter { $0 % readers == k }.map { paths[$0] }, template: template, readings: readings)
        }
        defer { for pipe in pipes { pipe.cancelAndWait() } }
        var summary = Summary()
        try store.flushingOnceAtTheEnd {
            for n in paths.indices {
                var pathDone = false
                while !pathDone, let chunk = try pipes[n % readers].next() {
                    for read in chunk {
                        pathDone = read.lastOfPath
                        guard let reading = read.reading else { continue }
                        let result: Result
                        do {
                            result = .imported(path: read.path, try read.article.store(try reading.get(), into: store))
                        } catch let error as StoreError {
                            throw error
                        } catch {
                            result = .failed(path: read.path, reason: "\(error)")
                        }
                        summary.add(result)
                        try each(result)
                    }
                }
            }
        }
        return summary
    }

    /// One article read, with the import that read it (its path put in), its path for messages and
    /// whether it is the last article of its file (a feed holds many).
    private struct ReadArticle: Sendable {
        var path: String
        var article: ArticleImport
        /// `nil` for a feed with no items: nothing to store, nothing to report.
        var reading: Swift.Result<ArticleImport.Reading, any Error>?
        var lastOfPath = true
    }

    /// Reads the articles at `paths` in order on a new thread — a feed's items each an article of
    /// its own (named FILE#N in messages) — a few ahead of the consumer. Each file gives at least one
    /// ``ReadArticle``, its last one marked.
    private static func read(_ paths: [String], template: ArticleImport, readings: ArticleReadings) -> ChunkPipe<ReadArticle> {
        ChunkPipe.start(capacity: 8) { send, _ in
            for path in paths {
                var article = template
                article.path = path
                // Each file is read once: sniffed for a feed, then read as one.
                guard let data = FileManager.default.contents(atPath: path) else {
                    guard send([ReadArticle(path: path, article: article, reading: .failure(ImportError.missingFile(path)))]) else {
                        return
                    }
                    continue
                }
                let bytes = [UInt8](data)
                guard NewsFeed.looksLikeFeed(bytes) else {
                    let reading = Swift.Result { try article.read(file: bytes, checkingIn: readings) }
                    guard send([ReadArticle(path: path, article: article, reading: reading)]) else { return }
                    continue
                }
                let feed: NewsFeed
                do {
                    feed = try NewsFeed.read(bytes, path: path)
                } catch {
                    guard send([ReadArticle(path: path, article: article, reading: .failure(error))]) else { return }
                    continue
                }
                if feed.items.isEmpty {
                    guard send([ReadArticle(path: path, article: article, reading: nil)]) else { return }
                    continue
                }
                for (n, item) in feed.items.enumerated() {
                    let metadata = ArticleImport.Metadata(
                        title: item.title, source: feed.title ?? item.link, author: item.author, language: feed.language,
                        published: item.published?.text, url: item.link)
                    let name = item.link ?? "\(URL(fileURLWithPath: path).lastPathComponent)#\(n + 1)"
                    article.path = "\(path)#\(n + 1)"
                    let reading = Swift.Result {
                        try article.read(content: Array(item.text.utf8), name: name, metadata: metadata, checkingIn: readings)
                    }
                    guard send([ReadArticle(path: article.path, article: article, reading: reading, lastOfPath: n == feed.items.count - 1)])
                    else {
                        return
                    }
                }
            }
        }
    }
}
