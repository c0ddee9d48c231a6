/// The hint printed when a new claim says what an already-checked claim says.
///
/// ```
/// seen before: claim 3 (supported by ana, 2021-10-01) — similar 10
/// ```
enum SeenBefore {
    /// One line per new claim that is near-identical to a checked one (the best such claim).
    static func hint(_ claims: [Claim], _ context: CommandContext) throws(ClaimdeskError) {
        for claim in claims {
            guard let seen = try context.workbench.seenBefore(claim.id).first, let earlier = seen.claim, let checked = seen.checkedBy else { continue }
            context.print("seen before: claim \(earlier.id) (\(verdict(earlier, checked))) — similar \(claim.id)")
        }
    }

    /// `refuted by ana, 2021-10-01`.
    static func verdict(_ claim: Claim, _ checked: StatusSetter) -> String {
        "\(claim.state.status.rawValue) by \(checked.reviewer), \(checked.at.prefix(10))"
    }
}
