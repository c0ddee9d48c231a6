extension Workbench {
    /// Puts a document into n-fold annotation: each reviewer marks claims in a layer of their own.
    ///
    /// With `blind`, an assigned reviewer sees only their own layer of the document until it is adjudicated.
    /// Recorded as an `assign` event on the document.
    ///
    /// ```swift
    /// try bench.assign(1, reviewers: ["ana", "ben"], blind: true)
    /// ```
    public func assign(_ docID: Int64, reviewers: [String], blind: Bool) throws(ClaimdeskError) -> [Assignment] {
        _ = try document(docID)
        let names = try reviewers.map { name throws(ClaimdeskError) in try EntityName.validate(name, what: "reviewer") }
        guard Set(names).count == names.count, !names.isEmpty else {
            throw .badInput("name each reviewer once: assign \(docID) ana ben [--blind]")
        }
        return try write { scope in
            let existing = try AssignmentRows.all(scope.db, docID: docID)
            if let adjudicated = existing.first(where: { $0.adjudicatedAt != nil }) {
                throw ClaimdeskError.refused("document \(docID) was adjudicated by \(adjudicated.adjudicatedBy ?? "someone"); its layers are closed")
            }
            for name in names {
                if existing.contains(where: { $0.reviewer == name }) {
                    throw ClaimdeskError.refused("\(name) is already assigned to document \(docID); `assignments` lists who is")
                }
                try AssignmentRows.add(scope.db, docID: docID, reviewer: name, blind: blind, by: reviewer, at: scope.at)
            }
            try scope.record(EventRows.NewEvent(docID: docID, action: "assign",
                                                detail: names.joined(separator: ", ") + (blind ? " (blind)" : "")))
            return try AssignmentRows.all(scope.db, docID: docID)
        }
    }

    /// Marks the reviewer's layer of a document finished (a `done` event on the document).
    public func markDone(_ docID: Int64) throws(ClaimdeskError) -> Assignment {
        try write { scope in
            guard let mine = try AssignmentRows.all(scope.db, docID: docID).first(where: { $0.reviewer == reviewer }) else {
                throw ClaimdeskError.refused("\(reviewer) is not assigned to document \(docID); `assignments` lists who is")
            }
            guard mine.doneAt == nil else { throw ClaimdeskError.refused("\(reviewer)'s layer of document \(docID) is already done") }
            try AssignmentRows.markDone(scope.db, docID: docID, reviewer: reviewer, at: scope.at)
            try scope.record(EventRows.NewEvent(docID: docID, action: "done", detail: "\(reviewer)'s layer"))
            return try AssignmentRows.all(scope.db, docID: docID).first { $0.reviewer == reviewer }!
        }
    }

    /// Every assignment (or one document's), by document then reviewer.
    public func assignments(of docID: Int64? = nil) throws(ClaimdeskError) -> [Assignment] {
        try store.read { db in try AssignmentRows.all(db, docID: docID) }
    }
}
