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

    mutating func write(_ name: String, _ bytes: [UInt8]) throws(ClaimdeskError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: staging + "/" + name))
        } catch {
            throw .output("cannot write \(name) in \(staging): \(error.localizedDescription); nothing was written")
        }
        if keepsDigest { listing[name] = SHA256.hexDigest(of: bytes) }
    }

    /// SHA-256 of the lines `HASH  NAME` (as `sha256sum` prints them), names in byte order.
    var digest: String {
        let lines = listing.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { "\(listing[$0]!)  \($0)\n" }
        return SHA256.hexDigest(of: Array(lines.joined().utf8))
    }

    /// Renames the staging folder into place, replacing an earlier export.
    func commit() throws(ClaimdeskError) {
        let manager = FileManager.default
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
