/// Where the store lives when no path is given.
///
/// Precedence: an explicit path (`--db`), then the `ECON_DB` environment variable, then
/// `$XDG_DATA_HOME/econ/econ.sqlite`, then `$HOME/.local/share/econ/econ.sqlite`.
public enum StoreLocation {
    /// Resolves the store path from an explicit path and the environment.
    ///
    /// - Throws: ``StoreLocationError`` when nothing names a path (no `HOME` either).
    public static func resolve(explicit: String?, environment: [String: String]) throws(StoreLocationError) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["ECON_DB"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/econ/econ.sqlite" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/econ/econ.sqlite" }
        throw .noPath
    }
}

public enum StoreLocationError: Error, Equatable, Sendable, CategorizedError {
    case noPath

    public var category: ErrorCategory { .usage }
    public var description: String { "no store path: pass --db PATH or set ECON_DB (HOME is not set either)" }
}
