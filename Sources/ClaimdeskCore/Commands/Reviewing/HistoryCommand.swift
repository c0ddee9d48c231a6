/// `history ID`: a claim's events, and those of its speaker and sources, oldest first.
public enum HistoryCommand: Command {
    public static let name = "history"
    public static let usage = "history ID"
    public static let summary = "print a claim's events with those of its speaker and sources, oldest first: who, when (UTC), what changed"
    public static let group = CommandGroup.reviewing
    public static let example = "history 3"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        let events = try context.workbench.history(of: claim.id, entities: true)
        let own = events.count { $0.entity == nil }
        let entities = events.count - own
        let onEntities = entities == 0 ? "" : " and \(entities) on its speaker and sources"
        context.print("claim \(claim.id) (\(claim.uid)) in document \(claim.docID): \(own.counted("event"))\(onEntities)")
        for event in events { context.print(EventLine.describe(event)) }
    }
}
