import Foundation

/// A claimdesk JSONL line read straight into one typed slot per ``ClaimKey``, without building a dictionary
/// of its 40 keys or casting each value from `Any`: what makes `import-annotations` of an export cheaper.
/// Keys claimdesk does not read (`doc_title`, `prefix`, `rating`, …) are checked and dropped.
///
/// Nil for a line that is not one JSON object, or that spells a key with escapes or non-ASCII characters:
/// ``JSONLAnnotationReader`` reads those the general way (`JSONLineParser.parse`), which also says what is wrong.
/// Either way ``ClaimRecord`` sees the same values.
///
/// ```swift
/// ClaimLineFields(#"{"start": 0, "end": 5, "text": "Hello", "prefix": ""}"#)?.int(.end)   // 5
/// ```
struct ClaimLineFields: ClaimFields {
    private let slots: [JSONField?]

    init?(_ line: String) {
        var next = 0
        let slots = JSONLineParser.fields(line, count: ClaimKey.allCases.count) { key in
            let index = Self.exportOrder.indices.contains(next) && Self.equal(Self.exportOrder[next].name, key)
                ? next : Self.exportOrder.firstIndex { Self.equal($0.name, key) }
            next = (index ?? next) + 1
            return index.flatMap { Self.exportOrder[$0].key?.rawValue }
        }
        guard let slots else { return nil }
        self.slots = slots
    }

    func string(_ key: ClaimKey) -> String? {
        if case .string(let text) = slots[key.rawValue] { return text }
        return nil
    }

    func int(_ key: ClaimKey) -> Int? {
        if case .int(let number) = slots[key.rawValue] { return number }
        return nil
    }

    func value(_ key: ClaimKey) -> Any? { slots[key.rawValue]?.value }

    func strings(_ key: ClaimKey) -> [String]? {
        switch slots[key.rawValue] {
        case .emptyArray: []
        case .strings(let list): list
        default: value(key) as? [String]
        }
    }

    func objects(_ key: ClaimKey) -> [[String: Any]]? {
        switch slots[key.rawValue] {
        case .emptyArray: []
        case .objects(let list): list
        default: value(key) as? [[String: Any]]
        }
    }

    /// The keys of an export line in the order `export` writes them (tried first, so a key is found at the first
    /// comparison), each with the ``ClaimKey`` it is, if claimdesk reads it.
    private static let exportOrder: [(name: [UInt8], key: ClaimKey?)] = [
        "schema_version", "id", "doc_id", "doc_title", "doc_sha256", "doc_url", "start", "end", "text", "prefix", "suffix",
        "speaker", "speaker_aliases", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "sources", "status",
        "label_fever", "label_averitec", "rating", "rationale", "evidence", "tags", "origin", "review_state", "created_by", "created_at",
        "updated_by", "updated_at", "history_count", "fragments", "attribution_status", "attribution_rationale", "events", "entity_events",
    ].map { name in (Array(name.utf8), ClaimKey.allCases.first { $0.name == name }) }

    private static func equal(_ name: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == key.count && name.withUnsafeBufferPointer { name in key.isEmpty || memcmp(name.baseAddress!, key.baseAddress!, key.count) == 0 }
    }
}
