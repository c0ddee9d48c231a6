import Foundation

/// Reads and writes claims and their child rows (sources, evidence, tags).
///
/// Writing a ``ClaimState`` replaces the claim's columns and child rows so the
/// stored claim equals the snapshot exactly; callers record the matching event.
enum ClaimRows {
    static func fetch(_ db: any SQLDatabase, id: Int64) throws -> Claim? {
        guard let row = try db.row(selectClaim + " WHERE c.id = ?", [id]) else { return nil }
        return try claim(from: row, db)
    }

    static func fetch(_ db: any SQLDatabase, uidPrefix: String) throws -> [Claim] {
        let pattern = uidPrefix.likeEscaped + "%"
        return try db.rows(selectClaim + " WHERE c.uid LIKE ? ESCAPE '\\' LIMIT 2", [pattern]).map { try claim(from: $0, db) }
    }

    /// The live claim of a layer (nil: the main layer) that marks exactly `range` of a document with
    /// the same `fragments` (nil: as one span), if any.
    static func marking(_ db: any SQLDatabase, docID: Int64, range: Range<Int>, fragments: [Range<Int>]?, layer: String? = nil) throws -> Int64? {
        try db.value("""
            SELECT id FROM claims WHERE doc_id = ? AND start = ? AND "end" = ? AND deleted = 0 AND coalesce(layer, '') = ?
                AND coalesce(fragments, '') = ?
            """, [docID, range.lowerBound, range.upperBound, layer ?? "", fragments.map(ClaimFragments.text) ?? ""])
    }

    /// The claim's columns (``Column``, in order) and its speaker's name; ``claim(from:_:)`` reads them by position.
    static let selectClaim = """
        SELECT \(Column.selection) FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
        """

    static func claim(from row: SQLRow, _ db: any SQLDatabase) throws -> Claim {
        let id: Int64 = row[.id]
        return claim(from: row, sources: try sources(db, claimID: id), evidence: try evidence(db, claimID: id),
                     tags: try db.values("SELECT tag FROM claim_tags WHERE claim_id = ? ORDER BY tag", [id]))
    }

    /// The claims whose ids lie in `ids`, by id, with their child rows: four queries however many claims.
    ///
    /// ```swift
    /// let window = try ClaimRows.fetch(db, ids: 1..<1025)   // what verify compares its replay with
    /// ```
    static func fetch(_ db: any SQLDatabase, ids: Range<Int64>) throws -> [Int64: Claim] {
        let bounds: [(any SQLBindable)?] = [ids.lowerBound, ids.upperBound]
        var sources: [Int64: [SourceLink]] = [:], evidence: [Int64: [EvidenceItem]] = [:], tags: [Int64: [String]] = [:]
        try db.forEachRow("""
            SELECT cs.claim_id, s.name, cs.via, cs.primary_record FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
            WHERE cs.claim_id >= ? AND cs.claim_id < ? ORDER BY cs.claim_id, cs.position
            """, bounds) { sources[$0[0], default: []].append(SourceLink(name: $0[1], via: $0[2], primary: $0[3])) }
        try db.forEachRow("""
            SELECT claim_id, ref, stance, note, reviewer, at, about FROM evidence
            WHERE claim_id >= ? AND claim_id < ? ORDER BY claim_id, position
            """, bounds) { evidence[$0[0], default: []].append(evidenceItem($0)) }
        try db.forEachRow("SELECT claim_id, tag FROM claim_tags WHERE claim_id >= ? AND claim_id < ? ORDER BY claim_id, tag", bounds) {
            tags[$0[0], default: []].append($0[1])
        }
        var claims: [Int64: Claim] = [:]
        try db.forEachRow(selectClaim + " WHERE c.id >= ? AND c.id < ?", bounds) { row in
            let id: Int64 = row[.id]
            claims[id] = claim(from: row, sources: sources[id] ?? [], evidence: evidence[id] ?? [], tags: tags[id] ?? [])
        }
        return claims
    }

