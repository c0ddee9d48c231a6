
/// A claim as listed by `claims`: enough to find it, without its child rows.
public struct ClaimSummary: Sendable, Equatable {
    public let id: Int64
    public let docID: Int64
    public let start: Int
    public let end: Int
    public let text: String
    public let status: VerificationStatus
    public let speaker: String?
    public let reviewState: ReviewState
    public var attribution: AttributionStatus = .unverified
    /// The reviewer whose layer holds it (double annotation), nil in the main layer.
    public var layer: String? = nil
    /// The pieces of a claim with gaps (nil: one span); see ``ClaimFragments``.
    public var fragments: [Range<Int>]? = nil

    /// One summary per piece of a claim with gaps (each with the piece's span), else itself.
    var pieces: [ClaimSummary] {
        guard let fragments else { return [self] }
        return fragments.map { piece in
            ClaimSummary(id: id, docID: docID, start: piece.lowerBound, end: piece.upperBound, text: text, status: status, speaker: speaker,
                         reviewState: reviewState, attribution: attribution, layer: layer)
        }
    }

    /// The text as read: `text`, or the pieces' texts joined by ` … `.
    public var joinedText: String { ClaimFragments.joinedText(text, start: start, fragments: fragments) }
}

extension ClaimSummary {
    /// Columns of a row of ``Workbench/forEachClaimRow(_:_:)``, by position.
    enum Column {
        static let (id, docID, start, end, text, status, reviewState, speaker, attribution, layer, fragments) = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    }

    /// The summary of a row of ``Workbench/forEachClaimRow(_:_:)``.
    init(_ row: any SQLCursorRow) {
        self.init(id: row.integer(Column.id) ?? 0, docID: row.integer(Column.docID) ?? 0,
                  start: Int(row.integer(Column.start) ?? 0), end: Int(row.integer(Column.end) ?? 0), text: row.string(Column.text) ?? "",
                  status: row.string(Column.status).flatMap(VerificationStatus.init(rawValue:)) ?? .unverified, speaker: row.string(Column.speaker),
                  reviewState: row.string(Column.reviewState).flatMap(ReviewState.init(rawValue:)) ?? .open,
                  attribution: row.string(Column.attribution).flatMap(AttributionStatus.init(rawValue:)) ?? .unverified,
                  layer: row.string(Column.layer), fragments: ClaimFragments.parse(row.string(Column.fragments)))
    }
}

/// Where a claim sits in document order: document, start, id.
public struct ClaimPlace: Sendable, Equatable {
    public let id: Int64
    public let docID: Int64
    public let start: Int
}

extension Workbench {
    /// Calls `body` for each claim the filter takes, ordered by document, start, id; streams rows.
    public func forEachClaim(_ filter: ClaimFilter, _ body: (ClaimSummary) throws -> Void) throws(ClaimdeskError) {
        try forEachClaimRow(filter) { row in try body(ClaimSummary(row)) }
    }

    /// ``forEachClaim(_:_:)``'s rows read in place, columns in ``ClaimSummary/init(_:)``'s order: the `claims`
    /// listing writes them as bytes (no `String` per text, no summary). The row is valid only while `body` runs.
    func forEachClaimRow(_ filter: ClaimFilter, _ body: (any SQLCursorRow) throws -> Void) throws(ClaimdeskError) {
        try store.read { db in
            let (condition, arguments) = try filter.sql(db, reviewer: reviewer)
            try db.forEachCursorRow("""
                SELECT c.id, c.doc_id, c.start, c."end", c.text, c.status, c.review_state, s.name AS speaker, c.attribution_status, c.layer, c.fragments
                FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
                WHERE \(condition) ORDER BY c.doc_id, c.start, c.id
                """, arguments) { row in
                try checkCancelled()
                try body(row)
            }
        }
    }

    /// Claims in one document that overlap a range, with their state (for `show`).
    public func claims(in docID: Int64, overlapping range: Range<Int>) throws(ClaimdeskError) -> [ClaimSummary] {
        var found: [ClaimSummary] = []
        try forEachClaim(ClaimFilter(docID: docID)) { claim in
            if claim.start < range.upperBound && claim.end > range.lowerBound { found.append(claim) }
        }
        return found
    }

