import Foundation

/// A file written to a temporary name beside its destination and renamed into place.
///
/// Readers see the old file or the complete new one, never a part. Nothing is
/// left behind when writing fails. See rename(2).
///
/// ```swift
/// var file = try AtomicFile(destination: "exports/sample/claims.jsonl")
/// try file.write(bytes)
/// try file.commit()
/// ```
struct AtomicFile {
    let destination: String
    let temporary: String
    private let handle: FileHandle
    /// The SHA-256 of what was written, computed beside the writing.
    let hash = BackgroundSHA256()
    private(set) var byteCount = 0

    init(destination: String) throws(ClaimdeskError) {
        let folder = ExportPath(destination).folder
        self.destination = destination
        self.temporary = ExportPath(destination).temporary(UUID().uuidString)
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create folder \(folder) for \(destination): \(error.localizedDescription); choose another --out")
        }
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .output("cannot write in \(folder.isEmpty ? "." : folder) (permission denied or read-only); choose another --out")
        }
        self.handle = handle
    }

    mutating func write(_ bytes: [UInt8]) throws(ClaimdeskError) {
        guard !bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            discard()
            throw .output("cannot write \(destination): \(error.localizedDescription); nothing was written")
        }
        hash.update(bytes)
        byteCount += bytes.count
    }

    /// Flushes to disk and renames into place.
    func commit() throws(ClaimdeskError) {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw .output("cannot finish \(destination): \(error.localizedDescription); nothing was written")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .output("cannot move the export into place at \(destination): \(reason); choose another --out")
        }
    }

    /// Removes the temporary file.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
