/// `undo`: reverts the reviewer's last change, as a new event.
public enum UndoCommand: Command {
    public static let name = "undo"
    public static let usage = "undo"
    public static let summary = "revert your last claim change (recorded as an event; repeat to go further back)"
    public static let group = CommandGroup.reviewing
    public static let example = "undo"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let result = try context.workbench.undo()
        context.touched(result.claim)
        let what = ClaimText.changes(from: result.reverted.after, to: result.claim.state)
        context.print("undid \(result.reverted.action) on claim \(result.claim.id) (event \(result.reverted.id)): \(what)")
    }
}
