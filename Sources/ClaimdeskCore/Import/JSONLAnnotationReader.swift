import Foundation

/// Reads claimdesk's own JSONL export (the contract, with `events` when exported with history).
///
/// ```swift
/// let claims = try JSONLAnnotationReader.read(path: "exports/sample/claims.jsonl")
/// ```
enum JSONLAnnotationReader {
    static func read(path: String) throws(ClaimdeskError) -> [ImportedClaim] {
        try AnnotationFile.lines(path).map { number, line throws(ClaimdeskError) in
            let origin = AnnotationFile.origin(path, line: number)
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw .badInput("\(origin) is not a JSON object; import-annotations --format jsonl reads claimdesk JSONL exports")
            }
            guard record["id"] is String, record["doc_sha256"] is String else {
                throw .badInput("\(origin) lacks id or doc_sha256; is it a claimdesk JSONL export?")
            }
            return try ClaimRecord.decode(record, origin: origin)
        }
    }
}
