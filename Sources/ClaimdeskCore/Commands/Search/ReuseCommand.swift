/// `reuse FROM TO…`: copies a checked claim's status, rationale and evidence onto other claims.
///
/// ```
/// reuse 3 9 12
/// ```
public enum ReuseCommand: Command {
    public static let name = "reuse"
    public static let usage = "reuse FROM TO…"
    public static let summary = "copy a checked claim's status, rationale and evidence to other claims (each gets a `reuse` event naming FROM; one undo takes it back)"
    public static let group = CommandGroup.reviewing
    public static let example = "reuse 3 9"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        guard arguments.positionals.count >= 2 else { throw .badInput("reuse needs a checked claim and at least one target; usage: \(usage)") }
        let source = try context.claim(arguments.positionals[0].text)
        var targets: [Int64] = []
        for token in arguments.positionals.dropFirst() { targets.append(try context.claim(token.text).id) }
        let changed = try context.workbench.reuse(from: source.id, to: targets)
        for claim in changed {
            context.print("claim \(claim.id): \(claim.state.status.rawValue) from claim \(source.id) \(ClaimText.quote(claim.state.rationale ?? "", limit: 40)), \(claim.state.evidence.count.counted("evidence item"))")
        }
        if let last = changed.last { context.touched(last) }
    }
}
