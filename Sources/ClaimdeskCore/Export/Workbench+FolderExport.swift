
extension Workbench {
    /// Writes a folder format (brat): each document's files as its records are read, then the shared
    /// files declaring what the documents use, into a staging folder renamed into place; then the
    /// manifest beside the folder.
    ///
    /// Holds one document and its records in memory at a time. A claim the format cannot
    /// represent stops the export with an error and writes nothing.
    func exportFolder(_ request: ExportRequest, format: any FolderExportFormat) throws(ClaimdeskError) -> ExportSummary {
        let folder = request.destination(for: store.location)
        let manifestPath = ExportRequest.manifestPath(for: folder)
        var staging = try StagedFolder(destination: folder, kind: format)
        let counts: (records: Int, lastEvent: Int64?, declarations: Set<String>)
        do {
            counts = try writeDocuments(request.filter, format, into: &staging)
            for (name, bytes) in format.sharedFiles(declaring: counts.declarations) { try staging.write(name, bytes) }
        } catch {
            staging.discard()
            throw error
        }
        var manifest = try AtomicFile(destination: manifestPath)
        try manifest.write(ExportManifest(request: request, project: store.location.name, file: folder, records: counts.records,
                                          skipped: 0, sha256: staging.digest, lastEventID: counts.lastEvent,
                                          agreement: try adjudicatedAgreement(request.filter)).bytes())
        try staging.commit()
        try manifest.commit()
        return ExportSummary(path: folder, manifestPath: manifestPath, records: counts.records, skipped: 0, skipReason: nil, sha256: staging.digest)
    }

    private func writeDocuments(_ filter: ClaimFilter, _ format: any FolderExportFormat,
                                into staging: inout StagedFolder) throws(ClaimdeskError) -> (records: Int, lastEvent: Int64?, declarations: Set<String>) {
        try store.read { db in
            var count = 0
            var declarations: Set<String> = []
            try forEachDocument(filter, db) { document, records in
                let files = try format.files(of: document, records: records)
                for (name, bytes) in files { try staging.write(name, bytes) }
                declarations.formUnion(format.declarations(in: files))
                count += records.count
            }
            return (count, try EventRows.lastID(db), declarations)
        }
    }

    /// Calls `body` with each document that has claims passing the filter, its text and its records
    /// (in contract order), one document in memory at a time.
    func forEachDocument(_ filter: ClaimFilter, _ db: any SQLDatabase, _ body: (ExportedDocument, [ExportRecord]) throws -> Void) throws {
        var pending: (document: ExportedDocument, records: [ExportRecord])?
        func flush() throws {
            guard let done = pending else { return }
            try body(done.document, done.records)
        }
        try ExportRecordReader(filter: filter, progress: progress("export", unit: "claims")).forEach(db) { record in
            try checkCancelled()
            if pending?.document.uid != record.docID {
                try flush()
                let text: String = try db.value("SELECT text FROM documents WHERE uid = ?", [record.docID]) ?? ""
                pending = (ExportedDocument(uid: record.docID, text: DocumentText(text, characterBoundaries: false)), [])
            }
            pending?.records.append(record)
        }
        try flush()
    }
}
