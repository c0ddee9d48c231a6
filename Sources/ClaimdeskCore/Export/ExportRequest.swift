import Foundation

/// What `export` was asked for, and where it writes.
public struct ExportRequest: Sendable {
    public var format: any ExportFormat
    public var filter: ClaimFilter
    /// A file path, a folder (existing, or ending in `/`), or nil for `exports/NAME/`.
    public var out: String?
    /// Whether each record carries its events (`events` key).
    public var withHistory: Bool
    /// The split this file holds (`train`), named in the file and the manifest.
    public var split: String?

    public init(format: any ExportFormat = JSONLExportFormat(), filter: ClaimFilter = ClaimFilter(), out: String? = nil, withHistory: Bool = false) {
        self.format = format
        self.filter = filter
        self.out = out
        self.withHistory = withHistory
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

    /// `claims` for JSONL, `claims-csv` and so on for other formats, then the filters:
    /// `claims-refuted-supported-approved`, so no two kinds of export share a file or a manifest.
    private var fileStem: String {
        let formatPart = format is JSONLExportFormat ? [] : [format.name]
        return (["claims"] + formatPart + filter.statuses.map(\.rawValue) + filter.reviewStates.map(\.rawValue)
                + (withHistory ? ["history"] : []) + (split.map { [$0] } ?? []))
            .joined(separator: "-")
    }

    /// The manifest's path beside a dataset: `claims.jsonl` → `claims.manifest.json`.
    static func manifestPath(for destination: String) -> String {
        let stem = (destination as NSString).deletingPathExtension
        return stem + ".manifest.json"
    }
}
