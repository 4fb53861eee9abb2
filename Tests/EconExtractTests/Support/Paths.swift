#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Files of the repository, found from this source file so tests read what is shipped.
enum RepositoryFile {
    static var root: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/EconExtractTests/Support/Paths.swift
        return parts.joined(separator: "/")
    }

    static func text(_ relativePath: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath))
        return String(decoding: data, as: UTF8.self)
    }
}
