extension Workbench {
    /// The claims and unclaimed passages most like a claim, best first, in every other document and main-layer claim.
    ///
    /// Candidates come from the index (``SimilarProbes``: the claim's rarest words and the phrases around them,
    /// each probe bounded in the postings it walks), then are scored by ``WordSimilarity``: near-identical
    /// wording and the same quote trimmed differently score highest.
    /// Passages are spans of other current documents that no claim among the results covers.
    public func similar(to claimID: Int64, limit: Int = 10) throws(ClaimdeskError) -> [SimilarResult] {
        let claim = try self.claim(String(claimID))
        return try store.read { db in try similar(db, to: claim, limit: limit, passages: true) }
    }

    /// The checked claim (status other than unverified, main layer, numbered below `before`) near-identical to a claim,
    /// the best if several: what the `seen before` hint names; nil when there is none.
    ///
    /// Only checked claims are asked for and scored, and only the winner is read in full with its history.
    public func seenBefore(_ claimID: Int64, before: Int64) throws(ClaimdeskError) -> SimilarResult? {
        let claim = try self.claim(String(claimID))
        return try store.read { db in
            let probes = try SimilarProbes(db, words: SearchTokens(claim.state.text).words)
            let checked = ClaimSearchFilter(statuses: VerificationStatus.allCases.filter { $0 != .unverified }, excluding: claim.id, below: before)
            let nearIdentical = try scoredClaims(db, probes, checked).filter { $0.score >= WordSimilarity.nearIdentical }
            for candidate in nearIdentical.sorted(by: Candidate.ranking) {
                guard let id = candidate.claimID, let found = try ClaimRows.fetch(db, id: id), found.layer == nil else { continue }
                return SimilarResult(score: candidate.score, docID: candidate.docID, range: candidate.range, claim: found, checkedBy: try statusSetter(db, found))
            }
            return nil
        }
    }

    /// Whether any claim numbered below `claimID` has been checked: without one, no claim can have been seen before.
    func hasCheckedClaims(before claimID: Int64) throws(ClaimdeskError) -> Bool {
        try store.read { db in
            try db.value("SELECT EXISTS (SELECT 1 FROM claims WHERE id < ? AND status <> 'unverified' AND deleted = 0)", [claimID]) ?? false
        }
    }

    private func similar(_ db: any SQLDatabase, to claim: Claim, limit: Int, passages: Bool) throws -> [SimilarResult] {
        let probes = try SimilarProbes(db, words: SearchTokens(claim.state.text).words)
        guard !probes.words.isEmpty else { return [] }
        var candidates = try scoredClaims(db, probes, ClaimSearchFilter(excluding: claim.id)).filter { $0.score >= PassageAligner.threshold }
        if passages { candidates += try unclaimedPassages(db, probes, claim: claim, claims: candidates) }
        var results: [SimilarResult] = []
        for candidate in candidates.sorted(by: Candidate.ranking) where results.count < limit {
            guard let id = candidate.claimID, let found = try ClaimRows.fetch(db, id: id) else {
                results.append(SimilarResult(score: candidate.score, docID: candidate.docID, range: candidate.range, claim: nil, checkedBy: nil))
                continue
            }
            // A reviewer's layer is double annotation in progress: showing it would tell one annotator what another decided.
            guard found.layer == nil else { continue }
            results.append(SimilarResult(score: candidate.score, docID: candidate.docID, range: candidate.range, claim: found, checkedBy: try statusSetter(db, found)))
        }
        return results
    }

    /// Up to 50 claims the filter lets through from the probes, narrowest first until enough are found (the newest matches
    /// of each, within the probe's window: ranking them by bm25 cost more than the rest of `similar` at a million claims),
    /// each scored against the claim's words.
    private func scoredClaims(_ db: any SQLDatabase, _ probes: SimilarProbes, _ filter: ClaimSearchFilter) throws -> [Candidate] {
        var candidates: [Candidate] = []
        var seen: Set<Int64> = []
        for probe in probes.claims where candidates.count < 50 {
            let rows = try matchingClaimRows(db, probe, in: .claimText, filter: filter, limit: 50, from: probes.windowStart(of: probe))
            for row in rows where seen.insert(row["id"]).inserted {
                candidates.append(Candidate(score: WordSimilarity.score(probes.words, SearchTokens(row["text"]).words), docID: row["doc_id"],
                                            range: (row["start"] as Int)..<(row["end"] as Int), claimID: row["id"]))
            }
        }
        return candidates
    }

    /// Up to 20 other current documents from the probes of documents, narrowest first (newest first within each), then where each repeats the claim.
    private func unclaimedPassages(_ db: any SQLDatabase, _ probes: SimilarProbes, claim: Claim, claims: [Candidate]) throws -> [Candidate] {
        var documents: [Int64] = []
        for probe in probes.documents where documents.count < 20 {
            for docID in try matchingDocuments(db, probe, among: [], excluding: claim.docID, limit: 20, ranked: false)
            where documents.count < 20 && !documents.contains(docID) {
                documents.append(docID)
            }
        }
        let aligner = PassageAligner(claim: probes.words)
        var results: [Candidate] = []
        for docID in documents {
            let text = SearchTokens(try DocumentRows.text(db, id: docID) ?? "")
            for passage in aligner.passages(in: text) {
                let range = text.ranges[passage.words.lowerBound].lowerBound..<text.ranges[passage.words.upperBound - 1].upperBound
                guard !claims.contains(where: { $0.docID == docID && $0.range.overlaps(range) }) else { continue }
                results.append(Candidate(score: passage.score, docID: docID, range: range, claimID: nil))
            }
        }
        return results
    }

    /// The reviewer and time of the event that gave the claim its current status (its last change, failing that).
    func statusSetter(_ db: any SQLDatabase, _ claim: Claim) throws -> StatusSetter {
        let events = try EventRows.history(db, claimID: claim.id)
        let setting = events.last { $0.after?.status == claim.state.status && $0.before?.status != claim.state.status }
        return StatusSetter(reviewer: setting?.reviewer ?? claim.updatedBy, at: setting?.at ?? claim.updatedAt)
    }
}

/// A scored claim or passage, before the winners are read in full.
private struct Candidate {
    let score: Double
    let docID: Int64
    let range: Range<Int>
    /// The claim, or nil for a passage.
    let claimID: Int64?

    /// Best score first; at equal scores claims before passages, then by document and offset.
    static func ranking(_ first: Candidate, _ second: Candidate) -> Bool {
        if first.score != second.score { return first.score > second.score }
        if (first.claimID == nil) != (second.claimID == nil) { return first.claimID != nil }
        return (first.docID, first.range.lowerBound) < (second.docID, second.range.lowerBound)
    }
}
