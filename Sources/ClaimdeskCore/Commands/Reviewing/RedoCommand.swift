/// `redo`: re-applies what your last `undo` reverted, as new events.
public enum RedoCommand: Command {
    public static let name = "redo"
    public static let usage = "redo"
    public static let summary = "take back your last undo (until you make a new change)"
    public static let group = CommandGroup.reviewing
    public static let example = "redo"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        RevertReport.print(try context.workbench.redo(), verb: "redid", context)
    }
}
