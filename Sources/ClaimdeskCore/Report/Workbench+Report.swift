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
        let renderer = PageRenderer()
        defer { _ = renderer.finish() }
        return try store.read { db in
            let byUID = Dictionary(documents.map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
            var tally = ReportTally()
            var pending: (document: Document, records: [ExportRecord])?
            var written = Set<Int64>()
            func render(_ document: Document, _ records: [ExportRecord]) throws {
                let text = DocumentText(try DocumentRows.text(db, id: document.id) ?? "")
                renderer.render(DocumentPage(document: document, text: text, records: records))
                for page in renderer.rendered() { try staging.write(page.name, page.bytes) }
                written.insert(document.id)
            }
            try ExportRecordReader(filter: filter, withHistory: true).forEach(db) { record in
                try checkCancelled()
                if pending?.document.uid != record.docID {
                    if let done = pending { try render(done.document, done.records) }
                    pending = (byUID[record.docID]!, [])
                }
                pending?.records.append(record)
                tally.add(record, docID: pending!.document.id)
            }
            if let done = pending { try render(done.document, done.records) }
            for document in documents where !written.contains(document.id) {
                try checkCancelled()
                try render(document, [])
            }
            for page in renderer.finish() { try staging.write(page.name, page.bytes) }
            return tally
        }
    }
}
