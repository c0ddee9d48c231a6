import Foundation

/// What `copy` wrote and how it checked the copy.
public struct CopySummary: Sendable {
    /// The destination as messages show it (a URL never with its password).
    public let destination: String
    /// Rows per table, as ``ProjectCopier/tables`` lists them; equal on both sides.
    public let counts: [String: Int]
    /// Claims the destination's `verify` rebuilt from their events.
    public let verifiedClaims: Int
    /// SHA-256 of the full JSONL export with history, equal on both sides.
    public let exportSHA256: String
}

extension Workbench {
    /// Copies the whole project (documents, speakers, sources, claims, evidence, events, review state,
    /// rejections) into a new project anywhere: SQLite to PostgreSQL and back.
    ///
    /// Refuses a destination that already holds a project. The copy is one transaction; then the
    /// destination is checked: equal row counts, a clean `verify`, the same export SHA-256.
    public func copy(to destination: ProjectLocation) throws(ClaimdeskError) -> CopySummary {
        guard destination.description != store.location.description else {
            throw .badInput("the destination is this project; name another project, folder or postgres:// URL")
        }
        let createdFolder = destination.postgres == nil && !FileManager.default.fileExists(atPath: destination.databasePath)
        do {
            return try copyVerified(to: try ProjectStore.open(destination))
        } catch {
            if createdFolder { try? FileManager.default.removeItem(atPath: destination.folder) }
            throw error
        }
    }

    private func copyVerified(to target: ProjectStore) throws(ClaimdeskError) -> CopySummary {
        guard try target.read({ db in try ProjectCopier.counts(db).allSatisfy { $0 == 0 } }) else {
            throw .refused("\(target.location.description) already holds a project; copy into a new name, folder or schema")
        }
        try store.read { source in
            try target.write { destination in try ProjectCopier.copy(from: source, to: destination, isCancelled: isCancelled) }
        }
        let (counts, targetCounts) = (try store.read(ProjectCopier.counts), try target.read(ProjectCopier.counts))
        let copy = Workbench(store: target, reviewer: reviewer, clock: clock)
        let report = try copy.verify()
        let (digest, targetDigest) = (try datasetDigest(), try copy.datasetDigest())
        guard counts == targetCounts, report.problems.isEmpty, digest == targetDigest else {
            throw .project("the copy in \(target.location.description) does not match (rows \(targetCounts) for \(counts), verify: \(report.problems.first ?? "ok"), export \(targetDigest.prefix(12)) for \(digest.prefix(12))); remove it and try again")
        }
        return CopySummary(destination: target.location.description,
                           counts: Dictionary(uniqueKeysWithValues: zip(ProjectCopier.tables.map(\.name), counts)),
                           verifiedClaims: report.claims, exportSHA256: digest)
    }

    /// SHA-256 of the JSONL export of every claim with its history, computed without writing a file.
    func datasetDigest() throws(ClaimdeskError) -> String {
        try store.read { db in
            let format = JSONLExportFormat()
            var hash = SHA256()
            var buffer: [UInt8] = []
            try ExportRecordReader(filter: ClaimFilter(), withHistory: true).forEach(db) { record in
                format.append(record, index: 0, to: &buffer)
                hash.update(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            return hash.hexDigest()
        }
    }
}
