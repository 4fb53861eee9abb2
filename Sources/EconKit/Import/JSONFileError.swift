import Foundation

/// What is wrong with a JSON file econ reads (a report definition, a rules file), said as a user
/// reads the file: where (`at aid_cues:`, `at series[2]:`) and what.
enum JSONFileError {
    /// `error` as thrown by `JSONDecoder`; with `snakeCaseKeys` the path's keys are written as the
    /// file writes them (`aidCues` → `aid_cues`), for a decoder that converts from snake case.
    static func describe(_ error: any Error, snakeCaseKeys: Bool = false) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map { key in
                key.intValue.map { "[\($0)]" } ?? (snakeCaseKeys ? snakeCase(key.stringValue) : key.stringValue)
            }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default:
            return "not valid JSON"
        }
    }

    private static func snakeCase(_ key: String) -> String {
        var out = ""
        for c in key {
            if c.isUppercase, !out.isEmpty { out += "_" }
            out += c.lowercased()
        }
        return out
    }
}
