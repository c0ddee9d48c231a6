/// What `report` wrote.
public struct ReportSummary: Sendable {
    /// The report's folder.
    public let folder: String
    public let documents: Int
    public let claims: Int

    public var indexPath: String { folder + "/index.html" }
}

extension Workbench {
    /// Writes the reading room: one page per document as its claims stream past (one document
    /// and its claims in memory at a time), then the index, into a staging folder renamed into
    /// place; an earlier report is replaced, anything else at the destination is refused.
    public func report(_ request: ReportRequest) throws(ClaimdeskError) -> ReportSummary {
        let documents = try reportedDocuments(request.docIDs)
        let activity = try self.activity(ActivityFilter(limit: 15))
        let folder = request.destination(for: store.location)
        var staging = try StagedFolder(destination: folder, kind: ReportSite(), keepsDigest: false)
        let tally: ReportTally
        do {
            tally = try writeDocumentPages(request.filter, documents, into: &staging)
            let index = IndexPage(project: store.location.name, documents: documents, tally: tally, activity: activity)
            try staging.write("index.html", Array(index.html.utf8))
        } catch {
            staging.discard()
            throw error
        }
        try staging.commit()
        return ReportSummary(folder: folder, documents: documents.count, claims: tally.claims)
    }

    /// The documents asked for (all when none is), in id order.
    private func reportedDocuments(_ ids: [Int64]) throws(ClaimdeskError) -> [Document] {
        guard !ids.isEmpty else { return try documents() }
        var chosen: [Document] = []
        for id in Set(ids).sorted() { chosen.append(try document(id)) }
        return chosen
    }

    private func writeDocumentPages(_ filter: ClaimFilter, _ documents: [Document],
                                    into staging: inout StagedFolder) throws(ClaimdeskError) -> ReportTally {
        try store.read { db in
            let byUID = Dictionary(documents.map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
            var tally = ReportTally()
            var pending: (document: Document, records: [ExportRecord])?
            var written = Set<Int64>()
            func flush() throws {
                guard let done = pending else { return }
                try writePage(done.document, done.records, db, into: &staging)
                written.insert(done.document.id)
            }
            try ExportRecordReader(filter: filter, withHistory: true).forEach(db) { record in
                try checkCancelled()
                if pending?.document.uid != record.docID {
                    try flush()
                    pending = (byUID[record.docID]!, [])
                }
                pending?.records.append(record)
                tally.add(record, docID: pending!.document.id)
            }
            try flush()
            for document in documents where !written.contains(document.id) {
                try checkCancelled()
                try writePage(document, [], db, into: &staging)
            }
            return tally
        }
    }

    private func writePage(_ document: Document, _ records: [ExportRecord], _ db: any SQLDatabase, into staging: inout StagedFolder) throws {
        let text = DocumentText(try DocumentRows.text(db, id: document.id) ?? "")
        let page = DocumentPage(document: document, text: text, records: records)
        try staging.write(DocumentPage.fileName(of: document), Array(page.html.utf8))
    }
}
