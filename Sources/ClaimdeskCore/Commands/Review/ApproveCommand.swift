/// `approve ID [--note TEXT]`: approves a claim (not your own last edit).
public enum ApproveCommand: Command {
    public static let name = "approve"
    public static let usage = "approve ID [--note TEXT]"
    public static let summary = "approve a claim; needs a reviewer other than its last editor"
    public static let group = CommandGroup.review
    public static let example = "approve 3 --note \"checked against the Xinhua readout\""
    public static let options = [OptionSpec("note", value: "TEXT", help: "why it is approved")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        ReviewReport.print(before: claim, after: try context.workbench.approve(claim.id, note: arguments.value("note")), context)
    }
}
