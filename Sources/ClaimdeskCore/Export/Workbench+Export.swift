import Foundation

/// What an export wrote.
public struct ExportSummary: Sendable {
    public let path: String
    public let manifestPath: String
    public let records: Int
    public let sha256: String
}

extension Workbench {
    /// Writes a dataset and its manifest atomically, streaming records.
    ///
    /// The same project and filters give byte-identical files.
    public func export(_ request: ExportRequest) throws(ClaimdeskError) -> ExportSummary {
        var request = request
        request.filter.statuses = VerificationStatus.allCases.filter(request.filter.statuses.contains)
        request.filter.reviewStates = ReviewState.allCases.filter(request.filter.reviewStates.contains)
        let path = request.destination(for: store.location)
        let manifestPath = ExportRequest.manifestPath(for: path)
        guard path != manifestPath else {
            throw .badInput("--out \(path) would be overwritten by its own manifest; give the file an extension such as .\(request.format.fileExtension)")
        }
        var file = try AtomicFile(destination: path)
        let (records, lastEvent): (Int, Int64?)
        do {
            (records, lastEvent) = try writeRecords(request, into: &file)
        } catch {
            file.discard()
            throw error
        }
        let sha256 = file.hash.hexDigest()
        var manifest = try AtomicFile(destination: manifestPath)
        try manifest.write(ExportManifest(request: request, project: store.location.name, file: path,
                                          records: records, sha256: sha256, lastEventID: lastEvent).bytes())
        try file.commit()
        try manifest.commit()
        return ExportSummary(path: path, manifestPath: manifestPath, records: records, sha256: sha256)
    }

    private func writeRecords(_ request: ExportRequest, into file: inout AtomicFile) throws(ClaimdeskError) -> (Int, Int64?) {
        try store.read { db in
            var buffer = request.format.header()
            var count = 0
            try ExportRecordReader(filter: request.filter, withHistory: request.withHistory).forEach(db) { record in
                try checkCancelled()
                request.format.append(record, to: &buffer)
                count += 1
                if buffer.count >= 1 << 20 {
                    try file.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            buffer.append(contentsOf: request.format.footer())
            try file.write(buffer)
            return (count, try Int64.fetchOne(db, sql: "SELECT max(id) FROM events"))
        }
    }
}
