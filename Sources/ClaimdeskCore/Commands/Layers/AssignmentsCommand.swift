/// `assignments`: documents in double annotation, their reviewers, who finished, and adjudication.
public enum AssignmentsCommand: Command {
    public static let name = "assignments"
    public static let usage = "assignments"
    public static let summary = "list documents in double annotation: reviewers, claims per layer, who is done, adjudication"
    public static let group = CommandGroup.layers
    public static let example = "assignments"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let assignments = try context.workbench.assignments()
        guard !assignments.isEmpty else {
            context.print("no document is in double annotation; `assign DOC ana ben [--blind]` puts one there")
            return
        }
        for docID in Array(Set(assignments.map(\.docID))).sorted() {
            let rows = assignments.filter { $0.docID == docID }
            let state = rows.first?.adjudicatedAt.map { "adjudicated by \(rows[0].adjudicatedBy ?? "?") at \($0)" } ?? "in annotation"
            context.print("d\(docID)\(rows.contains(where: \.blind) ? " blind" : ""): \(state)")
            for row in rows {
                let done = row.doneAt.map { "done \($0)" } ?? "not done"
                context.print("  \(ClaimListing.pad(row.reviewer, 16)) \(ClaimListing.pad("\(row.claims) claims", 11)) \(done)")
            }
        }
    }
}
