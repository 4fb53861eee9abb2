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

        public init() {}

        mutating func add(_ result: Result) {
            switch result {
            case .failed:
                failed += 1
            case .imported(_, let report):
                articles += 1
                for figure in report.figures {
                    switch figure.outcome {
                    case .stored(_, .new): new += 1
                    case .stored(_, .unchanged): unchanged += 1
                    case .stored(_, .revision), .stored(_, .olderRevision): revisions += 1
                    case .review: toReview += 1
                    case .restatement: break
                    }
                }
            }
        }
    }

    /// The article files that `inputs` name: files as given, folders' `.txt`, `.html` and `.htm` files (sorted; with
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
            fileManager.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if recursive { found += try articles(in: path, recursive: true) }
            } else if [".txt", ".html", ".htm"].contains(where: { name.lowercased().hasSuffix($0) }) {
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
        for path in paths {
            var article = template
            article.path = path
            let result: Result
            do {
                result = .imported(path: path, try article.run(into: store))
            } catch let error as StoreError {
                throw error
            } catch {
                result = .failed(path: path, reason: "\(error)")
            }
            summary.add(result)
            try each(result)
        }
        return summary
    }
}
