/// What every `export --format` has, whether it writes one file of records (``ExportFormat``) or a
/// folder of files per document (``FolderExportFormat``).
///
/// ```swift
/// let format = try ExportFormats.named("csv")
/// format.fileExtension   // "csv"
/// format.skipReason      // nil: CSV represents every claim
/// ```
public protocol DatasetFormat: Sendable {
    /// The `--format` name.
    var name: String { get }
    /// The file extension, without the dot; empty for a folder.
    var fileExtension: String { get }
    /// Why a claim can be left out (shown with the count of claims left out), or nil when none is.
    var skipReason: String? { get }
}

extension DatasetFormat {
    public var skipReason: String? { nil }
}
