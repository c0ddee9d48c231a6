/// One command of the claimdesk language: its syntax, help and behaviour.
///
/// Each command is one type; ``CommandRegistry`` lists them. Help is documentation:
/// `usage`, `summary` and `example` are what `help COMMAND` prints.
public protocol Command {
    /// The word that invokes it.
    static var name: String { get }
    /// `status ID STATUS [--note TEXT]`.
    static var usage: String { get }
    /// One line: what it does.
    static var summary: String { get }
    static var group: CommandGroup { get }
    static var options: [OptionSpec] { get }
    /// An example on the sample article.
    static var example: String { get }

    static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError)
}

extension Command {
    public static var options: [OptionSpec] { [] }
}

/// The task a command serves, for grouping `help`.
public enum CommandGroup: String, CaseIterable, Sendable {
    case documents = "Documents"
    case marking = "Marking claims"
    case reviewing = "Verifying"
    case review = "Second review and provenance"
    case layers = "Double annotation"
    case data = "Data"
    case session = "Session"
}
