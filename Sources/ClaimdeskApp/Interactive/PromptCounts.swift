import ClaimdeskCore

/// The prompt's counts (unverified claims, failed attributions), counted again only when the project changed.
///
/// Every change to a project appends an event, whoever makes it (this REPL, a script, another reviewer), so
/// the newest event's id says whether the counts still hold: reading it is one index seek, where counting a
/// million-claim project's 125,000 unverified claims reads as many index entries after every command.
///
/// ```swift
/// let counts = PromptCounts()
/// let (unverified, failed) = counts.current(for: context.workbench)   // counted once, until something changes
/// ```
final class PromptCounts {
    private var counted: (event: Int64?, reviewer: String, unverified: Int, failed: Int)?

    func current(for workbench: Workbench) -> (unverified: Int, failed: Int) {
        let event = try? workbench.lastEventID()
        if let counted, counted.event == event, counted.reviewer == workbench.reviewer { return (counted.unverified, counted.failed) }
        let unverified = (try? workbench.count(ClaimFilter(statuses: [.unverified]))) ?? 0
        let failed = (try? workbench.count(ClaimFilter(attributions: [.misquoted, .misattributed]))) ?? 0
        counted = (event, workbench.reviewer, unverified, failed)
        return (unverified, failed)
    }
}
