/// `dispute ID --note TEXT`: disputes a claim, with the reason.
public enum DisputeCommand: Command {
    public static let name = "dispute"
    public static let usage = "dispute ID --note TEXT"
    public static let summary = "dispute a claim's annotation, saying why (review state → disputed)"
    public static let group = CommandGroup.review
    public static let example = "dispute 3 --note \"the pledge was in yuan, not dollars\""
    public static let options = [OptionSpec("note", value: "TEXT", help: "the reason (required)")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        let note = arguments.value("note") ?? ""
        ReviewReport.print(before: claim, after: try context.workbench.dispute(claim.id, note: note), context)
    }
}
