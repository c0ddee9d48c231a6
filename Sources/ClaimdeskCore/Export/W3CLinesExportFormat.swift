/// W3C Web Annotations one per line (JSON Lines): each line is one claim's `Annotation` with its
/// own `@context`, so it stands alone for tools that index annotations one by one (a search
/// index, an annotation server's import, `jq -c`). The annotations are those of
/// ``W3CExportFormat`` (see ``W3CAnnotation``), without the collection around them.
/// See https://www.w3.org/TR/annotation-model/ and https://jsonlines.org
///
/// ```json
/// {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:66f8…","type":"Annotation","motivation":"assessing",…}
/// {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:2f39…","type":"Annotation","motivation":"assessing",…}
/// ```
public struct W3CLinesExportFormat: ExportFormat {
    public let name = "w3c-lines"
    public let fileExtension = "jsonl"

    public init() {}

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        buffer.append(contentsOf: W3CAnnotation.bytes(record, context: true))
        buffer.append(0x0A)
        return true
    }
}
