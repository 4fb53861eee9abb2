import Foundation

/// A PostgreSQL store's address: a connection URI as libpq reads it (`postgresql://` or
/// `postgres://`), with whatever it leaves out taken from the `PG*` variables, `~/.pgpass`,
/// `PGPASSFILE` and service files, as `psql` does.
struct PostgreSQLLocation: Sendable, Equatable {
    /// The URI as given, password included: only ever handed to libpq.
    let uri: String

    init?(_ text: String) {
        guard Self.isURI(text) else { return nil }
        uri = text
    }

    /// Whether `text` names a PostgreSQL store rather than a file.
    static func isURI(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// The URI with any password replaced by `***` (in the user part and in a `password=`
    /// parameter): the only form that appears in output, errors and logs.
    var redacted: String { Self.redact(uri) }

    static func redact(_ uri: String) -> String {
        guard let scheme = uri.range(of: "://") else { return uri }
        var rest = String(uri[scheme.upperBound...])
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") {
            let user = authority[..<at]
            if let colon = user.firstIndex(of: ":") {
                rest = String(user[..<colon]) + ":***" + String(rest[at...])
            }
        }
        if let query = rest.firstIndex(of: "?") {
            let parameters = rest[rest.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { part in
                part.lowercased().hasPrefix("password=") ? "password=***" : String(part)
            }
            rest = String(rest[...query]) + parameters.joined(separator: "&")
        }
        return String(uri[..<scheme.upperBound]) + rest
    }
}
