import Foundation

/// What `import-annotations` stored.
public struct AnnotationImportSummary: Sendable {
    public let claims: Int
    public let events: Int
    /// The new claims' numbers, in the file's order (as runs: a bulk import's memory does not grow with them).
    public let claimIDs: IDRuns
    /// The documents the claims went to, and how many of them the import brought in (`importDocuments`).
    public let documents: Int
    public let importedDocuments: Int
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
    /// to each document not yet assigned to them, so `agreement` runs on corpora annotated elsewhere;
    /// a claim read with its own ``ImportedClaim/layer`` goes to that one.
    ///
    /// With `importDocuments`, a claim whose document is not in the project brings it in from its
    /// ``ImportedClaim/docPath`` (as `import` would, in the same transaction).
    ///
    /// `claims` calls its argument with each claim as it reads the file: everything is stored in one
    /// transaction as it streams in, so memory stays flat however large the file, and the first bad
    /// record rolls all of it back.
    ///
    /// ```swift
    /// try bench.importClaims(from: "claims.jsonl") { store in try JSONLAnnotationReader.forEach(path: "claims.jsonl", store) }
    /// ```
    func importClaims(from path: String, layer: String? = nil, importDocuments: Bool = false,
                      _ claims: ((ImportedClaim) throws -> Void) throws -> Void) throws(ClaimdeskError) -> AnnotationImportSummary {
        let layer = try layer.map { name throws(ClaimdeskError) in try EntityName.validate(name, what: "layer") }
        return try write { scope in
            let checks = scope.db.dialect.checkConstraintsSwitch
            if let checks { try scope.db.execute(checks.off) }
            defer { if let checks { try? scope.db.execute(checks.on) } }
            let cache = scope.db.dialect.bulkPageCache
            if let cache { try scope.db.execute(cache.bulk) }
            defer { if let cache { try? scope.db.execute(cache.usual) } }
            var importer = ClaimImporter(scope: scope, workbench: self, layer: layer, importDocuments: importDocuments,
                                         history: try ImportedEventSpool(scope.db))
            try claims { claim in
                try checkCancelled()
                try importer.store(claim)
            }
            let replayed = try ImportedHistory.replay(importer.history, scope.db, isNew: scope.entities.isNew)
            try importer.history.drop()
            for (entity, state) in replayed.entities {
                scope.entities.settle(entity)
                try EntityRows.write(scope.db, entity, state)
            }
            for docID in importer.documents.sorted() {
                try scope.record(EventRows.NewEvent(docID: docID, action: "import-annotations", detail: "\(importer.claimIDs.count) claims from \(path)"))
            }
            if let refresh = scope.db.dialect.afterBulkWrite { try scope.db.execute(refresh) }
            return AnnotationImportSummary(claims: importer.claimIDs.count, events: importer.importEvents + replayed.events,
                                           claimIDs: importer.claimIDs, documents: importer.documents.count,
                                           importedDocuments: importer.importedDocuments)
        }
    }

    /// Stores claims already read (small files, tests).
    func importClaims(_ claims: [ImportedClaim], from path: String, layer: String? = nil) throws(ClaimdeskError) -> AnnotationImportSummary {
        try importClaims(from: path, layer: layer) { store in try claims.forEach(store) }
    }
}

/// The state of one streaming import: what it stored so far, and what it looked up once.
///
/// Exported events (claims' and their speakers' and sources') are spooled until the file is read, then
/// replayed in their original order across claims and entities by ``ImportedHistory``.
private struct ClaimImporter {
    let scope: ChangeScope
    let workbench: Workbench
    /// The reviewer layer the claims go to; nil: the main layer.
    let layer: String?
    let importDocuments: Bool
    var claimIDs = IDRuns()
    var importEvents = 0
    var documents: Set<Int64> = []
    var importedDocuments = 0
    /// The documents each layer was assigned to by this import.
    private var assignedLayers: Set<[String]> = []
    let history: ImportedEventSpool
    /// The last document claims went to, with its text indexed (claims come grouped by document), and what named it.
    private var current: (key: (sha256: String?, text: String?), document: Document, text: DocumentText)?
    /// That document's text with line ends as `\n` when it has a `\r` (nil: the offsets need no mapping).
    private var currentBrat: BratText?
    /// Whether some project document has a `\r` (looked up once, then kept up to date by the documents this import adds):
    /// without one, no document can match a text by its line ends read as `\n`, and that scan is skipped.
    private var someDocumentHasCR: Bool?
    /// Speakers and sources already brought in by this import (their aliases and details are stored once).
    private var knownSpeakers: Set<String> = []
    private var knownSources: Set<[String]> = []
    /// Their ids and stored names, looked up once each.
    private let names = EntityIDCache()

    init(scope: ChangeScope, workbench: Workbench, layer: String?, importDocuments: Bool, history: ImportedEventSpool) {
        self.scope = scope
        self.workbench = workbench
        self.layer = layer
        self.importDocuments = importDocuments
        self.history = history
    }

