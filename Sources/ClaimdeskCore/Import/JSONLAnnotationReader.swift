import Foundation

/// Reads claimdesk's own JSONL export (the contract, with `events` when exported with history), a line at a time.
///
/// A line is read straight into its fields (``ClaimLineFields``); one that needs more (escaped keys, or
/// anything that is not a JSON object) goes through `JSONLineParser.parse`, which also says what is wrong.
///
/// ```swift
/// try JSONLAnnotationReader.forEach(path: "exports/sample/claims.jsonl") { claim in … }
/// ```
enum JSONLAnnotationReader {
    static func forEach(path: String, progress: ProgressLine? = nil, _ body: (ImportedClaim) throws -> Void) throws {
        let fileName = AnnotationFile.fileName(path)
        try AnnotationFile.forEachLine(path, progress: progress) { number, line in
            let origin = AnnotationFile.origin(fileName: fileName, line: number)
            if let fields = ClaimLineFields(line) {
                try body(try claim(fields, origin: origin))
                return
            }
            guard let record = JSONLineParser.parse(line) as? [String: Any] else {
                throw ClaimdeskError.badInput("\(origin) is not a JSON object; import-annotations --format jsonl reads claimdesk JSONL exports")
            }
            try body(try claim(record, origin: origin))
        }
    }

    private static func claim(_ record: some ClaimFields, origin: String) throws -> ImportedClaim {
        guard record.string(.id) != nil, record.string(.docSHA256) != nil else {
            throw ClaimdeskError.badInput("\(origin) lacks id or doc_sha256; is it a claimdesk JSONL export?")
        }
        return try ClaimRecord.decode(record, origin: origin)
    }
}
