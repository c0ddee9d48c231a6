extension Workbench {
    /// Copies a checked claim's status, rationale and evidence about the content onto other claims, all in one change.
    ///
    /// The attribution is each claim's own (who said these words, here): its verdict and the evidence
    /// about it stay as they were on every target.
    ///
    /// Each target gets a `reuse` event whose detail names the claim it came from, so `history` shows
    /// where its verdict was copied from, and one `undo` takes back the whole reuse.
    ///
    /// ```swift
    /// try bench.reuse(from: 3, to: [9, 12])   // claims 9 and 12 now say what claim 3 says
    /// ```
    public func reuse(from sourceID: Int64, to targetIDs: [Int64]) throws(ClaimdeskError) -> [Claim] {
        let source = try claim(String(sourceID))
        guard source.state.status != .unverified else {
            throw .refused("claim \(sourceID) is unverified; only a checked claim can be reused (status \(sourceID) STATUS first)")
        }
        if targetIDs.contains(sourceID) { throw .badInput("claim \(sourceID) cannot reuse its own verdict; name other claims") }
        guard Set(targetIDs).count == targetIDs.count else { throw .badInput("a claim is named twice; name each target once") }
        let detail = "reused from claim \(sourceID) (\(source.uid))"
        return try write { scope in
            try targetIDs.map { targetID in
                try apply(scope, targetID, action: "reuse", detail: detail) { state, _ in
                    state.status = source.state.status
                    state.rationale = source.state.rationale
                    state.evidence = source.state.evidence.filter { $0.about == .content } + state.evidence.filter { $0.about == .attribution }
                }
            }
        }
    }
}
