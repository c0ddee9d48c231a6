extension Workbench {
    /// Ranked hits of a query over every current document, or over claims' text, rationale and notes.
    ///
    /// Documents come best first (bm25 on SQLite, ts_rank on PostgreSQL), their hits in text order;
    /// each claim is one hit, at the words it matched in its text (or its whole span when only its
    /// notes matched).
    public func search(_ request: SearchRequest) throws(ClaimdeskError) -> [SearchHit] {
        try store.read { db in
            request.claims ? try searchClaims(db, request) : try searchDocuments(db, request)
        }
    }

    private func searchDocuments(_ db: any SQLDatabase, _ request: SearchRequest) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        for docID in try matchingDocuments(db, request.query, among: request.documents, limit: request.limit) {
            let text = try DocumentRows.text(db, id: docID) ?? ""
            for range in Self.occurrences(of: request.query, in: text) {
                guard hits.count < request.limit else { return hits }
                hits.append(SearchHit(docID: docID, range: range, claim: nil, note: nil))
            }
        }
        return hits
    }

    /// Documents matching `query`, best first (newest first unless `ranked`): the current versions, or those named.
    func matchingDocuments(_ db: any SQLDatabase, _ query: SearchQuery, among documents: [Int64], excluding excluded: Int64? = nil, limit: Int,
                           ranked: Bool = true) throws -> [Int64] {
        let match = ranked ? db.dialect.search.match(query, in: .documents) : db.dialect.search.newest(query, in: .documents)
        var conditions = [match.condition]
        var arguments = match.arguments
        if documents.isEmpty {
            conditions.append("NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.previous_id = d.id)")
        } else {
            conditions.append("d.id IN (\(documents.map { _ in "?" }.joined(separator: ", ")))")
            arguments += documents.map { $0 as (any SQLBindable)? }
        }
        if let excluded {
            conditions.append("d.id <> ?")
            arguments.append(excluded)
        }
        return try db.values("""
            SELECT d.id FROM \(match.from) JOIN documents d ON d.id = \(match.key)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(match.order) LIMIT ?
            """, arguments + [limit])
    }

    private func searchClaims(_ db: any SQLDatabase, _ request: SearchRequest) throws -> [SearchHit] {
        var filter = ClaimSearchFilter(statuses: request.statuses, documents: request.documents)
        if let name = request.speaker {
            guard let speaker = try SpeakerRows.find(db, name: name) else {
                throw ClaimdeskError.notFound("no speaker '\(name)'; `speakers` lists them")
            }
            filter.speakerID = speaker.id
        }
        return try matchingClaims(db, request.query, in: .claims, filter: filter, limit: request.limit).map { claim in
            guard let first = Self.occurrences(of: request.query, in: claim.state.text).first else {
                let notes = ([claim.state.rationale] + claim.state.evidence.map(\.note)).compactMap { $0 }.joined(separator: " · ")
                return SearchHit(docID: claim.docID, range: claim.state.span, claim: claim, note: notes)
            }
            let start = claim.state.start
            return SearchHit(docID: claim.docID, range: (first.lowerBound + start)..<(first.upperBound + start), claim: claim, note: nil)
        }
    }

    /// Live claims matching `query`, best first: the newest ``SearchMatch/window`` matches, ranked by ``ClaimRanking``.
    func matchingClaims(_ db: any SQLDatabase, _ query: SearchQuery, in target: SearchTarget, filter: ClaimSearchFilter, limit: Int) throws -> [Claim] {
        let newest = try matchingClaimRows(db, query, in: target, filter: filter, limit: SearchMatch.window)
        return try ClaimRanking(query: query).best(newest, limit: limit).compactMap { try ClaimRows.fetch(db, id: $0["id"]) }
    }

    /// Live claims matching `query`, newest first, as rows of `id, doc_id, start, "end", text` (no child rows read);
    /// only those numbered from `start` when given (the index reads no older postings).
    func matchingClaimRows(_ db: any SQLDatabase, _ query: SearchQuery, in target: SearchTarget, filter: ClaimSearchFilter, limit: Int,
                           from start: Int64? = nil) throws -> [SQLRow] {
        let match = db.dialect.search.newest(query, in: target)
        var (conditions, arguments) = filter.sql
        if let start {
            conditions.append("\(match.key) >= ?")
            arguments.append(start)
        }
        return try db.rows("""
            SELECT c.id, c.doc_id, c.start, c."end", c.text FROM \(match.from) JOIN claims c ON c.id = \(match.key)
            WHERE \(([match.condition] + conditions).joined(separator: " AND ")) ORDER BY \(match.order) LIMIT ?
            """, match.arguments + arguments + [limit])
    }

    /// Where the query's terms occur in a text, in code points, in order, overlaps merged.
    static func occurrences(of query: SearchQuery, in text: String) -> [Range<Int>] {
        let words = SearchTokens(text)
        let spans = query.terms.flatMap { $0.occurrences(in: words) }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for span in spans {
            let range = words.ranges[span.lowerBound].lowerBound..<words.ranges[span.upperBound - 1].upperBound
            if let last = merged.last, last.upperBound > range.lowerBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

extension Workbench {
    /// Indexes every document and live claim afresh, in one transaction (what the version 3 migration does).
    public func rebuildSearchIndex() throws(ClaimdeskError) {
        try store.write { db in try SearchIndex.rebuild(db) }
    }
}
