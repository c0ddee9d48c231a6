import ClaimdeskCore

/// Completion candidates from the open project.
struct ProjectCompletionSource: CompletionSource {
    let workbench: Workbench

    func documentIDs() -> [String] {
        ((try? workbench.documents()) ?? []).map { String($0.id) }
    }

    /// The most recent claims' numbers (a project of a million claims still completes at once).
    func claimIDs() -> [String] {
        ((try? workbench.recentClaimIDs(limit: 1000)) ?? []).map(String.init)
    }

    func speakerNames() -> [String] {
        ((try? workbench.speakers()) ?? []).flatMap { [$0.name] + $0.aliases }
    }
}
