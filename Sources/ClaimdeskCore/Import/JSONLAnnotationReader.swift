import Foundation

/// Reads claimdesk's own JSONL export (the contract, with `events` when exported with history), a line at a time.
///
/// ```swift
/// try JSONLAnnotationReader.forEach(path: "exports/sample/claims.jsonl") { claim in … }
/// ```
enum JSONLAnnotationReader {
    static func forEach(path: String, progress: ProgressLine? = nil, _ body: (ImportedClaim) throws -> Void) throws {
        try AnnotationFile.forEachLine(path, progress: progress) { number, line in
            let origin = AnnotationFile.origin(path, line: number)
            guard let record = JSONLineParser.parse(line) as? [String: Any] else {
                throw ClaimdeskError.badInput("\(origin) is not a JSON object; import-annotations --format jsonl reads claimdesk JSONL exports")
            }
            guard record["id"] is String, record["doc_sha256"] is String else {
                throw ClaimdeskError.badInput("\(origin) lacks id or doc_sha256; is it a claimdesk JSONL export?")
            }
            try body(try ClaimRecord.decode(record, origin: origin))
        }
    }
}
