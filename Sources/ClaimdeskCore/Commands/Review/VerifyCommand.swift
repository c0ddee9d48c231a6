/// `verify`: replays the event log and compares it with the stored claims, speakers, aliases and sources.
public enum VerifyCommand: Command {
    public static let name = "verify"
    public static let usage = "verify"
    public static let summary = "rebuild every claim, speaker (with aliases) and source from its events and check each equals what is stored"
    public static let group = CommandGroup.review
    public static let example = "verify"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let report = try context.workbench.verify()
        for problem in report.problems { context.print(problem) }
        guard report.problems.isEmpty else {
            throw .project("verify found \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") (listed above); restore the project from a backup")
        }
        context.print("ok: \(report.claims) claims, \(report.speakers) speakers and \(report.sources) sources rebuilt from \(report.events) events agree with the stored ones")
    }
}