    /// The first claim the filter takes after `place` in document order (from the start when nil): one index seek.
    public func nextClaim(_ filter: ClaimFilter, after place: ClaimPlace?) throws(ClaimdeskError) -> ClaimPlace? {
        try store.read { db in
            var (condition, arguments) = try filter.sql(db, reviewer: reviewer)
            if let place {
                condition += " AND (c.doc_id, c.start, c.id) > (?, ?, ?)"
                arguments += [place.docID, place.start, place.id]
            }
            return try db.row("""
                SELECT c.id, c.doc_id, c.start FROM \(db.dialect.claimsInPositionOrder) WHERE \(condition) ORDER BY c.doc_id, c.start, c.id LIMIT 1
                """, arguments).map { ClaimPlace(id: $0[0], docID: $0[1], start: $0[2]) }
        }
    }

    /// The number of live claims the filter takes; with `limit`, counted no further than that (counting a hundred
    /// thousand claims reads as many index entries, milliseconds each time).
    public func count(_ filter: ClaimFilter, upTo limit: Int? = nil) throws(ClaimdeskError) -> Int {
        try store.read { db in
            let (condition, arguments) = try filter.sql(db, reviewer: reviewer)
            guard let limit else { return try db.value("SELECT count(*) FROM claims c WHERE \(condition)", arguments) ?? 0 }
            return try db.value("SELECT count(*) FROM (SELECT 1 FROM claims c WHERE \(condition) LIMIT ?) counted", arguments + [limit]) ?? 0
        }
    }

    /// The newest event's id: it changes with every change to the project, whoever makes it (nil: no event yet).
    public func lastEventID() throws(ClaimdeskError) -> Int64? {
        try store.read { db in try EventRows.lastID(db) }
    }

    /// The numbers of the most recently created live claims, newest first.
    public func recentClaimIDs(limit: Int) throws(ClaimdeskError) -> [Int64] {
        try store.read { db in try db.values("SELECT id FROM claims WHERE deleted = 0 ORDER BY id DESC LIMIT ?", [limit]) }
    }

    /// The number of live claims per document that the reviewer sees (see ``LayerScope/visible``).
    public func claimCounts() throws(ClaimdeskError) -> [Int64: Int] {
        try store.read { db in
            let (visible, arguments) = try ClaimFilter().sql(db, reviewer: reviewer)
            var counts: [Int64: Int] = [:]
            for row in try db.rows("SELECT c.doc_id, count(*) FROM claims c WHERE \(visible) GROUP BY c.doc_id", arguments) {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    /// Speakers with their aliases and the counts of their claims the reviewer sees.
    public func speakers() throws(ClaimdeskError) -> [SpeakerSummary] {
        try store.read { db in
            let (visible, arguments) = try ClaimFilter().sql(db, reviewer: reviewer)
            return try db.rows("""
                SELECT s.id, s.name, s.kind, s.note, (SELECT count(*) FROM claims c WHERE c.speaker_id = s.id AND \(visible)) AS claims
                FROM speakers s ORDER BY \(db.dialect.nameOrder("s.name"))
                """, arguments).map { row in
                    SpeakerSummary(name: row["name"], kind: row["kind"], note: row["note"],
                                   aliases: try SpeakerRows.aliases(db, speakerID: row["id"]), claims: row["claims"])
                }
        }
    }

    /// Whether `name` is a speaker's name or alias (without ASCII case).
    public func isSpeaker(_ name: String) throws(ClaimdeskError) -> Bool {
        try store.read { db in try SpeakerRows.find(db, name: name) != nil }
    }

    /// Speakers that may be the person `name` names under another name: their names end with the same word
    /// (`Maria Lopez` for `Sen. Maria Lopez`).
    public func speakers(sharingLastWordWith name: String) throws(ClaimdeskError) -> [String] {
        try store.read { db in try SpeakerRows.sharingLastWord(db, with: name) }
    }
}
