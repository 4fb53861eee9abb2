import Foundation
import ZIPFoundation

/// Which of econ's readers a file is for, told from its content (its name only breaks a tie):
/// what `econ import FILE` does when no source is named.
public enum ImportSource: String, Sendable, CaseIterable {
    case article
    case csv
    case xlsx
    case fred
    case worldbank
    case sdmx

    /// The reader for the file at `path`.
    ///
    /// - Throws: ``ImportError/missingFile(_:)``; ``ImportError/invalidFile(_:reason:)`` for a zip
    ///   that is neither a workbook nor a World Bank download.
    public static func sniff(path: String) throws -> ImportSource {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.missingFile(path) }
        let head = [UInt8]((try? handle.read(upToCount: 8192)) ?? Data())
        try? handle.close()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else {
                throw ImportError.invalidFile(path, reason: "a zip archive econ cannot read")
            }
            if archive["xl/workbook.xml"] != nil { return .xlsx }
            if archive.contains(where: { $0.path.hasPrefix("API_") && $0.path.lowercased().hasSuffix(".csv") }) { return .worldbank }
            throw ImportError.invalidFile(path, reason: "a zip that is neither an Excel workbook nor a World Bank download")
        }
        if FREDFile.sniff(head) != nil { return .fred }
        if WorldBankFile.sniff(head) != nil { return .worldbank }
        if SDMXReader.sniff(head) != nil {
            // econ's own SDMX-CSV export imports back through the CSV reader, under its own codes.
            let text = String(decoding: head.prefix(512), as: UTF8.self)
            return text.contains("ECON:FIGURES(") ? .csv : .sdmx
        }
        if NewsFeed.isFeed(path: path) || HTMLArticle.looksLikeHTML(head) { return .article }
        let name = path.lowercased()
        if name.hasSuffix(".txt") || name.hasSuffix(".md") { return .article }
        return .csv
    }
}
