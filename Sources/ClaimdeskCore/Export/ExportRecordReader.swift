
/// Streams ``ExportRecord``s in contract order (document, start, claim id) with flat memory.
///
/// Child rows (sources, evidence, tags) are loaded one document at a time, and
/// only the current document's text is held, so memory stays flat however large
/// the project.
struct ExportRecordReader {
    let filter: ClaimFilter
    var withHistory = false
    /// Counts the records as they stream, when shown.
    var progress: ProgressLine?

    func forEach(_ db: any SQLDatabase, _ body: (ExportRecord) throws -> Void) throws {
        let (condition, arguments) = try filter.sql(db)
        if let progress {
            progress.start(total: try db.value("SELECT count(*) FROM claims c WHERE \(condition)", arguments) ?? 0)
        }
        defer { progress?.finish() }
        var document: LoadedDocument?
        var aliases = SpeakerAliasCache()
        try db.forEachRow("""
            SELECT \(Column.selection) FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
            WHERE \(condition) ORDER BY c.doc_id, c.start, c.id
            """, arguments) { row in
            let docID: Int64 = row[.docID]
            if document?.document.id != docID { document = try LoadedDocument(db, id: docID, withHistory: withHistory) }
            try body(try record(row, in: document!, aliases: &aliases, db))
            progress?.advance()
        }
    }

    private func record(_ row: SQLRow, in loaded: LoadedDocument, aliases: inout SpeakerAliasCache, _ db: any SQLDatabase) throws -> ExportRecord {
        let id: Int64 = row[.id]
        let range = (row[.start] as Int)..<(row[.end] as Int)
        let status = VerificationStatus(rawValue: row[.status]) ?? .unverified
        return ExportRecord(
            id: row[.uid], docID: loaded.document.uid, docTitle: loaded.document.title, docSHA256: loaded.document.sha256,
            docURL: loaded.document.url, start: range.lowerBound, end: range.upperBound, text: row[.text],
            prefix: loaded.text.prefix(before: range), suffix: loaded.text.suffix(after: range),
            speaker: row[.speakerName], speakerAliases: try aliases.aliases(of: row[.speakerID], db),
            speakerStart: row[.speakerStart], speakerEnd: row[.speakerEnd],
            cue: row[.cue], cueStart: row[.cueStart], cueEnd: row[.cueEnd],
            quoteType: (row[.quoteType] as String?).flatMap(QuoteType.init(rawValue:)),
            sources: loaded.sources[id] ?? [], status: status, rationale: row[.rationale],
            evidence: loaded.evidence[id] ?? [], tags: loaded.tags[id] ?? [],
            origin: ClaimOrigin(rawValue: row[.origin]) ?? .manual,
            reviewState: ReviewState(rawValue: row[.reviewState]) ?? .open,
            createdBy: row[.createdBy], createdAt: row[.createdAt], updatedBy: row[.updatedBy], updatedAt: row[.updatedAt],
            historyCount: row[.historyCount], fragments: ClaimFragments.parse(row[.fragments]),
            attribution: AttributionStatus(rawValue: row[.attributionStatus]) ?? .unverified,
            attributionRationale: row[.attributionRationale], events: withHistory ? loaded.events[id] ?? [] : nil,
            entityEvents: withHistory ? loaded.entityEvents[id] ?? [] : nil,
            docPublished: loaded.document.published, speakerKind: row[.speakerKind], number: id)
    }

    /// The columns the reader selects, in order: read by position, not looked up by name on every row.
    fileprivate enum Column: Int, CaseIterable {
        case id, uid, docID, start, end, text, speakerID, speakerStart, speakerEnd, cue, cueStart, cueEnd, quoteType, status
        case rationale, reviewState, origin, createdBy, createdAt, updatedBy, updatedAt, fragments, attributionStatus
        case attributionRationale, speakerName, speakerKind, historyCount

        /// The SQL of each column, in case order.
        static let selection = allCases.map(\.sql).joined(separator: ", ")

        private var sql: String {
            switch self {
            case .id: "c.id"
            case .uid: "c.uid"
            case .docID: "c.doc_id"
            case .start: "c.start"
            case .end: #"c."end""#
            case .text: "c.text"
            case .speakerID: "c.speaker_id"
            case .speakerStart: "c.speaker_start"
            case .speakerEnd: "c.speaker_end"
            case .cue: "c.cue"
            case .cueStart: "c.cue_start"
            case .cueEnd: "c.cue_end"
            case .quoteType: "c.quote_type"
            case .status: "c.status"
            case .rationale: "c.rationale"
            case .reviewState: "c.review_state"
            case .origin: "c.origin"
            case .createdBy: "c.created_by"
            case .createdAt: "c.created_at"
            case .updatedBy: "c.updated_by"
            case .updatedAt: "c.updated_at"
            case .fragments: "c.fragments"
            case .attributionStatus: "c.attribution_status"
            case .attributionRationale: "c.attribution_rationale"
            case .speakerName: "s.name"
            case .speakerKind: "s.kind"
            case .historyCount: "c.prior_events + (SELECT count(*) FROM events e WHERE e.claim_id = c.id AND e.action <> 'import')"
            }
        }
    }
}

