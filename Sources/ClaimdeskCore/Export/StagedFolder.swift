import Foundation

/// A folder built under a temporary name beside its destination, then renamed into place.
///
/// Readers find the old folder or the complete new one, never a part (an earlier export is
/// moved aside, the new one renamed in, the old one removed). Nothing is left behind when
/// writing fails. A folder that exists and is not an earlier export of the same format is never
/// replaced. The digest is the SHA-256 of the `sha256sum` listing of the files in byte order of
/// their names, so `cd FOLDER && LC_ALL=C ls | xargs sha256sum | sha256sum` checks it.
///
/// ```swift
/// var folder = try StagedFolder(destination: "exports/sample/claims-brat", kind: BratExportFormat())
/// try folder.write("annotation.conf", bytes)
/// try folder.commit()
/// ```
struct StagedFolder {
    let destination: String
    let staging: String
    /// Whether ``digest`` is kept (a report has no manifest, so it skips hashing every page).
    let keepsDigest: Bool
    private var listing: [String: String] = [:]

    init(destination: String, kind: any ReplaceableFolder, keepsDigest: Bool = true) throws(ClaimdeskError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isDirectory) {
            let names = isDirectory.boolValue ? (try? manager.contentsOfDirectory(atPath: destination)) : nil
            guard let names, kind.isEarlierExport(fileNames: names) else {
                throw .output("\(destination) exists and is not an earlier \(kind.name) export, so it is not replaced; \(kind.otherDestinationHint)")
            }
        }
        self.destination = destination
        self.keepsDigest = keepsDigest
        self.staging = ExportPath(destination).temporary(UUID().uuidString)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create \(staging) for \(destination): \(error.localizedDescription); choose another --out")
        }
    }

    /// Writes one file, without flushing it to disk on its own (``commit()`` flushes them all at once).
    mutating func write(_ name: String, _ bytes: [UInt8]) throws(ClaimdeskError) {
        let path = staging + "/" + name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        var written = 0
        if descriptor >= 0 {
            written = bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    guard count > 0 else { return -1 }
                    offset += count
                }
                return offset
            }
        }
        let reason = String(cString: strerror(errno))
        guard descriptor >= 0, close(descriptor) == 0, written == bytes.count else {
            throw .output("cannot write \(name) in \(staging): \(reason); nothing was written")
        }
        if keepsDigest { listing[name] = SHA256.hexDigest(of: bytes) }
    }

    /// SHA-256 of the lines `HASH  NAME` (as `sha256sum` prints them), names in byte order.
    var digest: String {
        let lines = listing.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { "\(listing[$0]!)  \($0)\n" }
        return SHA256.hexDigest(of: Array(lines.joined().utf8))
    }

    /// Flushes the written files to disk (one `syncfs(2)` for all of them, not an fsync per file), then renames
    /// the staging folder into place, replacing an earlier export.
    func commit() throws(ClaimdeskError) {
        let manager = FileManager.default
        let folder = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0, syncfs(folder) == 0, close(folder) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .output("cannot flush \(staging) to disk: \(reason); nothing was written")
        }
        let aside = staging + ".old"
        do {
            if manager.fileExists(atPath: destination) { try manager.moveItem(atPath: destination, toPath: aside) }
            try manager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if manager.fileExists(atPath: aside) && !manager.fileExists(atPath: destination) { try? manager.moveItem(atPath: aside, toPath: destination) }
            discard()
            throw .output("cannot move the export into place at \(destination): \(error.localizedDescription); choose another --out")
        }
        try? manager.removeItem(atPath: aside)
    }

    /// Removes the staging folder.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}

/// `syncfs(2)` (Linux): flushes the filesystem holding `descriptor` to disk; Glibc's Swift overlay does not declare it.
@_silgen_name("syncfs")
private func syncfs(_ descriptor: Int32) -> Int32
