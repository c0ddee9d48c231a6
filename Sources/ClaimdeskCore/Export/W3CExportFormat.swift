import Foundation

/// W3C Web Annotation Data Model: one `AnnotationCollection` (JSON-LD) whose single embedded
/// `AnnotationPage` holds an `Annotation` per claim (see ``W3CAnnotation`` for one annotation).
///
/// The collection has `@context` http://www.w3.org/ns/anno.jsonld, an `id`
/// (`urn:claimdesk:project:NAME`), `label`, `total`, and `first`/`last` naming its one page
/// (`…:page:1`, `startIndex` 0, `partOf` the collection); its annotations inherit its `@context`.
/// For annotations that each stand alone, one per line, see ``W3CLinesExportFormat``.
/// See https://www.w3.org/TR/annotation-model/ and https://www.w3.org/TR/annotation-vocab/#annotationcollection
///
/// ```json
/// {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:claimdesk:project:sample","type":"AnnotationCollection",…,
///  "first":{"id":"urn:claimdesk:project:sample:page:1","type":"AnnotationPage",…,"items":[
/// {"id":"urn:uuid:66f8…","type":"Annotation","motivation":"assessing",…,"target":{"source":"https://…","selector":[…]}}
/// ]},"total":8}
/// ```
public struct W3CExportFormat: ExportFormat {
    public let name = "w3c"
    public let fileExtension = "jsonld"

    public init() {}

    public func header(project: String) -> [UInt8] {
        let collection = "urn:claimdesk:project:" + W3CExportFormat.iriSegment(project)
        var json = JSONWriter()
        json.beginObject()
        json.field("@context", W3CAnnotation.context)
        json.field("id", collection)
        json.field("type", "AnnotationCollection")
        json.field("label", "claimdesk project \(project)")
        json.field("last", collection + ":page:1")
        json.key("first")
        json.beginObject()
        json.field("id", collection + ":page:1")
        json.field("type", "AnnotationPage")
        json.field("partOf", collection)
        json.field("startIndex", 0)
        json.key("items")
        return json.bytes + Array("[\n".utf8)
    }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        appendArrayItem(W3CAnnotation.bytes(record, context: false), index: index, to: &buffer)
        return true
    }

    public func footer(records: Int) -> [UInt8] { Array("\n]},\"total\":\(records)}\n".utf8) }

    /// A reference as an absolute URI, as the model's `source` and the test suite's `format: uri`
    /// want it, or nil when it is not one: a scheme, a colon, then only characters a URI or IRI
    /// allows (no white space, no `"<>\\^`{|}`, `%` only before two hex digits, one `#` at most).
    /// Characters beyond ASCII are percent-encoded as UTF-8 (RFC 3987's mapping of an IRI to a URI).
    ///
    /// ```swift
    /// W3CExportFormat.uri("https://example.org/café")   // "https://example.org/caf%C3%A9"
    /// W3CExportFormat.uri("Ministry letter")             // nil
    /// ```
    static func uri(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), let first = scalars.first, first.isASCII, first.properties.isAlphabetic,
              scalars[..<colon].allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }),
              scalars.filter({ $0 == "#" }).count <= 1
        else { return nil }
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            if !scalar.isASCII {
                guard !scalar.properties.isWhitespace, scalar.properties.generalCategory != .control else { return nil }
                result += String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true) }.joined()
            } else if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit, scalars[index + 2].properties.isASCIIHexDigit else { return nil }
                result.unicodeScalars.append(scalar)
            } else {
                guard scalar.value > 0x20, scalar.value < 0x7F, !"\"<>\\^`{|}[]".unicodeScalars.contains(scalar) else { return nil }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A project name as an IRI path segment (percent-encoded outside the unreserved characters).
    static func iriSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? text
    }
}
