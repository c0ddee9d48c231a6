import Foundation

/// What an export wrote.
public struct ExportSummary: Sendable {
    public let path: String
    public let manifestPath: String
    public let records: Int
    /// Claims the format could not represent (e.g. no verdict for ClaimReview), with the reason.
    public let skipped: Int
    public let skipReason: String?
    public let sha256: String
}

extension Workbench {
    /// Writes a dataset and its manifest atomically, streaming records.
    ///
    /// The same project and filters give byte-identical files.
    public func export(_ request: ExportRequest) throws(ClaimdeskError) -> ExportSummary {
        guard !request.withHistory || request.format is JSONLExportFormat else {
            throw .badInput("--with-history goes with --format jsonl only; \(request.format.name) has no place for events")
        }
        if let folder = request.format as? any FolderExportFormat { return try exportFolder(request, format: folder) }
        var request = request
        request.filter.statuses = VerificationStatus.allCases.filter(request.filter.statuses.contains)
        request.filter.reviewStates = ReviewState.allCases.filter(request.filter.reviewStates.contains)
        let path = request.destination(for: store.location)
        let manifestPath = ExportRequest.manifestPath(for: path)
        guard path != manifestPath else {
            throw .badInput("--out \(path) would be overwritten by its own manifest; give the file an extension such as .\(request.format.fileExtension)")
        }
        let companions = (request.format as? any DocumentExportFormat)?.companions ?? [:]
        var file = try AtomicFile(destination: path)
        var besides: [AtomicFile] = []
        let counts: RecordCounts
        do {
            counts = try writeDataset(request, into: &file)
            for (suffix, bytes) in companions.sorted(by: { $0.key < $1.key }) {
                besides.append(try AtomicFile(destination: (path as NSString).deletingPathExtension + suffix))
                try besides[besides.count - 1].write(bytes)
            }
        } catch {
            file.discard()
            besides.forEach { $0.discard() }
            throw error
        }
        let sha256 = file.hash.hexDigest()
        var manifest = try AtomicFile(destination: manifestPath)
        try manifest.write(ExportManifest(request: request, project: store.location.name, file: path, records: counts.written,
                                          skipped: counts.skipped, sha256: sha256, lastEventID: counts.lastEvent,
                                          agreement: try adjudicatedAgreement(request.filter)).bytes())
        try file.commit()
        for companion in besides { try companion.commit() }
        try manifest.commit()
        return ExportSummary(path: path, manifestPath: manifestPath, records: counts.written, skipped: counts.skipped,
                             skipReason: request.format.skipReason, sha256: sha256)
    }

    private struct RecordCounts {
        var written = 0
        var skipped = 0
        var lastEvent: Int64?
    }

    /// Writes the records in a record format, or the documents with their records in a document format.
    private func writeDataset(_ request: ExportRequest, into file: inout AtomicFile) throws(ClaimdeskError) -> RecordCounts {
        switch request.format {
        case let format as any ExportFormat: return try writeRecords(request, format, into: &file)
        case let format as any DocumentExportFormat: return try writeDocuments(request, format, into: &file)
        default: throw .badInput("export format \(request.format.name) writes neither records, documents nor a folder")
        }
    }

    private func writeDocuments(_ request: ExportRequest, _ format: any DocumentExportFormat, into file: inout AtomicFile) throws(ClaimdeskError) -> RecordCounts {
        try store.read { db in
            var buffer = format.header(project: store.location.name)
            var counts = RecordCounts()
            var documents = 0
            try forEachDocument(request.filter, db) { document, records in
                format.append(document, records: records, index: documents, to: &buffer)
                (documents, counts.written) = (documents + 1, counts.written + records.count)
                if buffer.count >= 1 << 20 {
                    try file.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            buffer.append(contentsOf: format.footer(documents: documents))
            try file.write(buffer)
            counts.lastEvent = try EventRows.lastID(db)
            return counts
        }
    }

    private func writeRecords(_ request: ExportRequest, _ format: any ExportFormat, into file: inout AtomicFile) throws(ClaimdeskError) -> RecordCounts {
        try store.read { db in
            var buffer = format.header(project: store.location.name)
            var counts = RecordCounts()
            try ExportRecordReader(filter: request.filter, withHistory: request.withHistory, progress: progress("export", unit: "claims")).forEach(db) { record in
                try checkCancelled()
                if format.append(record, index: counts.written, to: &buffer) { counts.written += 1 } else { counts.skipped += 1 }
                if buffer.count >= 1 << 20 {
                    try file.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            buffer.append(contentsOf: format.footer(records: counts.written))
            try file.write(buffer)
            counts.lastEvent = try EventRows.lastID(db)
            return counts
        }
    }
}
