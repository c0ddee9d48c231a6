/// `copy DEST`: copies the whole project to a new project on any store, then checks the copy.
public enum CopyCommand: Command {
    public static let name = "copy"
    public static let usage = "copy DEST"
    public static let summary = "copy the whole project into a new one (a name, a folder or a postgres:// URL) and verify the copy"
    public static let group = CommandGroup.data
    public static let example = "copy postgres://ana@db.newsroom.internal/factcheck?schema=desk"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let destination = try ProjectLocation(argument: try arguments.positional(0, named: "DEST", usage: usage))
        let summary = try context.workbench.copy(to: destination)
        let counts = summary.counts
        let shown = ["documents", "claims", "events", "speakers", "sources"].map { "\($0) \(counts[$0] ?? 0)" }
        context.print("copied to \(summary.destination): \(shown.joined(separator: ", "))")
        context.print("verified: row counts equal in all \(counts.count) tables, verify ok (\(summary.verifiedClaims) claims), export sha256 \(summary.exportSHA256.prefix(16)) on both")
    }
}
