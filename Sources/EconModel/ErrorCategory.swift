/// What kind of failure an error is, so that every front end can react the same way.
///
/// The `econ` command maps each category to a sysexits(3) exit code; library users can use it to
/// decide whether to retry (``busy``), fix their input (``dataError``) or report a bug (``internalError``).
public enum ErrorCategory: Sendable, Equatable {
    /// The caller asked for something malformed (an unknown option value, a bad series code).
    case usage
    /// The data given is wrong: a bad number, period or row, or a file that is not an econ store.
    case dataError
    /// An input file or the store does not exist.
    case noInput
    /// Reading or writing a file failed (permissions, full disk, a vanished folder).
    case ioError
    /// The store stayed locked by another process past the busy timeout; trying again later may work.
    case busy
    /// A bug in econ or an unexpected state.
    case internalError
    /// A server the store lives on cannot be reached (not running, wrong host or port).
    case unavailable
    /// The store refused who we are or what we asked: a wrong password, a role without the right to write.
    case permission
}

/// An error that knows its ``ErrorCategory`` and carries a message fit to show a user as it is.
public protocol CategorizedError: Error, CustomStringConvertible {
    /// What kind of failure this is.
    var category: ErrorCategory { get }
}
