/// A dataset format: how records become bytes. One file per format, like GRDB's `DumpFormat`.
///
/// ```swift
/// var buffer: [UInt8] = []
/// let written = JSONLExportFormat().append(record, index: 0, to: &buffer)   // false: cannot represent it
/// ```
public protocol ExportFormat: Sendable {
    /// The `--format` name.
    var name: String { get }
    /// The file extension, without the dot.
    var fileExtension: String { get }
    /// Why a record can be left out (shown with the count of records left out), or nil when none is.
    var skipReason: String? { get }
    /// Bytes written before the first record (a header, an opening bracket), if any.
    func header(project: String) -> [UInt8]
    /// Appends one record; `index` counts the records written before it (for separators).
    /// Returns false, writing nothing, for a record the format cannot represent.
    func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool
    /// Bytes written after the last record, if any.
    func footer() -> [UInt8]
}

extension ExportFormat {
    /// Appends one element of a JSON array that the header opens and the footer closes, after a comma unless first.
    func appendArrayItem(_ item: [UInt8], index: Int, to buffer: inout [UInt8]) {
        if index > 0 { buffer.append(contentsOf: Array(",\n".utf8)) }
        buffer.append(contentsOf: item)
    }

    public var skipReason: String? { nil }
    public func header(project: String) -> [UInt8] { [] }
    public func footer() -> [UInt8] { [] }
}

/// The formats `export --format` knows.
public enum ExportFormats {
    public static let all: [any ExportFormat] = [
        JSONLExportFormat(), CSVExportFormat(), W3CExportFormat(), ClaimReviewExportFormat(), FEVERExportFormat(), AVeriTeCExportFormat(),
    ]

    public static func named(_ name: String) throws(ClaimdeskError) -> any ExportFormat {
        if let format = all.first(where: { $0.name == name.lowercased() }) { return format }
        throw .badInput("unknown export format '\(name)'; formats: \((all.map(\.name) + ["brat"]).joined(separator: ", "))")
    }
}
