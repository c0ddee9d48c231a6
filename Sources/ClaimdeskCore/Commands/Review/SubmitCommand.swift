/// `submit ID [--note TEXT]`: asks for a second review.
public enum SubmitCommand: Command {
    public static let name = "submit"
    public static let usage = "submit ID [--note TEXT]"
    public static let summary = "ask for a second review (review state → needs_review)"
    public static let group = CommandGroup.review
    public static let example = "submit 3"
    public static let options = [OptionSpec("note", value: "TEXT", help: "a word for the reviewer")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        ReviewReport.print(before: claim, after: try context.workbench.submit(claim.id, note: arguments.value("note")), context)
    }
}

/// Prints a review step: `claim 3: review open → needs_review`.
enum ReviewReport {
    static func print(before: Claim, after: Claim, _ context: CommandContext) {
        context.touched(after)
        context.print("claim \(after.id): \(ClaimText.changes(from: before.state, to: after.state))")
    }
}