    private static func claim(from row: SQLRow, sources: [SourceLink], evidence: [EvidenceItem], tags: [String]) -> Claim {
        var state = ClaimState(doc: row[.docID], start: row[.start], end: row[.end], text: row[.text])
        state.fragments = ClaimFragments.parse(row[.fragments])
        state.speaker = row[.speakerName]
        state.speakerStart = row[.speakerStart]
        state.speakerEnd = row[.speakerEnd]
        state.cue = row[.cue]
        state.cueStart = row[.cueStart]
        state.cueEnd = row[.cueEnd]
        state.quoteType = (row[.quoteType] as String?).flatMap(QuoteType.init(rawValue:))
        state.status = VerificationStatus(rawValue: row[.status]) ?? .unverified
        state.rationale = row[.rationale]
        state.attribution = AttributionStatus(rawValue: row[.attributionStatus]) ?? .unverified
        state.attributionRationale = row[.attributionRationale]
        state.reviewState = ReviewState(rawValue: row[.reviewState]) ?? .open
        state.anchor = (row[.anchor] as String?).flatMap(AnchorState.init(rawValue:))
        state.deleted = row[.deleted]
        (state.sources, state.evidence, state.tags) = (sources, evidence, tags)
        return Claim(id: row[.id], uid: row[.uid], docID: row[.docID], layer: row[.layer],
                     origin: ClaimOrigin(rawValue: row[.origin]) ?? .manual,
                     createdBy: row[.createdBy], createdAt: row[.createdAt],
                     updatedBy: row[.updatedBy], updatedAt: row[.updatedAt], state: state)
    }

    /// The columns ``selectClaim`` selects, in order: read by position, not looked up by name on every row.
    fileprivate enum Column: Int, CaseIterable {
        case id, uid, docID, layer, start, end, text, fragments, speakerName, speakerStart, speakerEnd, cue, cueStart, cueEnd
        case quoteType, status, rationale, attributionStatus, attributionRationale, reviewState, anchor, deleted, origin
        case createdBy, createdAt, updatedBy, updatedAt

        /// The SQL of the columns, in case order (the speaker's name from `s`, the rest from `c`).
        static let selection: String = {
            let names = ["id", "uid", "doc_id", "layer", "start", #""end""#, "text", "fragments", "speaker_name", "speaker_start",
                         "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "status", "rationale", "attribution_status",
                         "attribution_rationale", "review_state", "anchor", "deleted", "origin", "created_by", "created_at",
                         "updated_by", "updated_at"]
            precondition(names.count == allCases.count, "one column name per case")
            return names.map { $0 == "speaker_name" ? "s.name" : "c." + $0 }.joined(separator: ", ")
        }()
    }

    private static func sources(_ db: any SQLDatabase, claimID: Int64) throws -> [SourceLink] {
        try db.rows("""
            SELECT s.name, cs.via, cs.primary_record FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
            WHERE cs.claim_id = ? ORDER BY cs.position
            """, [claimID]).map { SourceLink(name: $0["name"], via: $0["via"], primary: $0["primary_record"]) }
    }

    private static func evidence(_ db: any SQLDatabase, claimID: Int64) throws -> [EvidenceItem] {
        try db.rows("""
            SELECT claim_id, ref, stance, note, reviewer, at, about FROM evidence WHERE claim_id = ? ORDER BY position
            """, [claimID]).map(evidenceItem)
    }

    /// An evidence row read as `claim_id, ref, stance, note, reviewer, at, about`.
    private static func evidenceItem(_ row: SQLRow) -> EvidenceItem {
        EvidenceItem(ref: row[1], stance: EvidenceStance(rawValue: row[2]) ?? .context, note: row[3], reviewer: row[4], at: row[5],
                     about: EvidenceAbout(rawValue: row[6]) ?? .content)
    }

    /// `state` with its speaker and sources spelled as stored: a name or alias of a speaker becomes
    /// the speaker's name, a source's name its stored spelling (new names stay as given). Writing the
    /// result stores exactly it, so the event recording it equals the stored claim.
    /// `names` keeps what it looked up for the next claims of the same write (a bulk import).
    static func canonical(_ db: any SQLDatabase, _ state: ClaimState, names: EntityIDCache = EntityIDCache()) throws -> ClaimState {
        var canonical = state
        canonical.speaker = try state.speaker.map { try names.speakerName(db, $0) }
        canonical.sources = try state.sources.map { link in
            var stored = link
            stored.name = try names.sourceName(db, link.name)
            return stored
        }
        return canonical
    }

