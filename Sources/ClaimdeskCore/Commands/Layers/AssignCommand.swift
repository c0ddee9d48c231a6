/// `assign DOC REVIEWER… [--blind]`: puts a document into double (n-fold) annotation, one layer per reviewer.
///
/// ```
/// assign 1 ana ben --blind
/// ```
public enum AssignCommand: Command {
    public static let name = "assign"
    public static let usage = "assign DOC REVIEWER… [--blind]"
    public static let summary = "put a document into double annotation: each reviewer marks claims in a layer of their own"
    public static let group = CommandGroup.layers
    public static let example = "assign 1 ana ben --blind"
    public static let options = [
        OptionSpec("blind", help: "each assigned reviewer sees only their own layer of the document until it is adjudicated"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let docID = try DocumentReference.parse(try arguments.positional(0, named: "DOC", usage: usage))
        _ = try arguments.positional(1, named: "REVIEWER", usage: usage)
        let reviewers = arguments.positionals.dropFirst().map(\.text)
        let assigned = try context.workbench.assign(docID, reviewers: reviewers, blind: arguments.has("blind"))
        let blind = assigned.contains(where: \.blind) ? " (blind)" : ""
        context.print("document \(docID) in double annotation\(blind): \(assigned.map(\.reviewer).joined(separator: ", "))")
    }
}
