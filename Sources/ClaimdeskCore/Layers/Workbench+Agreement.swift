extension Workbench {
    /// Agreement figures over the assigned documents (all, or `docIDs`), for `reviewers` (nil: all assigned).
    ///
    /// ```swift
    /// let report = try bench.agreement(docIDs: [1], reviewers: ["ana", "ben"])
    /// report.pairs[0].looseF1
    /// ```
    public func agreement(docIDs: [Int64] = [], reviewers: [String]? = nil) throws(ClaimdeskError) -> AgreementReport {
        let documents = try layeredDocuments(docIDs: docIDs)
        if let reviewers {
            let known = Set(documents.flatMap(\.layers.keys))
            if let stranger = reviewers.first(where: { !known.contains($0) }) {
                throw .badInput("\(stranger) is not assigned to \(docIDs.isEmpty ? "any document" : "these documents"); `assignments` lists who is")
            }
            guard reviewers.count >= 2, Set(reviewers).count == reviewers.count else {
                throw .badInput("name two or more different reviewers: --reviewers ana,ben")
            }
        }
        return AgreementReport(documents: documents, reviewers: reviewers)
    }

    /// The agreement figures (JSON) of the adjudicated documents a main-layer export takes, nil when it takes none.
    func adjudicatedAgreement(_ filter: ClaimFilter) throws(ClaimdeskError) -> String? {
        if case .reviewer = filter.layers { return nil }
        var docIDs = Set(try assignments().filter { $0.adjudicatedAt != nil }.map(\.docID))
        if let only = filter.docID { docIDs.formIntersection([only]) }
        if let split = filter.docIDs { docIDs.formIntersection(split) }
        guard !docIDs.isEmpty else { return nil }
        return AgreementReport(documents: try layeredDocuments(docIDs: docIDs.sorted())).json
    }

    /// The assigned documents with every assigned reviewer's layer (live claims, by position).
    func layeredDocuments(docIDs: [Int64]) throws(ClaimdeskError) -> [LayeredDocument] {
        let assignments = try self.assignments()
        let assigned = Set(assignments.map(\.docID))
        if let unassigned = docIDs.first(where: { !assigned.contains($0) }) {
            _ = try document(unassigned)
            throw .badInput("document \(unassigned) is not in double annotation; `assign \(unassigned) ana ben` puts it there")
        }
        let wanted = docIDs.isEmpty ? assigned : Set(docIDs)
        var layers: [Int64: [String: [LayerClaim]]] = [:]
        for assignment in assignments where wanted.contains(assignment.docID) { layers[assignment.docID, default: [:]][assignment.reviewer] = [] }
        try store.read { db in
            try db.forEachRow("""
                SELECT c.doc_id, c.layer, c.start, c."end", c.status, s.name, c.speaker_start, c.speaker_end, c.cue_start, c.cue_end, c.fragments
                FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
                WHERE c.layer IS NOT NULL AND c.deleted = 0 ORDER BY c.doc_id, c.start, c.id
                """, []) { row in
                try checkCancelled()
                let docID: Int64 = row[0], layer: String = row[1]
                guard layers[docID]?[layer] != nil else { return }
                layers[docID]![layer]!.append(LayerClaim(span: row[2]..<row[3], status: row[4], speaker: row[5],
                                                         speakerSpan: Self.range(row[6], row[7]), cueSpan: Self.range(row[8], row[9]),
                                                         fragments: ClaimFragments.parse(row[10])))
            }
        }
        return try store.read { db in
            try layers.keys.sorted().map { docID in
                LayeredDocument(docID: docID, text: try DocumentRows.text(db, id: docID) ?? "", layers: layers[docID]!)
            }
        }
    }

    private static func range(_ start: Int?, _ end: Int?) -> Range<Int>? {
        guard let start, let end, end > start else { return nil }
        return start..<end
    }
}
