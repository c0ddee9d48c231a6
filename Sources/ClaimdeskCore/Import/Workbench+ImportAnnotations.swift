import Foundation

/// What `import-annotations` stored.
public struct AnnotationImportSummary: Sendable {
    public let claims: Int
    public let events: Int
    /// The new claims' numbers, in the file's order.
    public let claimIDs: [Int64]
}

extension Workbench {
    /// Stores claims read from an annotation file, all or nothing, into the documents they belong to.
    ///
    /// Claims keep their ids, speakers, sources, statuses, evidence, review state and timestamps;
    /// exported history (`events`) is replayed with its reviewers and times, so a `--with-history`
    /// export imported into another project exports again byte for byte. Without history, each claim
    /// gets one `import` event. The events of their speakers and sources (`entity_events`) are
    /// replayed too, once each, and those entities take their last exported state; speakers and sources
    /// that come without events get events of their own. A document-level event records the import itself.
    ///
    /// With `layer`, the claims become that reviewer's layer (with new ids), and the reviewer is assigned
    /// to each document not yet assigned to them, so `agreement` runs on corpora annotated elsewhere.
    func importClaims(_ claims: [ImportedClaim], from path: String, layer: String? = nil) throws(ClaimdeskError) -> AnnotationImportSummary {
        let layer = try layer.map { name throws(ClaimdeskError) in try EntityName.validate(name, what: "layer") }
        return try write { scope in
            var events = 0
            var history: [ImportedHistory.Entry] = []
            var claimIDs: [Int64] = []
            if let layer { try assignLayer(layer, for: claims, scope) }
            for claim in claims {
                let (claimID, docID) = try store(claim, scope, layer: layer)
                claimIDs.append(claimID)
                if claim.events.isEmpty {
                    events += 1
                } else {
                    history += claim.events.map { ImportedHistory.Entry(subject: .claim(id: claimID, docID: docID), origin: claim.origin, event: $0) }
                }
                history += claim.entityEvents.compactMap { event in
                    (event["entity"] as? String).flatMap(EntityKind.init(rawValue:)).map {
                        ImportedHistory.Entry(subject: .entity($0), origin: claim.origin, event: event)
                    }
                }
            }
            let replayed = try ImportedHistory.replay(history, scope.db, isNew: scope.entities.isNew)
            events += replayed.events
            for (entity, state) in replayed.entities {
                scope.entities.settle(entity)
                try EntityRows.write(scope.db, entity, state)
            }
            let documents = Set(try claims.map { try document(for: $0, scope.db).id })
            for docID in documents.sorted() {
                try scope.record(EventRows.NewEvent(docID: docID, action: "import-annotations", detail: "\(claims.count) claims from \(path)"))
            }
            return AnnotationImportSummary(claims: claims.count, events: events, claimIDs: claimIDs)
        }
    }

    /// Stores one claim (with an `import` event when it brings no history); returns its id and document.
    private func store(_ imported: ImportedClaim, _ scope: ChangeScope, layer: String?) throws -> (Int64, Int64) {
        let db = scope.db
        let document = try document(for: imported, db)
        let text = DocumentText(try DocumentRows.text(db, id: document.id)!)
        var state = imported.docLineEndsAsLF ? Self.fromLineEndsAsLF(imported.state, in: text) : imported.state
        state.doc = document.id
        try checkSpan(state, in: document, text, imported.origin)
        let uid = layer == nil ? imported.uid ?? UUID().uuidString.lowercased() : UUID().uuidString.lowercased()
        if try db.value("SELECT count(*) FROM claims WHERE uid = ?", [uid]) ?? 0 > 0 {
            throw ClaimdeskError.refused("\(imported.origin): claim \(uid) is already in this project; nothing was imported")
        }
        if let existing = try ClaimRows.marking(db, docID: document.id, range: state.span, layer: layer) {
            throw ClaimdeskError.refused("\(imported.origin): claim \(existing) already marks \(state.start)..\(state.end) of document \(document.id); nothing was imported")
        }
        try storeEntities(imported, scope)
        state = try ClaimRows.canonical(db, state)
        let (createdBy, createdAt) = (imported.createdBy ?? reviewer, imported.createdAt ?? scope.at)
        let id = try ClaimRows.insert(db, uid: uid, origin: imported.claimOrigin, state: state, reviewer: createdBy, at: createdAt, layer: layer)
        try db.execute("UPDATE claims SET updated_by = ?, updated_at = ? WHERE id = ?", [imported.updatedBy ?? createdBy, imported.updatedAt ?? createdAt, id])
        if imported.events.isEmpty {
            try scope.record(EventRows.NewEvent(claimID: id, docID: document.id, action: "import", detail: "imported from \(imported.origin)", after: state))
            try db.execute("UPDATE claims SET prior_events = ? WHERE id = ?", [max(1, imported.historyCount ?? 1), id])
        }
        return (id, document.id)
    }

