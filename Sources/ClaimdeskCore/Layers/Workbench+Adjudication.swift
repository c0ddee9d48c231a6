import Foundation

extension Workbench {
    /// What adjudication of a document still has to settle: groups of loosely matching layer claims
    /// (and claims only one reviewer marked), by position. Refused for documents not in double annotation.
    ///
    /// ```swift
    /// let items = try bench.adjudicationItems(1)
    /// try bench.settle(items[0], taking: 0)   // ana's version becomes a main-layer claim
    /// ```
    public func adjudicationItems(_ docID: Int64) throws(ClaimdeskError) -> [AdjudicationItem] {
        let assignments = try self.assignments(of: docID)
        guard !assignments.isEmpty else {
            _ = try document(docID)
            throw .badInput("document \(docID) is not in double annotation; nothing to adjudicate")
        }
        if let adjudicated = assignments.first(where: { $0.adjudicatedAt != nil }) {
            throw .refused("document \(docID) was already adjudicated by \(adjudicated.adjudicatedBy ?? "someone")")
        }
        let reviewers = assignments.map(\.reviewer)
        return try store.read { db in
            let settled = try AssignmentRows.settled(db, docID: docID)
            let layers = try reviewers.map { name in
                try db.rows(ClaimRows.selectClaim + " WHERE c.doc_id = ? AND c.layer = ? AND c.deleted = 0 ORDER BY c.start, c.id", [docID, name])
                    .map { try ClaimRows.claim(from: $0, db) }.filter { !settled.contains($0.id) }
            }
            var links = ClaimLinks(sizes: layers.map(\.count))
            for x in layers.indices {
                for y in layers.indices where y > x {
                    for (i, j) in SpanMatcher.loosePairs(layers[x].map(\.state.span), layers[y].map(\.state.span)) { links.join((x, i), (y, j)) }
                }
            }
            return links.units(includingSingles: true)
                .map { unit in AdjudicationItem(claims: unit.map { layers[$0.layer][$0.claim] }, reviewers: reviewers) }
                .sorted { ($0.claims[0].state.start, $0.claims[0].id) < ($1.claims[0].state.start, $1.claims[0].id) }
        }
    }

    /// Settles an item: the claim at `index` (nil: drop them all) becomes a claim of the main layer,
    /// created by this reviewer (the adjudicator), recording which layer claims it came from.
    @discardableResult
    public func settle(_ item: AdjudicationItem, taking index: Int?) throws(ClaimdeskError) -> Claim? {
        try write { scope in
            let db = scope.db
            let origins = item.claims.map { "\($0.layer ?? "main")#\($0.id)" }.joined(separator: ", ")
            var main: Claim?
            if let index {
                let chosen = item.claims[index]
                var state = chosen.state
                state.reviewState = .open
                let existing = try ClaimRows.marking(db, docID: chosen.docID, range: state.span, fragments: state.fragments)
                let id = try existing ?? ClaimRows.insert(db, uid: UUID().uuidString.lowercased(), origin: chosen.origin,
                                                          state: state, reviewer: reviewer, at: scope.at)
                if existing == nil {
                    try scope.record(EventRows.NewEvent(claimID: id, docID: chosen.docID, action: "create",
                                                        detail: "adjudicated from \(origins): took \(chosen.layer ?? "main")'s", after: state))
                }
                main = try ClaimRows.fetch(db, id: id)
            } else {
                try scope.record(EventRows.NewEvent(docID: item.claims[0].docID, action: "adjudicate", detail: "dropped \(origins)"))
            }
            for claim in item.claims { try AssignmentRows.recordAdjudicated(db, layerClaim: claim.id, mainClaim: main?.id) }
            return main
        }
    }

    /// Takes every item the layers agree on (each reviewer marked the same span, speaker and status).
    public func settleAgreed(_ docID: Int64) throws(ClaimdeskError) -> Int {
        let agreed = try adjudicationItems(docID).filter { $0.disagreements.isEmpty }
        for item in agreed { try settle(item, taking: 0) }
        return agreed.count
    }

    /// Closes adjudication when nothing is left to settle: the main layer is then the document's claims
    /// and the layers are hidden from listings. Returns whether it closed.
    public func finishAdjudication(_ docID: Int64) throws(ClaimdeskError) -> Bool {
        guard try adjudicationItems(docID).isEmpty else { return false }
        try write { scope in
            let count: Int = try scope.db.value("SELECT count(*) FROM claims WHERE doc_id = ? AND layer IS NULL AND deleted = 0", [docID]) ?? 0
            try AssignmentRows.markAdjudicated(scope.db, docID: docID, by: reviewer, at: scope.at)
            try scope.record(EventRows.NewEvent(docID: docID, action: "adjudicate", detail: "adjudicated: \(count) claims in the main layer"))
        }
        return true
    }

    /// The layer claims (`ana#12`) a main-layer claim was adjudicated from.
    public func adjudicatedFrom(_ claimID: Int64) throws(ClaimdeskError) -> [String] {
        try store.read { db in try AssignmentRows.origins(db, mainClaim: claimID) }
    }
}
