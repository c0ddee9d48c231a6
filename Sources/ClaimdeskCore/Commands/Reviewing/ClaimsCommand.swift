/// `claims [--status S]… [--speaker NAME] [--doc ID]`: lists claims.
public enum ClaimsCommand: Command {
    public static let name = "claims"
    public static let usage = "claims [--status S]… [--review STATE]… [--speaker NAME] [--doc ID]"
    public static let summary = "list claims (all documents unless --doc), ordered by document and position"
    public static let group = CommandGroup.reviewing
    public static let example = "claims --status unverified --speaker Zhou"
    public static let options = [
        OptionSpec("status", value: "S", help: "only this status (repeatable)", repeatable: true),
        OptionSpec("speaker", value: "NAME", help: "only this speaker (name or alias)"),
        OptionSpec("doc", value: "ID", help: "only this document"),
        OptionSpec("review", value: "STATE", help: "only this review state: open, needs_review, approved, disputed (repeatable)", repeatable: true),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let filter = try ClaimFilter(statuses: arguments.values("status").map(VerificationStatus.parse),
                                     speaker: arguments.value("speaker"),
                                     docID: arguments.value("doc").map(DocumentReference.parse),
                                     reviewStates: arguments.values("review").map(ReviewState.parse))
        try ClaimListing.print(filter, context)
    }
}

/// One tab-separated line per claim, then the count.
enum ClaimListing {
    static func print(_ filter: ClaimFilter, _ context: CommandContext) throws(ClaimdeskError) {
        var count = 0
        try context.workbench.forEachClaim(filter) { claim in
            count += 1
            let speaker = claim.speaker ?? "-"
            context.print("\(claim.id)\tdoc \(claim.docID)\t\(claim.start)..\(claim.end)\t\(claim.status.rawValue)\t\(claim.reviewState.rawValue)\t\(speaker)\t\(ClaimText.quote(claim.text))")
        }
        context.print("\(count) claim\(count == 1 ? "" : "s")")
    }
}