    /// Assigns the layer's reviewer to every document of the claims not yet assigned to them (an `assign` event each).
    private func assignLayer(_ layer: String, for claims: [ImportedClaim], _ scope: ChangeScope) throws {
        let documents = Set(try claims.map { try document(for: $0, scope.db).id })
        for docID in documents.sorted() {
            let assigned = try AssignmentRows.all(scope.db, docID: docID)
            if assigned.contains(where: { $0.adjudicatedAt != nil }) {
                throw ClaimdeskError.refused("document \(docID) was adjudicated; its layers are closed and nothing was imported")
            }
            guard !assigned.contains(where: { $0.reviewer == layer }) else { continue }
            try AssignmentRows.add(scope.db, docID: docID, reviewer: layer, blind: false, by: reviewer, at: scope.at)
            try scope.record(EventRows.NewEvent(docID: docID, action: "assign", detail: "\(layer) (layer imported)"))
        }
    }

    /// A state whose offsets count line ends as `\n` (brat), moved to the document's own offsets.
    private static func fromLineEndsAsLF(_ state: ClaimState, in text: DocumentText) -> ClaimState {
        let brat = BratText(text)
        let map = { (offset: Int?) in offset.map { brat.original(offset: $0) } }
        var mapped = state
        (mapped.start, mapped.end) = (brat.original(offset: state.start), brat.original(offset: state.end))
        mapped.text = text.slice(mapped.span)
        (mapped.speakerStart, mapped.speakerEnd) = (map(state.speakerStart), map(state.speakerEnd))
        (mapped.cueStart, mapped.cueEnd) = (map(state.cueStart), map(state.cueEnd))
        if let start = mapped.cueStart, let end = mapped.cueEnd { mapped.cue = text.slice(start..<end) }
        return mapped
    }

    /// The document a claim belongs to: by SHA-256, by exact text, or by text with line ends read as `\n`.
    private func document(for claim: ImportedClaim, _ db: any SQLDatabase) throws -> Document {
        if let sha = claim.docSHA256, let document = try DocumentRows.fetch(db, sha256: sha) { return document }
        if let text = claim.docText, let document = try DocumentRows.fetch(db, sha256: SHA256.hexDigest(of: Array(text.utf8))) { return document }
        let lineEnds = db.dialect.lineEndsAsLF("text")
        if let text = claim.docText, claim.docLineEndsAsLF, let id: Int64 = try db.value("""
            SELECT id FROM documents WHERE \(lineEnds.hasCR) AND \(lineEnds.normalized) = ? ORDER BY id LIMIT 1
            """, [text]), let document = try DocumentRows.fetch(db, id: id) {
            return document
        }
        throw ClaimdeskError.badInput("\(claim.origin): its document is not in this project; import the document's text first (import PATH)")
    }

    private func checkSpan(_ state: ClaimState, in document: Document, _ text: DocumentText, _ origin: String) throws {
        do {
            try SpanValidator.validate(state.span, in: text)
            if let start = state.speakerStart, let end = state.speakerEnd { try SpanValidator.validate(start, end, in: text, what: "the speaker mention") }
            if let start = state.cueStart, let end = state.cueEnd { try SpanValidator.validate(start, end, in: text, what: "the cue") }
        } catch {
            throw ClaimdeskError.badInput("\(origin): \(error.message)")
        }
        guard text.slice(state.span) == state.text, state.cue == state.cueStart.flatMap({ start in state.cueEnd.map { text.slice(start..<$0) } }) else {
            throw ClaimdeskError.badInput("\(origin): the text at \(state.start)..\(state.end) of document \(document.id) is not the claim's text (or its cue's); the offsets do not fit this document")
        }
    }

    /// The claim's speaker with its aliases and its sources' kinds and urls, each change an entity event.
    private func storeEntities(_ claim: ImportedClaim, _ scope: ChangeScope) throws {
        let db = scope.db
        if let speaker = claim.state.speaker {
            let speakerID = try SpeakerRows.resolveOrCreate(db, name: speaker)
            try scope.touch(EntityReference(kind: .speaker, id: speakerID), action: "import-annotations")
            for alias in claim.speakerAliases where try SpeakerRows.find(db, name: alias) == nil {
                try SpeakerRows.addAlias(db, alias, speakerID: speakerID)
            }
        }
        for (name, details) in claim.sourceDetails {
            let sourceID = try SourceRows.resolveOrCreate(db, name: name)
            try scope.touch(EntityReference(kind: .source, id: sourceID), action: "import-annotations")
            try SourceRows.setDetails(db, id: sourceID, kind: details.kind, url: details.url, overwrite: false)
        }
    }
}
