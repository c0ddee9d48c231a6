/// `delete ID`: removes a claim from listings and exports; its history stays.
public enum DeleteCommand: Command {
    public static let name = "delete"
    public static let usage = "delete ID"
    public static let summary = "delete a claim (its history stays; `undo` brings it back)"
    public static let group = CommandGroup.marking
    public static let example = "delete 3"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        try ClaimChange.apply(reference, action: "delete", context) { state, _ in state.deleted = true }
    }
}
