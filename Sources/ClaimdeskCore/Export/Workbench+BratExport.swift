import Foundation

extension Workbench {
    /// Writes brat standoff into a folder (default `exports/PROJECT/brat/`): per document with
    /// claims, `DOC_ID.txt` (the text, verbatim) and `DOC_ID.ann`, plus `annotation.conf`; and a
    /// manifest `brat.manifest.json` beside the folder. The folder is built under a temporary
    /// name and renamed into place, replacing an older export whole.
    public func exportBrat(filter: ClaimFilter, out: String?) throws(ClaimdeskError) -> ExportSummary {
        let folder = out.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "\(store.location.exportFolder)/brat"
        let staging = (folder as NSString).deletingLastPathComponent + "/." + (folder as NSString).lastPathComponent + "." + UUID().uuidString + ".tmp"
        var files: [String: [UInt8]] = ["annotation.conf": Array(BratDocumentWriter.configuration.utf8)]
        let records = try store.read { db in
            var count = 0
            var current: (docID: String, writer: BratDocumentWriter)?
            try ExportRecordReader(filter: filter).forEach(db) { record in
                try checkCancelled()
                if current?.docID != record.docID {
                    if let done = current { files[done.docID + ".ann"] = Array((done.writer.lines.joined(separator: "\n") + "\n").utf8) }
                    let text = DocumentText(try String.fetchOne(db, sql: "SELECT text FROM documents WHERE uid = ?", arguments: [record.docID])!)
                    files[record.docID + ".txt"] = Array(text.string.utf8)
                    current = (record.docID, BratDocumentWriter(text: text))
                }
                current?.writer.add(record)
                count += 1
            }
            if let done = current { files[done.docID + ".ann"] = Array((done.writer.lines.joined(separator: "\n") + "\n").utf8) }
            return count
        }
        let sha256 = try BratFolder.write(files, staging: staging, into: folder)
        let manifestPath = folder + ".manifest.json"
        var manifest = try AtomicFile(destination: manifestPath)
        try manifest.write(ExportManifest(request: ExportRequest(format: BratFormatName(), filter: filter), project: store.location.name,
                                          file: folder, records: records, skipped: 0, sha256: sha256, lastEventID: nil).bytes())
        try manifest.commit()
        return ExportSummary(path: folder, manifestPath: manifestPath, records: records, skipped: 0, skipReason: nil, sha256: sha256)
    }
}

/// Names brat in manifests (brat writes a folder, so it is not an ``ExportFormat`` of records).
struct BratFormatName: ExportFormat {
    let name = "brat"
    let fileExtension = ""
    func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool { false }
}

/// Writes a folder of files atomically: into a staging folder, then renamed over the destination.
enum BratFolder {
    /// Returns the SHA-256 of all files' bytes in name order.
    static func write(_ files: [String: [UInt8]], staging: String, into folder: String) throws(ClaimdeskError) -> String {
        let manager = FileManager.default
        var hash = SHA256()
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for name in files.keys.sorted() {
                try Data(files[name]!).write(to: URL(fileURLWithPath: staging + "/" + name))
                hash.update(files[name]!)
            }
            let old = staging + ".old"
            if manager.fileExists(atPath: folder) { try manager.moveItem(atPath: folder, toPath: old) }
            try manager.moveItem(atPath: staging, toPath: folder)
            try? manager.removeItem(atPath: old)
        } catch {
            try? manager.removeItem(atPath: staging)
            throw .output("cannot write the brat folder \(folder): \(error.localizedDescription); choose another --out")
        }
        return hash.hexDigest()
    }
}
