import Foundation

/// What `export` was asked for, and where it writes.
public struct ExportRequest: Sendable {
    public var format: any ExportFormat
    public var filter: ClaimFilter
    /// A file path, a folder (existing, or ending in `/`), or nil for `exports/NAME/`.
    public var out: String?

    public init(format: any ExportFormat = JSONLExportFormat(), filter: ClaimFilter = ClaimFilter(), out: String? = nil) {
        self.format = format
        self.filter = filter
        self.out = out
    }

    /// The dataset's path for a project.
    func destination(for location: ProjectLocation) -> String {
        let defaultName = fileStem + "." + format.fileExtension
        guard let out else { return "\(location.exportFolder)/\(defaultName)" }
        var isDirectory: ObjCBool = false
        if out.hasSuffix("/") || (FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return (out as NSString).appendingPathComponent(defaultName)
        }
        return out
    }

    /// `claims`, or `claims-refuted-supported` when filtered by status.
    private var fileStem: String {
        (["claims"] + filter.statuses.map(\.rawValue)).joined(separator: "-")
    }

    /// The manifest's path beside a dataset: `claims.jsonl` → `claims.manifest.json`.
    static func manifestPath(for destination: String) -> String {
        let stem = (destination as NSString).deletingPathExtension
        return stem + ".manifest.json"
    }
}
