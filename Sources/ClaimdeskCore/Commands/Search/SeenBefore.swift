/// The hint printed when a new claim says what an already-checked claim says.
///
/// ```
/// seen before: claim 3 (supported by ana, 2021-10-01) — similar 10
/// ```
enum SeenBefore {
    /// One line per new claim that is near-identical to a checked one (the best such claim).
    static func hint(_ claims: [Claim], _ context: CommandContext) throws(ClaimdeskError) {
        for claim in claims { try hint(claim.id, before: claim.id, context) }
    }

    /// The largest import whose claims get a hint unless asked (`--seen-before`): each costs a similarity search
    /// (tens of milliseconds in a million-claim project), and a bulk import is not read line by line.
    static let importLimit = 100

    /// Hints for the claims of an import of up to ``importLimit`` claims (any number with `everyOne`), naming only
    /// claims that were there before it (never one claim of the same file for another); for a larger import, one
    /// line saying how to check instead.
    static func hint(imported ids: IDRuns, everyOne: Bool = false, _ context: CommandContext) throws(ClaimdeskError) {
        guard let first = ids.smallest else { return }
        guard everyOne || ids.count <= importLimit else {
            context.print("seen before: not checked for an import of \(ids.count) claims (more than \(importLimit)); `similar ID` checks any of them, and `import-annotations … --seen-before` checks every claim of an import")
            return
        }
        for id in ids { try hint(id, before: first, context) }
    }

    /// The hint for one claim, naming the best checked claim with a number below `before`
    /// (no similarity search at all while no such claim exists, as in a project nobody has checked yet).
    private static func hint(_ claimID: Int64, before: Int64, _ context: CommandContext) throws(ClaimdeskError) {
        guard try context.workbench.hasCheckedClaims(before: before) else { return }
        guard let seen = try context.workbench.seenBefore(claimID, before: before), let earlier = seen.claim, let checked = seen.checkedBy else { return }
        context.print("seen before: claim \(earlier.id) (\(verdict(earlier, checked))) — similar \(claimID)")
    }

    /// `refuted by ana, 2021-10-01`.
    static func verdict(_ claim: Claim, _ checked: StatusSetter) -> String {
        "\(claim.state.status.rawValue) by \(checked.reviewer), \(checked.at.prefix(10))"
    }
}
