import Foundation

/// `log [--since DATE] [--reviewer NAME] [--limit N]`: project-wide activity.
public enum LogCommand: Command {
    public static let name = "log"
    public static let usage = "log [--since YYYY-MM-DD] [--reviewer NAME] [--limit N]"
    public static let summary = "project-wide activity, oldest first: every import, claim, speaker and source change and review step"
    public static let group = CommandGroup.review
    public static let example = "log --since 2021-09-30 --reviewer ben"
    public static let options = [
        OptionSpec("since", value: "DATE", help: "from this UTC date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)"),
        OptionSpec("reviewer", value: "NAME", help: "only this reviewer's events"),
        OptionSpec("limit", value: "N", help: "only the newest N events"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let since = try arguments.value("since").map(checkedSince)
        let limit = try arguments.count("limit")
        let events = try context.workbench.activity(ActivityFilter(since: since, reviewer: arguments.value("reviewer"), limit: limit))
        for event in events { context.print(EventLine.describe(event)) }
        context.print("\(events.count.counted("event"))")
    }

    private static func checkedSince(_ text: String) throws(ClaimdeskError) -> String {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?/) != nil else {
            throw .badInput("--since '\(text)' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)")
        }
        return text
    }
}

/// One event on one line, as `history` and `log` print it.
enum EventLine {
    static func describe(_ event: ClaimEvent) -> String {
        let changes = event.entity == nil ? ClaimText.changes(from: event.before, to: event.after)
            : EntityText.changes(from: event.entityBefore, to: event.entityAfter)
        let detail = event.detail.map { " [\($0)]" } ?? ""
        return "  \(event.id)  \(event.at)  \(event.reviewer)  \(event.action) \(subject(event))\(changes.isEmpty ? "" : ": " + changes)\(detail)"
    }

    /// What an event changed: `claim 3`, `speaker 4 «Xi Jinping»`, `document 1` or `project`.
    static func subject(_ event: ClaimEvent) -> String {
        event.entity.map { EntityText.subject($0, before: event.entityBefore, after: event.entityAfter) }
            ?? event.claimID.map { "claim \($0)" } ?? event.docID.map { "document \($0)" } ?? "project"
    }
}
