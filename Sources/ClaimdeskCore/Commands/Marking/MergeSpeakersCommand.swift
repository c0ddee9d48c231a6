/// `merge-speakers KEEP OTHER`: one person under two names becomes one speaker.
public enum MergeSpeakersCommand: Command {
    public static let name = "merge-speakers"
    public static let usage = "merge-speakers KEEP OTHER"
    public static let summary = "fold speaker OTHER into KEEP: its claims move, its name and aliases become KEEP's aliases (one `undo`)"
    public static let group = CommandGroup.marking
    public static let example = #"merge-speakers "Xi Jinping" "President Xi""#

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let kept = try arguments.positional(0, named: "KEEP", usage: usage)
        let other = try arguments.positional(1, named: "OTHER", usage: usage)
        let merge = try context.workbench.mergeSpeakers(keeping: kept, absorbing: other)
        let moved = merge.claims.isEmpty ? "no claims" : "claim\(merge.claims.count == 1 ? "" : "s") " + merge.claims.map(String.init).joined(separator: ", ")
        let absorbed = EntityText.subject(merge.absorbed.entity, before: merge.absorbed.before, after: nil)
        context.print("\(absorbed) merged into \(EntityText.subject(merge.kept.entity, before: nil, after: merge.kept.after)): \(moved) moved; \(EntityText.changes(from: merge.kept.before, to: merge.kept.after))")
    }
}
