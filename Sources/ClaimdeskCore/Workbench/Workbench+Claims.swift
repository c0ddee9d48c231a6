import Foundation

extension Workbench {
    /// Marks a new claim in a document and records its `create` event.
    public func createClaim(in docID: Int64, draft: ClaimDraft) throws(ClaimdeskError) -> Claim {
        try createClaims(in: docID, drafts: [draft])[0]
    }

    /// Marks several claims in one transaction: all are stored, or none.
    public func createClaims(in docID: Int64, drafts: [ClaimDraft]) throws(ClaimdeskError) -> [Claim] {
        let text = try self.text(of: docID)
        var states: [ClaimState] = []
        for draft in drafts {
            try SpanValidator.validate(draft.range, in: text)
            for fragment in draft.fragments ?? [] { try SpanValidator.validate(fragment, in: text, what: "fragment") }
            if let mention = draft.speakerMention { try SpanValidator.validate(mention, in: text, what: "speaker span") }
            if let cue = draft.cue { try SpanValidator.validate(cue, in: text, what: "cue span") }
            states.append(try initialState(for: draft, in: text, docID: docID))
        }
        return try write { scope in
            try zip(drafts, states).map { draft, state in
                try insertClaim(scope, docID: docID, draft: draft, state: state)
            }
        }
    }

    private func insertClaim(_ scope: ChangeScope, docID: Int64, draft: ClaimDraft, state: ClaimState) throws -> Claim {
        let db = scope.db
        let layer = try AssignmentRows.writingLayer(db, docID: docID, reviewer: reviewer)
        try refuseDuplicate(db, state, layer: layer)
        let stored = try ClaimRows.canonical(db, state)
        let uid = UUID().uuidString.lowercased()
        let id = try ClaimRows.insert(db, uid: uid, origin: draft.origin, state: stored, reviewer: reviewer, at: scope.at, layer: layer)
        if let name = stored.speaker, draft.speakerNote != nil || draft.speakerKind != nil, let speaker = try SpeakerRows.find(db, name: name) {
            try scope.touch(EntityReference(kind: .speaker, id: speaker.id), action: "annotate")
            try SpeakerRows.setDetails(db, id: speaker.id, kind: draft.speakerKind, note: draft.speakerNote, overwrite: false)
        }
        let detail = layer.map { "in \($0)'s layer" + (draft.detail.map { "; " + $0 } ?? "") } ?? draft.detail
        try scope.record(EventRows.NewEvent(claimID: id, docID: docID, action: "create", detail: detail, after: stored))
        return Claim(id: id, uid: uid, docID: docID, layer: layer, origin: draft.origin, createdBy: reviewer, createdAt: scope.at,
                     updatedBy: reviewer, updatedAt: scope.at, state: stored)
    }

    private func initialState(for draft: ClaimDraft, in text: DocumentText, docID: Int64) throws(ClaimdeskError) -> ClaimState {
        var state = ClaimState(doc: docID, start: draft.range.lowerBound, end: draft.range.upperBound, text: text.slice(draft.range))
        state.fragments = try ClaimFragments.normalized(draft.fragments, covering: draft.range)
        state.speaker = try draft.speaker.map { name throws(ClaimdeskError) in try EntityName.validate(name, what: "speaker") }
        state.speakerStart = draft.speakerMention?.lowerBound
        state.speakerEnd = draft.speakerMention?.upperBound
        state.cue = draft.cue.map(text.slice)
        state.cueStart = draft.cue?.lowerBound
        state.cueEnd = draft.cue?.upperBound
        state.quoteType = draft.quoteType
        state.sources = draft.sources
        state.status = draft.status
        state.rationale = draft.rationale
        state.attributionRationale = draft.attributionNote
        state.tags = Array(Set(draft.tags)).sorted()
        return state
    }

    private func refuseDuplicate(_ db: any SQLDatabase, _ state: ClaimState, layer: String?) throws {
        if let existing = try ClaimRows.marking(db, docID: state.doc, range: state.span, fragments: state.fragments, layer: layer) {
            throw ClaimdeskError.refused("claim \(existing) already marks \(FragmentEdit.notation(ClaimFragments.pieces(of: state))); change it instead (status \(existing) …)")
        }
    }

