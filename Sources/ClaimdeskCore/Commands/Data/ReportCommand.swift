/// `report [--doc ID]… [--status S]… [--out DIR]`: writes the reading room, a self-contained
/// HTML site of the project for editors, and prints its index page's path.
///
/// ```
/// report
/// report --doc 1 --status refuted --status misleading --out /tmp/room
/// ```
public enum ReportCommand: Command {
    public static let name = "report"
    public static let usage = "report [--doc ID]… [--status S]… [--out DIR]"
    public static let summary = "write a static HTML report for editors (default exports/PROJECT/report/): claims over the text, provenance, charts; opens from file://"
    public static let group = CommandGroup.data
    public static let example = "report --status refuted --out /tmp/room"
    public static let options = [
        OptionSpec("doc", value: "ID", help: "only this document (repeatable)", repeatable: true),
        OptionSpec("status", value: "S", help: "only claims with this status (repeatable)", repeatable: true),
        OptionSpec("out", value: "DIR", help: "the report's folder (replaced only when it holds an earlier report)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let request = ReportRequest(docIDs: try arguments.values("doc").map(DocumentReference.parse),
                                    statuses: try arguments.values("status").map(VerificationStatus.parse),
                                    out: arguments.value("out"))
        let summary = try context.workbench.report(request)
        context.print(summary.indexPath)
        context.print("\(summary.documents.counted("document page")), \(summary.claims.counted("claim"))")
    }
}
