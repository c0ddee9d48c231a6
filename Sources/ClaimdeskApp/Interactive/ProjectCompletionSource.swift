import ClaimdeskCore

/// Completion candidates from the open project.
struct ProjectCompletionSource: CompletionSource {
    let workbench: Workbench

    func documentIDs() -> [String] {
        ((try? workbench.documents()) ?? []).map { String($0.id) }
    }

    func claimIDs() -> [String] {
        var ids: [String] = []
        try? workbench.forEachClaim(ClaimFilter()) { ids.append(String($0.id)) }
        return ids
    }

    func speakerNames() -> [String] {
        ((try? workbench.speakers()) ?? []).flatMap { [$0.name] + $0.aliases }
    }
}