private extension SQLRow {
    subscript<T: SQLReadable>(_ column: ExportRecordReader.Column) -> T { self[column.rawValue] }
    subscript<T: SQLReadable>(_ column: ExportRecordReader.Column) -> T? { self[column.rawValue] }
}

/// One document's text and its claims' child rows, keyed by claim id.
///
/// Child rows are read in the claims' position order (the index the join walks), so no query needs a sort.
private struct LoadedDocument {
    let document: Document
    let text: DocumentText
    var sources: [Int64: [ExportedSource]] = [:]
    var evidence: [Int64: [EvidenceItem]] = [:]
    var tags: [Int64: [String]] = [:]
    var events: [Int64: [ExportedEvent]] = [:]
    var entityEvents: [Int64: [ExportedEvent]] = [:]

    init(_ db: any SQLDatabase, id: Int64, withHistory: Bool) throws {
        document = try DocumentRows.fetch(db, id: id)!
        text = DocumentText(try DocumentRows.text(db, id: id)!, characterBoundaries: false)
        for row in try db.rows("""
            SELECT cs.claim_id, s.name, s.kind, cs.via, s.url, cs.primary_record FROM claim_sources cs
            JOIN claims c ON c.id = cs.claim_id JOIN sources s ON s.id = cs.source_id
            WHERE c.doc_id = ? ORDER BY c.start, c.id, cs.position
            """, [id]) {
            sources[row[0], default: []].append(ExportedSource(name: row[1], kind: row[2], via: row[3], url: row[4], primary: row[5]))
        }
        for row in try db.rows("""
            SELECT ev.claim_id, ev.ref, ev.stance, ev.note, ev.reviewer, ev.at, ev.about FROM evidence ev
            JOIN claims c ON c.id = ev.claim_id WHERE c.doc_id = ? ORDER BY c.start, c.id, ev.position
            """, [id]) {
            evidence[row[0], default: []].append(EvidenceItem(ref: row[1], stance: EvidenceStance(rawValue: row[2]) ?? .context,
                                                              note: row[3], reviewer: row[4], at: row[5],
                                                              about: EvidenceAbout(rawValue: row[6]) ?? .content))
        }
        for row in try db.rows("""
            SELECT t.claim_id, t.tag FROM claim_tags t JOIN claims c ON c.id = t.claim_id WHERE c.doc_id = ? ORDER BY c.start, c.id, t.tag
            """, [id]) {
            tags[row[0], default: []].append(row[1])
        }
        if withHistory { try loadEvents(db, docID: id) }
    }

    private mutating func loadEvents(_ db: any SQLDatabase, docID: Int64) throws {
        for row in try db.rows("""
            SELECT e.claim_id, e.id, e.at, e.reviewer, e.action, e.detail, e.before, e.after, e.reverts FROM events e
            JOIN claims c ON c.id = e.claim_id WHERE c.doc_id = ? ORDER BY e.claim_id, e.id
            """, [docID]) {
            events[row[0], default: []].append(ExportedEvent(id: row[1], at: row[2], reviewer: row[3], action: row[4], detail: row[5],
                                                             beforeJSON: row[6], afterJSON: row[7], reverts: row[8]))
        }
        for row in try db.rows("""
            SELECT DISTINCT cited.claim_id, e.id, e.at, e.reviewer, e.action, e.detail, e.before, e.after, e.reverts, e.entity_kind FROM (
                SELECT c.id AS claim_id, 'speaker' AS kind, c.speaker_id AS entity_id FROM claims c WHERE c.doc_id = ? AND c.speaker_id IS NOT NULL
                UNION SELECT cs.claim_id, 'source', cs.source_id FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id WHERE c.doc_id = ?
            ) cited JOIN events e ON e.entity_kind = cited.kind AND e.entity_id = cited.entity_id
            WHERE \(EventRows.currentLife)
            ORDER BY cited.claim_id, e.id
            """, [docID, docID]) {
            entityEvents[row[0], default: []].append(ExportedEvent(id: row[1], entity: EntityKind(rawValue: row[9]), at: row[2], reviewer: row[3],
                                                                   action: row[4], detail: row[5], beforeJSON: try Self.canonical(row[6]),
                                                                   afterJSON: try Self.canonical(row[7]), reverts: row[8]))
        }
    }
}

extension LoadedDocument {
    /// An entity snapshot in its one JSON form (a migration's `baseline` is stored as the database wrote it).
    fileprivate static func canonical(_ json: String?) throws -> String? {
        try json.map { try EntityState.decode($0).json }
    }
}

/// Speaker aliases, loaded once per speaker.
private struct SpeakerAliasCache {
    private var cache: [Int64: [String]] = [:]

    mutating func aliases(of speakerID: Int64?, _ db: any SQLDatabase) throws -> [String] {
        guard let speakerID else { return [] }
        if let known = cache[speakerID] { return known }
        let aliases = try SpeakerRows.aliases(db, speakerID: speakerID)
        cache[speakerID] = aliases
        return aliases
    }
}
