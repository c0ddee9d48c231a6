/// A dataset format written as a folder: some files once (a configuration) and a few files per
/// document (brat's `.txt` and `.ann`), rather than one stream of records.
///
/// The export streams one document at a time: the records of a document (in contract order) and
/// its text go in, its files come out and are written before the next document is read. The format
/// gathers from each document's files what its shared files must declare, and the shared files are
/// written last, from all of it.
///
/// ```swift
/// let files = try BratExportFormat().files(of: document, records: records)   // ["DOC.txt": …, "DOC.ann": …]
/// declarations.formUnion(format.declarations(in: files))                     // ["entity\tSource", …]
/// let shared = format.sharedFiles(declaring: declarations)                   // ["annotation.conf": …]
/// ```
public protocol FolderExportFormat: DatasetFormat, ReplaceableFolder {
    /// What one document's files use that the shared files must declare (brat: its types), as opaque facts.
    func declarations(in files: [String: [UInt8]]) -> Set<String>
    /// Files written once per export, by name, after the documents: declaring what they use.
    func sharedFiles(declaring declarations: Set<String>) -> [String: [UInt8]]
    /// The files of one document, by name; throws for a claim the format cannot represent.
    func files(of document: ExportedDocument, records: [ExportRecord]) throws(ClaimdeskError) -> [String: [UInt8]]
}

/// A document as a folder format sees it: its stable id and its text.
public struct ExportedDocument: Sendable {
    /// `doc_id` of the records.
    public let uid: String
    public let text: DocumentText
}
