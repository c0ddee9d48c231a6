/// `undo`: reverts the reviewer's last change, as a new event.
public enum UndoCommand: Command {
    public static let name = "undo"
    public static let usage = "undo"
    public static let summary = "revert your last command's changes (recorded as events; repeat to go further back)"
    public static let group = CommandGroup.reviewing
    public static let example = "undo"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        RevertReport.print(try context.workbench.undo(), verb: "undid", context)
    }
}

/// Prints what `undo` or `redo` did, one line per claim, speaker or source.
enum RevertReport {
    static func print(_ result: RevertResult, verb: String, _ context: CommandContext) {
        for (event, claim) in zip(result.reverted.reversed(), result.claims) {
            context.touched(claim)
            let what = ClaimText.changes(from: event.after, to: claim.state)
            context.print("\(verb) \(event.action) on claim \(claim.id) (event \(event.id)): \(what)")
        }
        for (event, change) in result.entities {
            context.print("\(verb) \(event.action) (event \(event.id)) on \(EntityText.describe(change))")
        }
    }
}
