/// Applies one change to a claim named on the command line and prints what changed.
enum ClaimChange {
    static func apply(_ reference: String, action: String, detail: String? = nil, _ context: CommandContext,
                      _ change: (inout ClaimState, ChangeScope) throws -> Void) throws(ClaimdeskError) {
        let claim = try context.claim(reference)
        let changed = try context.workbench.change(claim.id, action: action, detail: detail, change)
        context.touched(changed)
        context.print("claim \(changed.id): \(ClaimText.changes(from: claim.state, to: changed.state))")
    }
}
