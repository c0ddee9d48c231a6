/// A dataset format written as one file with an entry per document holding its claims (Label
/// Studio's tasks), and files beside it (its labeling configuration), rather than one entry per claim.
///
/// The export streams one document at a time, as ``FolderExportFormat`` does: a document's text and
/// its records (in contract order) go in, its entry comes out and is written before the next is read.
///
/// ```swift
/// var buffer = LabelStudioExportFormat().header(project: "sample")
/// LabelStudioExportFormat().append(document, records: records, index: 0, to: &buffer)
/// buffer += LabelStudioExportFormat().footer(documents: 1)
/// ```
public protocol DocumentExportFormat: DatasetFormat {
    /// Bytes written before the first document, if any.
    func header(project: String) -> [UInt8]
    /// Appends one document's entry; `index` counts the documents written before it (for separators).
    func append(_ document: ExportedDocument, records: [ExportRecord], index: Int, to buffer: inout [UInt8])
    /// Bytes written after the last document; `documents` is how many were written.
    func footer(documents: Int) -> [UInt8]
    /// Files written beside the dataset, by what replaces its extension: `.config.xml` beside `claims-labelstudio.json`
    /// is `claims-labelstudio.config.xml`.
    var companions: [String: [UInt8]] { get }
}