    /// Stores one claim (with an `import` event when it brings no history).
    mutating func store(_ imported: ImportedClaim) throws {
        let db = scope.db
        let layer = try imported.layer.map { name throws(ClaimdeskError) in try EntityName.validate(name, what: "layer") } ?? self.layer
        let (document, text) = try document(for: imported, layer: layer)
        var state = imported.state
        if imported.docLineEndsAsLF, let brat = currentBrat { state = Workbench.fromLineEndsAsLF(state, in: text, brat) }
        state.doc = document.id
        try Workbench.checkSpan(state, in: document, text, imported.origin)
        let uid = layer == nil ? imported.uid ?? UUID().uuidString.lowercased() : UUID().uuidString.lowercased()
        if try db.value("SELECT count(*) FROM claims WHERE uid = ?", [uid]) ?? 0 > 0 {
            throw ClaimdeskError.refused("\(imported.origin): claim \(uid) is already in this project; nothing was imported")
        }
        if let existing = try ClaimRows.marking(db, docID: document.id, range: state.span, fragments: state.fragments, layer: layer) {
            throw ClaimdeskError.refused("\(imported.origin): claim \(existing) already marks \(state.start)..\(state.end) of document \(document.id); nothing was imported")
        }
        try storeEntities(imported)
        state = try ClaimRows.canonical(db, state, names: names)
        let (createdBy, createdAt) = (imported.createdBy ?? workbench.reviewer, imported.createdAt ?? scope.at)
        let id = try ClaimRows.insert(db, uid: uid, origin: imported.claimOrigin, state: state, reviewer: createdBy, at: createdAt, layer: layer,
                                      updatedBy: imported.updatedBy ?? createdBy, updatedAt: imported.updatedAt ?? createdAt,
                                      priorEvents: imported.events.isEmpty ? max(1, imported.historyCount ?? 1) : 0, names: names)
        if imported.events.isEmpty {
            try scope.record(EventRows.NewEvent(claimID: id, docID: document.id, action: "import", detail: "imported from \(imported.origin)", after: state))
            importEvents += 1
        } else {
            for event in imported.events { try history.add(ImportedHistory.Entry(subject: .claim(id: id, docID: document.id), origin: imported.origin, event: event)) }
        }
        for event in imported.entityEvents {
            guard let kind = (event["entity"] as? String).flatMap(EntityKind.init(rawValue:)) else { continue }
            try history.add(ImportedHistory.Entry(subject: .entity(kind), origin: imported.origin, event: event))
        }
        claimIDs.append(id)
    }

    /// The document a claim belongs to (by SHA-256, by exact text, or by text with line ends read as `\n`), with its text.
    private mutating func document(for claim: ImportedClaim, layer: String?) throws -> (Document, DocumentText) {
        let (document, text) = try document(for: claim, key: (claim.docSHA256, claim.docText))
        documents.insert(document.id)
        if let layer, assignedLayers.insert([String(document.id), layer]).inserted { try assignLayer(layer, docID: document.id) }
        return (document, text)
    }

    private mutating func document(for claim: ImportedClaim, key: (sha256: String?, text: String?)) throws -> (Document, DocumentText) {
        if let current, current.key == key { return (current.document, current.text) }
        let document = try existingOrImported(claim)
        let text = DocumentText(try DocumentRows.text(scope.db, id: document.id)!)
        (current, currentBrat) = ((key, document, text), text.scalars.contains("\r") ? BratText(text) : nil)
        return (document, text)
    }

    /// The claim's document, or (with `importDocuments`) the one imported from its file when the project has none.
    private mutating func existingOrImported(_ claim: ImportedClaim) throws -> Document {
        do {
            if someDocumentHasCR == nil, claim.docLineEndsAsLF {
                let lineEnds = scope.db.dialect.lineEndsAsLF("text")
                someDocumentHasCR = try scope.db.value("SELECT count(*) FROM documents WHERE \(lineEnds.hasCR)") ?? 0 > 0
            }
            return try Workbench.document(for: claim, scope.db, byLineEnds: someDocumentHasCR ?? true)
        } catch let error as ClaimdeskError {
            guard importDocuments, let path = claim.docPath else { throw error }
            let file = try TextFileDecoder.read(path: path)
            let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let id = try DocumentRows.insert(scope.db, DocumentRows.NewDocument(
                title: title, path: path, metadata: DocumentMetadata(), sha256: file.sha256, text: file.text,
                importedBy: workbench.reviewer, importedAt: scope.at))
            try scope.record(EventRows.NewEvent(docID: id, action: "import", detail: "imported \(path) (\(file.byteCount) bytes, sha256 \(file.sha256.prefix(12))) with its annotations"))
            importedDocuments += 1
            if file.text.unicodeScalars.contains("\r") { someDocumentHasCR = true }
            return try DocumentRows.fetch(scope.db, id: id)!
        }
    }