    /// Refuses an edit (`extend`, `shrink`, `fragment`) that would make a claim mark exactly what another marks.
    private func refuseDuplicateEdit(_ db: any SQLDatabase, _ claim: Claim, to state: ClaimState) throws {
        guard state.span != claim.state.span || state.fragments != claim.state.fragments,
              let existing = try ClaimRows.marking(db, docID: state.doc, range: state.span, fragments: state.fragments, layer: claim.layer)
        else { return }
        throw ClaimdeskError.refused("claim \(existing) already marks \(FragmentEdit.notation(ClaimFragments.pieces(of: state))); nothing changed (`delete \(claim.id)` if the two are one claim)")
    }

    /// Changes a claim's state in one transaction and records the event with its before and after.
    ///
    /// `change` may throw ``ClaimdeskError`` to refuse; nothing is written then. A change
    /// that leaves the state as it was is refused too, so history holds only real changes.
    @discardableResult
    public func change(_ claimID: Int64, action: String, detail: String? = nil,
                       _ change: (inout ClaimState, ChangeScope) throws -> Void) throws(ClaimdeskError) -> Claim {
        try write { scope in try apply(scope, claimID, action: action, detail: detail, change) }
    }

    /// One claim's change inside a larger one (see ``change(_:action:detail:_:)``).
    func apply(_ scope: ChangeScope, _ claimID: Int64, action: String, detail: String?,
               _ change: (inout ClaimState, ChangeScope) throws -> Void) throws -> Claim {
        let db = scope.db
        guard let claim = try ClaimRows.fetch(db, id: claimID), !claim.state.deleted else {
            throw ClaimdeskError.notFound("no claim \(claimID); `claims` lists the claims")
        }
        if let layer = claim.layer, layer != reviewer {
            throw ClaimdeskError.refused("claim \(claimID) is in \(layer)'s layer; only \(layer) changes it (`adjudicate \(claim.docID)` settles the layers)")
        }
        var state = claim.state
        try change(&state, scope)
        try refuseDuplicateEdit(db, claim, to: state)
        state = try ClaimRows.canonical(db, state)
        ReviewRule.reopenIfNeeded(before: claim.state, after: &state)
        guard state != claim.state else {
            throw ClaimdeskError.refused("claim \(claimID) already is so; nothing changed")
        }
        try ClaimRows.write(db, id: claimID, state: state, reviewer: reviewer, at: scope.at)
        try scope.record(EventRows.NewEvent(claimID: claimID, docID: state.doc, action: action, detail: detail,
                                            before: claim.state, after: state))
        return try ClaimRows.fetch(db, id: claimID)!
    }

    /// A claim by number (`12`) or by a prefix of its stable id (`3f2a9c`; digits only when no claim has that number).
    public func claim(_ reference: String) throws(ClaimdeskError) -> Claim {
        let found: Claim? = try store.read { db in
            if let id = Int64(reference), let claim = try ClaimRows.fetch(db, id: id) { return claim }
            guard reference.count >= 4, reference.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
            let matches = try ClaimRows.fetch(db, uidPrefix: reference.lowercased())
            guard matches.count <= 1 else {
                throw ClaimdeskError.badInput("claim id prefix '\(reference)' is ambiguous; type more of it or the claim number")
            }
            return matches.first
        }
        guard let found, !found.state.deleted, try isVisible(found) else {
            throw .notFound("no claim '\(reference)'; `claims` lists the claims (give the number or the id)")
        }
        return found
    }

    /// Whether the reviewer sees a claim (another's layer of a document they annotate blind is hidden).
    func isVisible(_ claim: Claim) throws(ClaimdeskError) -> Bool {
        return try store.read { db in
            let (condition, arguments) = try ClaimFilter(docID: claim.docID).sql(db, reviewer: reviewer)
            return try db.value("SELECT count(*) FROM claims c WHERE c.id = ? AND \(condition)", [claim.id] + arguments) ?? 0 > 0
        }
    }

    /// A claim's events, oldest first; with `entities`, interleaved with the events of its speaker and sources.
    public func history(of claimID: Int64, entities: Bool = false) throws(ClaimdeskError) -> [ClaimEvent] {
        try store.read { db in
            entities ? try EventRows.historyWithEntities(db, claimID: claimID) : try EventRows.history(db, claimID: claimID)
        }
    }
}
