/// brat standoff: a folder with `annotation.conf` and, per document with claims, `DOC_ID.txt` and
/// `DOC_ID.ann` (see ``BratDocumentWriter`` for the lines and ``BratText`` for the offsets).
///
/// The `.txt` is the document with `\r\n` and lone `\r` written as `\n`, because brat reads
/// text with universal newlines and counts offsets in that text; offsets are code points of
/// the `.txt` (Python `str` indices), as in brat. See https://brat.nlplab.org/standoff.html and
/// https://brat.nlplab.org/configuration.html
///
/// ```
/// exports/sample/claims-brat/annotation.conf
/// exports/sample/claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.txt
/// exports/sample/claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.ann
/// ```
public struct BratExportFormat: FolderExportFormat {
    public let name = "brat"
    public let fileExtension = ""

    public init() {}

    /// The types, relations, events and attributes the document's `.ann` uses (see ``BratDeclarations``).
    public func declarations(in files: [String: [UInt8]]) -> Set<String> {
        files.filter { $0.key.hasSuffix(".ann") }.values.reduce(into: []) { $0.formUnion(BratDeclarations.facts(in: $1)) }
    }

    /// `annotation.conf`: claimdesk's own types (unchanged when the documents use no others) and every other the documents use.
    public func sharedFiles(declaring declarations: Set<String>) -> [String: [UInt8]] {
        ["annotation.conf": Array(BratDeclarations(declarations).configuration.utf8)]
    }

    public func files(of document: ExportedDocument, records: [ExportRecord]) throws(ClaimdeskError) -> [String: [UInt8]] {
        let text = BratText(document.text)
        var writer = BratDocumentWriter(text: text)
        for record in records { try writer.add(record) }
        return [document.uid + ".txt": Array(text.string.utf8), document.uid + ".ann": writer.bytes]
    }

    /// An empty folder, or one holding only `annotation.conf`, `.txt` and `.ann` files with the conf among them.
    public func isEarlierExport(fileNames: [String]) -> Bool {
        fileNames.isEmpty || (fileNames.contains("annotation.conf")
            && fileNames.allSatisfy { $0 == "annotation.conf" || $0.hasSuffix(".txt") || $0.hasSuffix(".ann") })
    }
}