    /// Assigns the layer's reviewer to a document the claims go to, unless already assigned (an `assign` event).
    private func assignLayer(_ layer: String, docID: Int64) throws {
        let assigned = try AssignmentRows.all(scope.db, docID: docID)
        if assigned.contains(where: { $0.adjudicatedAt != nil }) {
            throw ClaimdeskError.refused("document \(docID) was adjudicated; its layers are closed and nothing was imported")
        }
        guard !assigned.contains(where: { $0.reviewer == layer }) else { return }
        try AssignmentRows.add(scope.db, docID: docID, reviewer: layer, blind: false, by: workbench.reviewer, at: scope.at)
        try scope.record(EventRows.NewEvent(docID: docID, action: "assign", detail: "\(layer) (layer imported)"))
    }

    /// The claim's speaker with its aliases and its sources' kinds and urls, each change an entity event
    /// (each speaker and source looked at once per import).
    private mutating func storeEntities(_ claim: ImportedClaim) throws {
        let db = scope.db
        if let speaker = claim.state.speaker,
           knownSpeakers.insert(claim.speakerAliases.isEmpty ? speaker : ([speaker] + claim.speakerAliases).joined(separator: "\u{0}")).inserted {
            let speakerID = try names.speakerID(db, speaker)
            try scope.touch(EntityReference(kind: .speaker, id: speakerID), action: "import-annotations")
            for alias in claim.speakerAliases where try SpeakerRows.find(db, name: alias) == nil {
                try SpeakerRows.addAlias(db, alias, speakerID: speakerID)
            }
        }
        for (name, details) in claim.sourceDetails where knownSources.insert([name, details.kind ?? "", details.url ?? ""]).inserted {
            let sourceID = try names.sourceID(db, name)
            try scope.touch(EntityReference(kind: .source, id: sourceID), action: "import-annotations")
            try SourceRows.setDetails(db, id: sourceID, kind: details.kind, url: details.url, overwrite: false)
        }
    }
}

extension Workbench {
    /// A state whose offsets count line ends as `\n` (brat), moved to the document's own offsets.
    fileprivate static func fromLineEndsAsLF(_ state: ClaimState, in text: DocumentText, _ brat: BratText) -> ClaimState {
        let map = { (offset: Int?) in offset.map { brat.original(offset: $0) } }
        var mapped = state
        (mapped.start, mapped.end) = (brat.original(offset: state.start), brat.original(offset: state.end))
        mapped.fragments = state.fragments?.map { brat.original(offset: $0.lowerBound)..<brat.original(offset: $0.upperBound) }
        mapped.text = text.slice(mapped.span)
        (mapped.speakerStart, mapped.speakerEnd) = (map(state.speakerStart), map(state.speakerEnd))
        (mapped.cueStart, mapped.cueEnd) = (map(state.cueStart), map(state.cueEnd))
        if let start = mapped.cueStart, let end = mapped.cueEnd { mapped.cue = text.slice(start..<end) }
        return mapped
    }

    /// The document a claim belongs to: by SHA-256, by exact text, or (`byLineEnds`) by text with line ends read as `\n`.
    fileprivate static func document(for claim: ImportedClaim, _ db: any SQLDatabase, byLineEnds: Bool) throws -> Document {
        if let sha = claim.docSHA256, let document = try DocumentRows.fetch(db, sha256: sha) { return document }
        if let text = claim.docText, let document = try DocumentRows.fetch(db, sha256: SHA256.hexDigest(of: Array(text.utf8))) { return document }
        let lineEnds = db.dialect.lineEndsAsLF("text")
        if byLineEnds, let text = claim.docText, claim.docLineEndsAsLF, let id: Int64 = try db.value("""
            SELECT id FROM documents WHERE \(lineEnds.hasCR) AND \(lineEnds.normalized) = ? ORDER BY id LIMIT 1
            """, [text]), let document = try DocumentRows.fetch(db, id: id) {
            return document
        }
        throw ClaimdeskError.badInput("\(claim.origin): its document is not in this project; import the document's text first (import PATH)")
    }

    fileprivate static func checkSpan(_ state: ClaimState, in document: Document, _ text: DocumentText, _ origin: String) throws {
        do {
            try SpanValidator.validate(state.span, in: text)
            for fragment in state.fragments ?? [] { try SpanValidator.validate(fragment, in: text, what: "fragment") }
            if let start = state.speakerStart, let end = state.speakerEnd { try SpanValidator.validate(start, end, in: text, what: "the speaker mention") }
            if let start = state.cueStart, let end = state.cueEnd { try SpanValidator.validate(start, end, in: text, what: "the cue") }
        } catch {
            throw ClaimdeskError.badInput("\(origin): \(error.message)")
        }
        guard text.slice(state.span) == state.text, state.cue == state.cueStart.flatMap({ start in state.cueEnd.map { text.slice(start..<$0) } }) else {
            throw ClaimdeskError.badInput("\(origin): the text at \(state.start)..\(state.end) of document \(document.id) is not the claim's text (or its cue's); the offsets do not fit this document")
        }
    }
}
