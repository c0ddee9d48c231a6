/// An error claimdesk reports to the user as one line: what was wrong and how to fix it.
///
/// ```swift
/// throw ClaimdeskError.badInput("unknown status 'true'; use one of: supported, refuted, …")
/// ```
public enum ClaimdeskError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The command, its arguments or an input file are wrong.
    case badInput(String)
    /// Something named (a claim, document, speaker) does not exist.
    case notFound(String)
    /// The change is refused because of the project's state (e.g. approving your own edit).
    case refused(String)
    /// The project file cannot be used (not a claimdesk project, newer schema, read-only, corrupt).
    case project(String)
    /// An output file cannot be written.
    case output(String)

    /// The one-line message shown to the user.
    public var message: String {
        switch self {
        case .badInput(let message), .notFound(let message), .refused(let message),
             .project(let message), .output(let message):
            return message
        }
    }

    public var description: String { message }
}
