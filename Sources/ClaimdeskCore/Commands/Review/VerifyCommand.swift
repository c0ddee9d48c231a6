/// `verify`: replays the event log and compares it with the stored claims, speakers, aliases and sources.
public enum VerifyCommand: Command {
    public static let name = "verify"
    public static let usage = "verify [--full]"
    public static let summary = "rebuild every claim, speaker (with aliases) and source from its events and check each equals what is stored, and that the search index agrees"
    public static let group = CommandGroup.review
    public static let example = "verify"
    public static let options = [
        OptionSpec("full", help: "SQLite: run PRAGMA integrity_check (also checks that every index holds exactly its table's rows and UNIQUE constraints) instead of quick_check (pages, b-trees, NOT NULL and CHECK constraints)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let report = try context.workbench.verify(full: arguments.has("full"))
        for problem in report.problems { context.print(problem) }
        guard report.problems.isEmpty else {
            throw .project("verify found \(report.problems.count.counted("problem")) (listed above); restore the project from a backup")
        }
        context.print("ok: \(report.claims) claims, \(report.speakers) speakers and \(report.sources) sources rebuilt from \(report.events) events agree with the stored ones")
    }
}
