/// A document's stable id (`doc_id` in exports), derived from the SHA-256 of its bytes.
///
/// The same text imported into two projects gets the same id, so datasets from different
/// projects join on `doc_id`, and an export re-imported elsewhere points at the same document.
///
/// ```swift
/// DocumentIdentity.uid(sha256: "f58fc03a75f6bb617783e76cbc8170848856ec8b9c2f6aafb36b534fff523d54")
/// // "f58fc03a-75f6-bb61-7783-e76cbc817084"
/// ```
enum DocumentIdentity {
    static func uid(sha256: String) -> String {
        let hex = Array(sha256.prefix(32))
        return [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]].map { String($0) }.joined(separator: "-")
    }
}
