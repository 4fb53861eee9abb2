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
    /// - Throws: a ``StoreError`` (the store, not an article, failed: busy, unreachable, full),
    ///   stopping the batch; the articles before it are stored.
    @discardableResult
    public func run(into store: Store, each: (Result) throws -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        var template = template
        if template.classifier == nil { template.classifier = try Classifier(rules: template.rules) }
        func attempt(_ path: String, _ body: () throws -> ArticleImport.Report) throws {
            let result: Result
            do {
                result = .imported(path: path, try body())
            } catch let error as StoreError {
                throw error
            } catch {
                result = .failed(path: path, reason: "\(error)")
            }
            summary.add(result)
            try each(result)
        }
        for path in paths {
            var article = template
            article.path = path
            // A feed: each item its own article (named FILE#N in messages), its own transaction.
            if NewsFeed.isFeed(path: path) {
                let feed: NewsFeed
                do {
                    guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
                    feed = try NewsFeed.read([UInt8](data), path: path)
                } catch {
                    let failure = Result.failed(path: path, reason: "\(error)")
                    summary.add(failure)
                    try each(failure)
                    continue
                }
                for (n, item) in feed.items.enumerated() {
                    let metadata = ArticleImport.Metadata(
                        title: item.title, source: feed.title ?? item.link, author: item.author, language: feed.language,
                        published: item.published?.text, url: item.link)
                    let name = item.link ?? "\(URL(fileURLWithPath: path).lastPathComponent)#\(n + 1)"
                    article.path = "\(path)#\(n + 1)"
                    try attempt(article.path) {
                        try article.run(content: Array(item.text.utf8), name: name, metadata: metadata, into: store)
                    }
                }
                continue
            }
            try attempt(path) { try article.run(into: store) }
        }
        return summary
    }
}
