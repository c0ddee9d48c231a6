import Foundation

/// What `revise` did to a document's claims.
public struct ReviseSummary: Sendable {
    public let old: Document
    public let new: Document
    /// Claim ids by how they were re-anchored.
    public let outcomes: [AnchorState: [Int64]]

    public func count(_ state: AnchorState) -> Int { outcomes[state]?.count ?? 0 }
}

extension Workbench {
    /// Imports a corrected version of a document and re-anchors every claim of the old version.
    ///
    /// Claims found again move to the new version (`anchored`, `moved`, or `changed` with
    /// their new text, flagged for review); claims not found stay on the old version,
    /// `orphaned` and flagged for review. Each piece of a claim with gaps is found on its own and
    /// the claim takes the worst outcome of its pieces. One batch of events: `undo` reverts all of it.
    public func revise(_ docID: Int64, path: String, title: String? = nil) throws(ClaimdeskError) -> ReviseSummary {
        let old = try document(docID)
        let file = try TextFileDecoder.read(path: path)
        let oldText = try text(of: docID)
        let finder = Reanchorer(old: oldText, new: DocumentText(file.text))
        return try write { scope in
            try checkRevisable(scope.db, old)
            let newID = try insertVersion(scope, of: old, file: file, path: path, title: title)
            var outcomes: [AnchorState: [Int64]] = [:]
            for claim in try liveClaims(scope.db, docID: docID) {
                var state = claim.state
                let (anchor, pieces) = Reanchoring.locate(ClaimFragments.pieces(of: claim.state), finder)
                Reanchoring.apply(anchor, pieces: pieces, newDoc: newID, finder: finder, to: &state)
                outcomes[anchor, default: []].append(claim.id)
                try ClaimRows.write(scope.db, id: claim.id, state: state, reviewer: reviewer, at: scope.at)
                try scope.record(EventRows.NewEvent(claimID: claim.id, docID: state.doc, action: "reanchor",
                                                    detail: "\(anchor.rawValue) in document \(newID) (version of \(docID))",
                                                    before: claim.state, after: state))
            }
            try setCurrent(scope.db, docID: newID)
            return ReviseSummary(old: old, new: try DocumentRows.fetch(scope.db, id: newID)!, outcomes: outcomes)
        }
    }

    private func checkRevisable(_ db: any SQLDatabase, _ old: Document) throws {
        if let newer: Int64 = try db.value("SELECT id FROM documents WHERE previous_id = ?", [old.id]) {
            throw ClaimdeskError.refused("document \(old.id) was revised already as document \(newer); revise \(newer) instead")
        }
    }

    private func insertVersion(_ scope: ChangeScope, of old: Document, file: TextFileDecoder.Decoded, path: String, title: String?) throws -> Int64 {
        if let same = try DocumentRows.fetch(scope.db, sha256: file.sha256) {
            throw ClaimdeskError.refused("\(path) has the same bytes as document \(same.id); nothing to revise")
        }
        let metadata = DocumentMetadata(url: old.url, outlet: old.outlet, published: old.published, language: old.language)
        let id = try DocumentRows.insert(scope.db, DocumentRows.NewDocument(
            title: title ?? old.title, path: path, metadata: metadata, sha256: file.sha256, text: file.text,
            previousID: old.id, version: old.version + 1, importedBy: reviewer, importedAt: scope.at))
        try scope.record(EventRows.NewEvent(docID: id, action: "revise", detail: "version \(old.version + 1) of document \(old.id) from \(path)"))
        return id
    }

    private func liveClaims(_ db: any SQLDatabase, docID: Int64) throws -> [Claim] {
        let ids: [Int64] = try db.values("SELECT id FROM claims WHERE doc_id = ? AND deleted = 0 ORDER BY start, id", [docID])
        return try ids.map { try ClaimRows.fetch(db, id: $0)! }
    }
}

/// How a re-anchored claim's state changes.
enum Reanchoring {
    /// Where a claim's pieces lie in the new version and the worst outcome among them; no pieces
    /// (`orphaned`) when one is not found or they no longer follow each other with gaps between.
    static func locate(_ pieces: [Range<Int>], _ finder: Reanchorer) -> (AnchorState, [Range<Int>]?) {
        let found = pieces.map(finder.locate)
        let worst = found.map(\.state).max { AnchorState.allCases.firstIndex(of: $0)! < AnchorState.allCases.firstIndex(of: $1)! }!
        let spans = found.compactMap(\.span)
        guard spans.count == pieces.count, zip(spans, spans.dropFirst()).allSatisfy({ $0.upperBound < $1.lowerBound }) else {
            return (.orphaned, nil)
        }
        return (worst, spans)
    }

    static func apply(_ anchor: AnchorState, pieces: [Range<Int>]?, newDoc: Int64, finder: Reanchorer, to state: inout ClaimState) {
        state.anchor = anchor
        guard let pieces else {
            state.reviewState = .needs_review
            return
        }
        let span = pieces.first!.lowerBound..<pieces.last!.upperBound
        let delta = span.lowerBound - state.start
        state.doc = newDoc
        state.start = span.lowerBound
        state.end = span.upperBound
        state.fragments = pieces.count > 1 ? pieces : nil
        state.text = finder.new.slice(span)
        if anchor == .changed { state.reviewState = .needs_review }
        (state.speakerStart, state.speakerEnd) = shifted(state.speakerStart, state.speakerEnd, by: delta, finder)
        (state.cueStart, state.cueEnd) = shifted(state.cueStart, state.cueEnd, by: delta, finder)
        if state.cueStart == nil { state.cue = nil }
    }

    /// A mention or cue span moved with the claim, kept only when the same text is there.
    private static func shifted(_ start: Int?, _ end: Int?, by delta: Int, _ finder: Reanchorer) -> (Int?, Int?) {
        guard let start, let end else { return (nil, nil) }
        let moved = (start + delta)..<(end + delta)
        guard moved.lowerBound >= 0, moved.upperBound <= finder.new.count,
              finder.new.slice(moved) == finder.old.slice(start..<end) else { return (nil, nil) }
        return (moved.lowerBound, moved.upperBound)
    }
}
