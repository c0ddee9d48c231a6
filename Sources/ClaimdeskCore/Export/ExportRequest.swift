import Foundation

/// What `export` was asked for, and where it writes.
public struct ExportRequest: Sendable {
    public var format: any DatasetFormat
    public var filter: ClaimFilter
    /// A file path (a folder path for a folder format), a folder to hold the default name (existing,
    /// or ending in `/`), or nil for `exports/NAME/`.
    public var out: String?
    /// Whether each record carries its events (`events` key).
    public var withHistory: Bool
    /// The split this export holds (`train`) and the split it is part of, named in the file and the manifest.
    public var split: (name: String, plan: DatasetSplit)?

    public init(format: any DatasetFormat = JSONLExportFormat(), filter: ClaimFilter = ClaimFilter(), out: String? = nil, withHistory: Bool = false) {
        self.format = format
        self.filter = filter
        self.out = out
        self.withHistory = withHistory
    }

    /// The dataset's path (a file, or a folder for a folder format) for a project.
    ///
    /// With a split, a file `--out` gets the split's name before its extension: `x.jsonl` → `x-train.jsonl`.
    func destination(for location: ProjectLocation) -> String {
        let defaultName = fileStem + (format.fileExtension.isEmpty ? "" : "." + format.fileExtension)
        guard let out else { return "\(location.exportFolder)/\(defaultName)" }
        var isDirectory: ObjCBool = false
        let holdsFiles = !format.fileExtension.isEmpty && FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue
        if out.hasSuffix("/") || holdsFiles { return (out as NSString).appendingPathComponent(defaultName) }
        guard let split else { return out }
        let (stem, fileExtension) = ((out as NSString).deletingPathExtension, (out as NSString).pathExtension)
        return stem + "-" + split.name + (fileExtension.isEmpty ? "" : "." + fileExtension)
    }

    /// `claims` for JSONL, `claims-csv` and so on for other formats, then the filters:
    /// `claims-refuted-supported-approved`, so no two kinds of export share a file or a manifest.
    private var fileStem: String {
        let formatPart = format is JSONLExportFormat ? [] : [format.name]
        var layerPart: [String] = []
        if case .reviewer(let name) = filter.layers { layerPart = ["layer", name] }
        return (["claims"] + formatPart + layerPart + filter.statuses.map(\.rawValue) + filter.reviewStates.map(\.rawValue)
                + (withHistory ? ["history"] : []) + (split.map { [$0.name] } ?? []))
            .joined(separator: "-")
    }

    /// The manifest's path beside a dataset: `claims.jsonl` → `claims.manifest.json`, `claims-brat` → `claims-brat.manifest.json`.
    static func manifestPath(for destination: String) -> String {
        let stem = (destination as NSString).deletingPathExtension
        return stem + ".manifest.json"
    }
}
