/// A dataset format written as one stream of records: how records become bytes. One file per
/// format, like GRDB's `DumpFormat`.
///
/// ```swift
/// var buffer = CSVExportFormat().header(project: "sample")
/// let written = CSVExportFormat().append(record, index: 0, to: &buffer)   // false: cannot represent it
/// buffer += CSVExportFormat().footer(records: written ? 1 : 0)
/// ```
public protocol ExportFormat: DatasetFormat {
    /// Bytes written before the first record (a header, an opening bracket), if any.
    func header(project: String) -> [UInt8]
    /// Appends one record; `index` counts the records written before it (for separators).
    /// Returns false, writing nothing, for a record the format leaves out (counted, with ``DatasetFormat/skipReason``).
    func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool
    /// Bytes written after the last record, if any; `records` is how many were written.
    func footer(records: Int) -> [UInt8]
}

extension ExportFormat {
    /// Appends one element of a JSON array that the header opens and the footer closes, after a comma unless first.
    func appendArrayItem(_ item: [UInt8], index: Int, to buffer: inout [UInt8]) {
        if index > 0 { buffer.append(contentsOf: Array(",\n".utf8)) }
        buffer.append(contentsOf: item)
    }

    public func header(project: String) -> [UInt8] { [] }
    public func footer(records: Int) -> [UInt8] { [] }
}

/// The formats `export --format` knows, in the order `help` and completion list them.
public enum ExportFormats {
    public static let all: [any DatasetFormat] = [
        JSONLExportFormat(), CSVExportFormat(), W3CExportFormat(), W3CLinesExportFormat(), ClaimReviewExportFormat(), FEVERExportFormat(),
        AVeriTeCExportFormat(), BratExportFormat(), LabelStudioExportFormat(),
    ]

    /// The format called `name` (any case), or an error listing the formats.
    public static func named(_ name: String) throws(ClaimdeskError) -> any DatasetFormat {
        if let format = all.first(where: { $0.name == name.lowercased() }) { return format }
        throw .badInput("unknown export format '\(name)'; formats: \(all.map(\.name).joined(separator: ", "))")
    }
}
