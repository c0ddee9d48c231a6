/// A dataset format: how records become bytes. One file per format, like GRDB's `DumpFormat`.
///
/// ```swift
/// var buffer: [UInt8] = []
/// JSONLExportFormat().append(record, to: &buffer)
/// ```
public protocol ExportFormat: Sendable {
    /// The `--format` name.
    var name: String { get }
    /// The file extension, without the dot.
    var fileExtension: String { get }
    /// Bytes written before the first record (a header), if any.
    func header() -> [UInt8]
    /// Appends one record.
    func append(_ record: ExportRecord, to buffer: inout [UInt8])
    /// Bytes written after the last record, if any.
    func footer() -> [UInt8]
}

extension ExportFormat {
    public func header() -> [UInt8] { [] }
    public func footer() -> [UInt8] { [] }
}

/// The formats `export --format` knows.
public enum ExportFormats {
    public static let all: [any ExportFormat] = [JSONLExportFormat()]

    public static func named(_ name: String) throws(ClaimdeskError) -> any ExportFormat {
        if let format = all.first(where: { $0.name == name.lowercased() }) { return format }
        throw .badInput("unknown export format '\(name)'; formats: \(all.map(\.name).joined(separator: ", "))")
    }
}