    /// Inserts a new claim row (of a layer; nil: the main layer) and its children; returns its id. An imported claim
    /// keeps who changed it last and when, and how many events it had before (`priorEvents`).
    static func insert(_ db: any SQLDatabase, uid: String, origin: ClaimOrigin, state: ClaimState, reviewer: String, at: String,
                       layer: String? = nil, updatedBy: String? = nil, updatedAt: String? = nil, priorEvents: Int = 0,
                       names: EntityIDCache = EntityIDCache()) throws -> Int64 {
        let speakerID = try state.speaker.map { try names.speakerID(db, $0) }
        let id = try db.insert("""
            INSERT INTO claims (uid, doc_id, start, "end", text, speaker_id, speaker_start, speaker_end, cue, cue_start, cue_end,
                quote_type, status, rationale, attribution_status, attribution_rationale, review_state, anchor, deleted, origin,
                created_by, created_at, updated_by, updated_at, layer, prior_events, fragments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [uid, state.doc, state.start, state.end, state.text, speakerID, state.speakerStart, state.speakerEnd,
                  state.cue, state.cueStart, state.cueEnd, state.quoteType?.rawValue, state.status.rawValue, state.rationale,
                  state.attribution.rawValue, state.attributionRationale, state.reviewState.rawValue, state.anchor?.rawValue, state.deleted, origin.rawValue,
                  reviewer, at, updatedBy ?? reviewer, updatedAt ?? at, layer, priorEvents, state.fragments.map(ClaimFragments.text)])
        try writeChildren(db, id: id, state: state, names: names)
        try SearchIndex.claimAdded(db, id: id, state: state)
        return id
    }

    /// Makes the stored claim equal `state`.
    static func write(_ db: any SQLDatabase, id: Int64, state: ClaimState, reviewer: String, at: String) throws {
        let speakerID = try state.speaker.map { try SpeakerRows.resolveOrCreate(db, name: $0) }
        try db.execute("""
            UPDATE claims SET doc_id = ?, start = ?, "end" = ?, text = ?, speaker_id = ?, speaker_start = ?, speaker_end = ?,
                cue = ?, cue_start = ?, cue_end = ?, quote_type = ?, status = ?, rationale = ?,
                attribution_status = ?, attribution_rationale = ?, review_state = ?, anchor = ?, deleted = ?, updated_by = ?, updated_at = ?,
                fragments = ?
            WHERE id = ?
            """, [state.doc, state.start, state.end, state.text, speakerID, state.speakerStart, state.speakerEnd,
                  state.cue, state.cueStart, state.cueEnd, state.quoteType?.rawValue, state.status.rawValue,
                  state.rationale, state.attribution.rawValue, state.attributionRationale, state.reviewState.rawValue, state.anchor?.rawValue, state.deleted, reviewer, at,
                  state.fragments.map(ClaimFragments.text), id])
        for table in ["claim_sources", "evidence", "claim_tags"] {
            try db.execute("DELETE FROM \(table) WHERE claim_id = ?", [id])
        }
        try writeChildren(db, id: id, state: state)
        try SearchIndex.claimChanged(db, id: id, state: state)
    }

    private static func writeChildren(_ db: any SQLDatabase, id: Int64, state: ClaimState, names: EntityIDCache = EntityIDCache()) throws {
        for (position, link) in state.sources.enumerated() {
            let sourceID = try names.sourceID(db, link.name)
            try db.execute("INSERT INTO claim_sources (claim_id, position, source_id, via, primary_record) VALUES (?, ?, ?, ?, ?)",
                           [id, position, sourceID, link.via, link.primary])
        }
        for (position, item) in state.evidence.enumerated() {
            try db.execute("""
                INSERT INTO evidence (claim_id, position, ref, stance, note, reviewer, at, about) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, item.ref, item.stance.rawValue, item.note, item.reviewer, item.at, item.about.rawValue])
        }
        for tag in state.tags {
            try db.execute("INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)", [id, tag])
        }
    }
}

private extension SQLRow {
    subscript<T: SQLReadable>(_ column: ClaimRows.Column) -> T { self[column.rawValue] }
    subscript<T: SQLReadable>(_ column: ClaimRows.Column) -> T? { self[column.rawValue] }
}
